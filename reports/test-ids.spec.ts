import { etsNumber, testIdFromTags } from './test-ids';

describe('server-under-test ids', () => {
  it('reads the server: prefix as the server side of an ETS case, and never takes the role tag as an id', () => {
    expect(testIdFromTags(['@requires:role=lwm2m-server', '@server-under-test', '@server:LightweightM2M-1.1-int-101'])).toBe('server:LightweightM2M-1.1-int-101');
    expect(testIdFromTags(['@server-under-test', '@server-register-missing-ep'])).toBe('server-register-missing-ep');
    expect(testIdFromTags(['@server-under-test'])).toBeUndefined();
    expect(etsNumber('server:LightweightM2M-1.1-int-101')).toBe(101);
  });
});

describe('security check ids', () => {
  it('reads a client-side security negative as its own id, behind an ETS id on the same scenario', () => {
    expect(testIdFromTags(['@client-under-test', '@security-wrong-psk', '@requires:transport=coaps'])).toBe('security-wrong-psk');
    expect(testIdFromTags(['@security-x', '@LightweightM2M-1.1-int-403'])).toBe('LightweightM2M-1.1-int-403');
  });
});
