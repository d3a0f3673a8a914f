import { parseRegistrationLinks } from '../codecs/registration-links';
import { parseRegisterRequest, parseUpdateRequest, plainObjectList } from './register-params';

const links = Buffer.from('</1/0>,</3/0>');

describe('Register parameters (TS-Core §6.2.1)', () => {
  it('accepts ep, lt, lwm2m, b in any order with the object list', () => {
    expect(parseRegisterRequest(['lwm2m=1.1', 'b=U', 'ep=node1', 'lt=20'], links, 40)).toMatchObject({
      endpoint: 'node1',
      lifetime: 20,
      version: '1.1',
      binding: 'U',
      queueMode: false,
      objects: [
        { objectId: 1, instances: [0] },
        { objectId: 3, instances: [0] },
      ],
    });
  });

  it('defaults lt to 86400 and b to U', () => {
    expect(parseRegisterRequest(['ep=a', 'lwm2m=1.1'], links, 40)).toMatchObject({ lifetime: 86400, binding: 'U' });
  });

  it('answers 4.12 for an LwM2M version it does not support (TS-Transport Table 6.7-2)', () => {
    expect(parseRegisterRequest(['ep=a', 'lwm2m=1.3'], links, 40)).toMatchObject({ code: '4.12' });
  });

  it.each([
    [['lt=20', 'lwm2m=1.1'], /ep/],
    [['ep=a', 'lwm2m=1.1', 'lt=0'], /lt=0/],
    [['ep=a', 'lwm2m=1.1', 'lt=x'], /lt=x/],
    [['ep=a', 'lwm2m=1.0.2'], /major.minor/],
    [['ep=a', 'lwm2m=1.1', 'b=UQ'], /binding/],
    [['ep=a', 'ep=b', 'lwm2m=1.1'], /twice/],
  ])('answers 4.00 for %j', (query, reason) => {
    const r = parseRegisterRequest(query, links, 40);
    expect(r).toMatchObject({ code: '4.00' });
    expect((r as { reason: string }).reason).toMatch(reason);
  });

  it('answers 4.00 for a malformed object list', () => {
    expect(parseRegisterRequest(['ep=a', 'lwm2m=1.1'], Buffer.from('</1/0,</3/0>'), 40)).toMatchObject({ code: '4.00' });
    expect(parseRegisterRequest(['ep=a', 'lwm2m=1.1'], Buffer.from('</3/0/1>'), 40)).toMatchObject({ code: '4.00' });
  });

  it('takes Q in 1.1 and UQ in 1.0 as queue mode', () => {
    expect(parseRegisterRequest(['ep=a', 'lwm2m=1.1', 'Q'], links, 40)).toMatchObject({ queueMode: true });
    expect(parseRegisterRequest(['ep=a', 'lwm2m=1.0', 'b=UQ'], links, 40)).toMatchObject({ queueMode: true, binding: 'UQ' });
  });
});

describe('Update parameters (TS-Core §6.2.2)', () => {
  it('carries only what changed; an empty Update is valid', () => {
    expect(parseUpdateRequest(['lt=20'], Buffer.alloc(0), undefined, '1.1')).toEqual({ lifetime: 20 });
    expect(parseUpdateRequest([], Buffer.alloc(0), undefined, '1.1')).toEqual({});
  });
});

describe('the plain object list fast path', () => {
  it.each(['</1/0>,</3/0>', '</3/0>,</1/0>,</1/1>', '</5>,</3/0>', '</3/1>,</3/0>,</3/1>', '</0/0>,</1/0>'])('reads %s as the link-format parser does', (text) => {
    expect(plainObjectList(text)).toEqual(parseRegistrationLinks(text).objects);
  });

  it.each(['</1/0,</3/0>', '</>;rt="oma.lwm2m",</1/0>', '</1>;ver=1.1', '</65535/0>', '</01/0>', '</3/0/1>', ''])('leaves %j to the full parser', (text) => {
    expect(plainObjectList(text)).toBeUndefined();
  });
});

describe('the plain object list fast path, edge cases', () => {
  it.each(['</1/0>,', ',</1/0>', '</1/0>,,</3/0>', '</1/>', '</1/0>x', '</ 1/0>', '</65534/0>'])('agrees with the full parser on %j', (text) => {
    const plain = plainObjectList(text);
    let full: unknown;
    try {
      full = parseRegistrationLinks(text).objects;
    } catch {
      full = undefined;
    }
    if (plain !== undefined) expect(plain).toEqual(full);
  });
});
