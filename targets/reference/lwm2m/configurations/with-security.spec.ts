import { C1, C13, C14, SecurityMode } from '.';
import { bindingForUri, securityResources, withAccountSecurity, withUnsetServerAccounts } from './with-security';
import { generatedOscore } from './oscore-account';

const resources = (config: typeof C1, objectId: number, instanceId: number) => config.instances.find((i) => i.objectId === objectId && i.instanceId === instanceId)!.resources;
const b64 = (text: string | Buffer) => (typeof text === 'string' ? Buffer.from(text) : text).toString('base64');

describe('with-security: an account pointed at a server over a transport (TS-Core App. E.1)', () => {
  const psk = { uri: 'coaps://127.0.0.1:5684', credentials: { mode: 'psk' as const, identity: 'id-1', key: Buffer.from('00112233445566778899aabbccddeeff', 'hex') } };

  it('PSK: mode 0, identity in /0/x/3 and key in /0/x/5, both opaque', () => {
    expect(securityResources(psk)).toEqual({ 0: psk.uri, 2: SecurityMode.PreSharedKey, 3: { opaque: b64('id-1') }, 5: { opaque: b64(psk.credentials.key) } });
  });

  it('certificate: mode 2, client certificate /0/x/3, server key /0/x/4, private key /0/x/5, usage /0/x/15', () => {
    const r = securityResources({ uri: 'coaps://server.example.com:1', credentials: { mode: 'certificate', certificate: Buffer.from([1]), privateKey: Buffer.from([2]), serverPublicKey: Buffer.from([3]), certificateUsage: 0 } });
    expect(r).toEqual({ 0: 'coaps://server.example.com:1', 2: SecurityMode.Certificate, 3: { opaque: 'AQ==' }, 4: { opaque: 'Aw==' }, 5: { opaque: 'Ag==' }, 15: 0 });
  });

  it('rewrites the placeholder server account of C.1 and keeps the fixture untouched', () => {
    const config = withUnsetServerAccounts(C1, psk);
    expect(resources(config, 0, 0)).toEqual({ ...securityResources(psk), 1: false, 10: 1 });
    expect(resources(C1, 0, 0)[2]).toBe(SecurityMode.NoSec);
    expect(resources(config, 1, 0)[7]).toBe('U');
  });

  it('NoSec keeps the other resources of the fixture; a concrete URI is not a placeholder', () => {
    const nosec = withUnsetServerAccounts(C1, { uri: 'coap://127.0.0.1:9', credentials: { mode: 'nosec' } });
    expect(resources(nosec, 0, 0)).toMatchObject({ 0: 'coap://127.0.0.1:9', 2: SecurityMode.NoSec, 3: resources(C1, 0, 0)[3] });
    expect(withUnsetServerAccounts(nosec, psk)).toEqual(nosec);
  });

  it('over TCP the Server Object Instance of the same Short Server ID binds T (TS-Core 1.2 §6.2.1.2)', () => {
    const config = withAccountSecurity(C14, { shortServerId: 2 }, { uri: 'coap+tcp://127.0.0.1:7', credentials: { mode: 'nosec' } });
    expect(resources(config, 0, 2)[0]).toBe('coap+tcp://127.0.0.1:7');
    expect(resources(config, 1, 1)[7]).toBe('T');
    expect(resources(config, 1, 0)[7]).toBe('U');
    expect(bindingForUri('coaps+tcp://x:1', 'UQ')).toBe('TQ');
    expect(bindingForUri('mqtt://x:1', 'U')).toBe('M');
    expect(bindingForUri('http://x:1', 'U')).toBe('H');
    expect(bindingForUri('ftp://x:1', 'U')).toBe('U');
  });

  it('the Bootstrap-Server Account is picked by /0/x/1 and a missing account is an error', () => {
    const config = withAccountSecurity(C13, 'bootstrap', psk);
    expect(resources(config, 0, 1)).toMatchObject({ 0: psk.uri, 1: true, 2: SecurityMode.PreSharedKey });
    expect(() => withAccountSecurity(C13, 'servers', psk)).toThrow(/no servers account/);
    expect(() => withAccountSecurity(C14, { shortServerId: 9 }, psk)).toThrow(/Short Server ID 9/);
  });

  it('OSCORE: /0/x/17 links /21/y of the account (y = its Security instance), replacing an earlier /21/y (C.22–C.24)', () => {
    const oscore = generatedOscore();
    const once = withUnsetServerAccounts(C1, { uri: 'coap://127.0.0.1:9', credentials: { mode: 'nosec' }, oscore });
    expect(resources(once, 0, 0)[17]).toEqual({ objlnk: '21:0' });
    expect(resources(once, 21, 0)).toEqual({ 0: { opaque: b64(oscore.masterSecret) }, 1: { opaque: 'AQ==' }, 2: { opaque: 'Ag==' }, 3: 10, 4: -10, 5: { opaque: b64(oscore.masterSalt!) } });
    const other = generatedOscore();
    const twice = withAccountSecurity(once, 'servers', { uri: 'coap://127.0.0.1:9', credentials: { mode: 'nosec' }, oscore: other });
    expect(twice.instances.filter((i) => i.objectId === 21)).toHaveLength(1);
    expect(resources(twice, 21, 0)[0]).toEqual({ opaque: b64(other.masterSecret) });
    expect(resources(withUnsetServerAccounts(C1, psk), 0, 0)[17]).toBeUndefined();
  });
});
