/** /0/x/26 → /24 and /0/x/27 → /23 on an account (mqtt-account.ts, with-security.ts). */
import { C1 } from './c1';
import { withAccountSecurity } from './with-security';

describe('an MQTT account links its /24 MQTT Server and /23 COSE instances', () => {
  const account = {
    uri: 'mqtts://127.0.0.1:8883',
    credentials: { mode: 'psk' as const, identity: 'dev', key: Buffer.from('00112233', 'hex') },
    mqtt: { server: { clientId: 'dev-1', username: 'device', password: Buffer.from('pw'), cleanSession: true, keepAliveS: 30 }, cose: { kid: 'kid-1', aeadAlgorithm: 10, key: '00' } },
  };

  it('writes the links on the Security instance and the instances with its ID; binding M', () => {
    const config = withAccountSecurity(C1, 'servers', account);
    const security = config.instances.find((i) => i.objectId === 0 && i.resources[1] !== true)!;
    expect(security.resources[26]).toEqual({ objlnk: `24:${security.instanceId}` });
    expect(security.resources[27]).toEqual({ 0: { objlnk: `23:${security.instanceId}` } });
    expect(config.instances.find((i) => i.objectId === 24)).toEqual({
      objectId: 24,
      instanceId: security.instanceId,
      resources: { 3: true, 5: 30, 6: 'dev-1', 7: 'device', 8: { opaque: Buffer.from('pw').toString('base64') } },
    });
    expect(config.instances.find((i) => i.objectId === 23)?.resources).toEqual({ 0: 'kid-1', 1: 10, 2: '00' });
    expect(config.instances.find((i) => i.objectId === 1)?.resources[7]).toMatch(/^M/);
  });

  it('replaces, not duplicates, the linked instances when applied twice', () => {
    const twice = withAccountSecurity(withAccountSecurity(C1, 'servers', account), 'servers', account);
    expect(twice.instances.filter((i) => i.objectId === 24)).toHaveLength(1);
    expect(twice.instances.filter((i) => i.objectId === 23)).toHaveLength(1);
  });

  it('an account without mqtt values adds nothing', () => {
    const plain = withAccountSecurity(C1, 'servers', { uri: account.uri, credentials: account.credentials });
    expect(plain.instances.some((i) => i.objectId === 23 || i.objectId === 24)).toBe(false);
    expect(plain.instances.find((i) => i.objectId === 0 && i.resources[1] !== true)?.resources[26]).toBeUndefined();
  });
});
