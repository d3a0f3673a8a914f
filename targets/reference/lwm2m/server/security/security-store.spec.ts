/** The security store and the endpoint ↔ identity binding rules (TS-Transport §5.2.6). */
import { checkBinding, endpointOfIdentity } from './identity-binding';
import { SecurityConflictError, SecurityStore } from './security-store';

const KEY = Buffer.from('00112233', 'hex');

describe('SecurityStore', () => {
  it('looks keys up by PSK identity and forgets them with the endpoint', () => {
    const store = new SecurityStore();
    store.set('ep1', { psk: { identity: 'id1', key: KEY } });
    expect(store.pskKey('id1')).toEqual(KEY);
    expect(store.endpointOfIdentity('id1')).toBe('ep1');
    expect(store.pskKey('id2')).toBeUndefined();
    store.set('ep1', { psk: { identity: 'id1b', key: KEY } }); // re-provisioning replaces the old identity
    expect(store.pskKey('id1')).toBeUndefined();
    expect(store.delete('ep1')).toBe(true);
    expect(store.pskKey('id1b')).toBeUndefined();
    expect(store.delete('ep1')).toBe(false);
  });

  it('keeps one endpoint per identity and bounds identity and key sizes', () => {
    const store = new SecurityStore();
    store.set('ep1', { psk: { identity: 'id1', key: KEY } });
    expect(() => store.set('ep2', { psk: { identity: 'id1', key: KEY } })).toThrow(SecurityConflictError);
    expect(() => store.set('ep3', { psk: { identity: 'x'.repeat(129), key: KEY } })).toThrow(RangeError);
    expect(() => store.set('ep3', { psk: { identity: 'id3', key: Buffer.alloc(65) } })).toThrow(RangeError);
    expect(() => store.set('ep3', { psk: { identity: 'id3', key: Buffer.alloc(0) } })).toThrow(RangeError);
  });
});

describe('checkBinding', () => {
  const store = new SecurityStore();
  store.set('psk-ep', { psk: { identity: 'psk-id', key: KEY } });
  store.set('cert-ep', { x509: true });
  const psk = (identity: string) => ({ mode: 'psk' as const, identity });
  const cert = (cn: string) => ({ mode: 'certificate' as const, subject: `CN=${cn},O=testfest`, commonName: cn });

  it('accepts the provisioned PSK identity and a certificate naming the endpoint', () => {
    expect(checkBinding(store, 'psk-ep', psk('psk-id'))).toBeUndefined();
    expect(checkBinding(store, 'cert-ep', cert('cert-ep'))).toBeUndefined();
    expect(checkBinding(store, 'open-ep', undefined)).toBeUndefined();
  });

  it('refuses every mismatch with 4.00 and a reason', () => {
    expect(checkBinding(store, 'other', psk('psk-id'))).toMatchObject({ code: '4.00', reason: expect.stringMatching(/provisioned for endpoint "psk-ep", not "other"/) });
    expect(checkBinding(store, 'psk-ep', psk('stranger'))).toMatchObject({ code: '4.00', reason: expect.stringMatching(/provisioned for no endpoint/) });
    expect(checkBinding(store, 'psk-ep', undefined)).toMatchObject({ code: '4.00', reason: expect.stringMatching(/without security/) });
    expect(checkBinding(store, 'cert-ep', undefined)).toMatchObject({ code: '4.00' });
    expect(checkBinding(store, 'cert-ep', cert('someone'))).toMatchObject({ code: '4.00', reason: expect.stringMatching(/Common Name "someone"/) });
    expect(checkBinding(store, 'psk-ep', cert('psk-ep'))).toMatchObject({ code: '4.00', reason: expect.stringMatching(/pre-shared key, not a certificate/) });
  });

  it('names the endpoint of an identity for a Register without ep', () => {
    expect(endpointOfIdentity(store, psk('psk-id'))).toBe('psk-ep');
    expect(endpointOfIdentity(store, cert('cert-ep'))).toBe('cert-ep');
    expect(endpointOfIdentity(store, undefined)).toBeUndefined();
  });
});
