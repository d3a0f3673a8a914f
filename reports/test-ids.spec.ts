import { etsNumber, testIdFromTags } from './test-ids';

describe('server-under-test ids', () => {
  it('reads the server: prefix as the server side of an ETS case, and never takes the role tag as an id', () => {
    expect(testIdFromTags(['@requires:role=lwm2m-server', '@server-under-test', '@server:LightweightM2M-1.1-int-101'])).toBe('server:LightweightM2M-1.1-int-101');
    expect(testIdFromTags(['@server-under-test', '@server-register-missing-ep'])).toBe('server-register-missing-ep');
    expect(testIdFromTags(['@server-under-test'])).toBeUndefined();
    expect(etsNumber('server:LightweightM2M-1.1-int-101')).toBe(101);
  });
});
