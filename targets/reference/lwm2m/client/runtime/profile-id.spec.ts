import { createHash } from 'node:crypto';
import { C1, configurationByName } from '../../configurations';
import { defaultModel } from '../../model/object-model';
import { ObjectTree } from '../object-tree';
import { dynamicProfileId, profilePreimage } from './profile-id';
import { registrationPayload } from './registration-payload';

describe('1.2 dynamic Profile ID (TS-Core 1.2 §6.2.1, RFC 6920 suite 6)', () => {
  const core = [
    { objectId: 1, instances: [0] },
    { objectId: 3, instances: [0] },
  ];

  it('is the leftmost 32 bits of SHA-256 over the link list with ver on every Object', () => {
    expect(profilePreimage(core, '1.2')).toBe('</1>;ver=1.2,</1/0>,</3>;ver=1.2,</3/0>');
    const expected = createHash('sha256').update('</1>;ver=1.2,</1/0>,</3>;ver=1.2,</3/0>').digest('hex').slice(0, 8);
    expect(dynamicProfileId(core, '1.2')).toBe(`6:${expected}`);
    expect(dynamicProfileId(core, '1.2')).toMatch(/^6:[0-9a-f]{8}$/);
  });

  it('stands for /1 and /3: C.1 registers no list (ETS int-110), C.5 lists /4/0 (int-111)', () => {
    const c1 = registrationPayload(ObjectTree.fromConfiguration(C1, defaultModel()), true, '1.2');
    expect(c1).toEqual({ objectLinks: '', profileId: dynamicProfileId(core, '1.2') });
    const c5 = registrationPayload(ObjectTree.fromConfiguration(configurationByName('C.5')!, defaultModel()), true, '1.2');
    expect(c5).toEqual({ objectLinks: '</4/0>', profileId: dynamicProfileId(core, '1.2') });
    expect(registrationPayload(ObjectTree.fromConfiguration(C1, defaultModel()), false, '1.1')).toEqual({ objectLinks: '</1/0>,</3/0>' });
  });
});
