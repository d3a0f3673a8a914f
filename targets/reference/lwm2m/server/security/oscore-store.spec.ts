/** OSCORE entries of the security store and their binding rules (RFC 8613 §3.1/§3.3; TS-Transport §5.2.6). */
import { checkBinding, endpointOfIdentity } from './identity-binding';
import { SecurityConflictError, SecurityStore, type OscoreCredentials } from './security-store';

const SECRET = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex');
const creds = (recipientId: string, senderId = '01', idContext?: string): OscoreCredentials => ({
  masterSecret: SECRET,
  senderId: Buffer.from(senderId, 'hex'),
  recipientId: Buffer.from(recipientId, 'hex'),
  idContext: idContext === undefined ? undefined : Buffer.from(idContext, 'hex'),
});
const oscore = (kid: string, idContext?: string) => ({ mode: 'oscore' as const, kid, idContext });

describe('SecurityStore OSCORE entries', () => {
  it('derives a context per endpoint, looks endpoints up by kid and ID Context, and forgets them', () => {
    const store = new SecurityStore();
    store.set('ep1', { oscore: creds('02') });
    store.set('ep2', { oscore: creds('02', '01', 'aabb') }); // same kid, other ID Context: a different context (§3.3)
    expect(store.oscoreContexts.all).toHaveLength(2);
    expect(store.endpointOfOscore('02', undefined)).toBe('ep1');
    expect(store.endpointOfOscore('02', 'aabb')).toBe('ep2');
    expect(store.oscoreContexts.lookup(Buffer.from('02', 'hex'), undefined)?.sender.id.toString('hex')).toBe('01');
    store.set('ep1', { oscore: creds('03') }); // re-provisioning replaces the old context
    expect(store.endpointOfOscore('02', undefined)).toBeUndefined();
    expect(store.oscoreContexts.all).toHaveLength(2);
    expect(store.delete('ep1')).toBe(true);
    store.clear();
    expect(store.oscoreContexts.all).toHaveLength(0);
  });

  it('refuses a Recipient ID held by another endpoint and unusable contexts', () => {
    const store = new SecurityStore();
    store.set('ep1', { oscore: creds('02') });
    expect(() => store.set('ep2', { oscore: creds('02') })).toThrow(SecurityConflictError);
    expect(() => store.set('ep3', { oscore: creds('05', '05') })).toThrow(RangeError); // equal IDs (§3.3)
    expect(() => store.set('ep3', { oscore: creds('0102030405060708') })).toThrow(RangeError); // longer than nonce - 6 (§3.3)
    expect(() => store.set('ep3', { oscore: { ...creds('06'), masterSecret: Buffer.alloc(0) } })).toThrow(RangeError);
    expect(() => store.set('ep3', { oscore: { ...creds('06'), aead: 999 } })).toThrow(RangeError);
    expect(store.get('ep3')).toBeUndefined();
  });
});

describe('checkBinding with OSCORE', () => {
  const store = new SecurityStore();
  store.set('osc-ep', { oscore: creds('02') });
  store.set('psk-ep', { psk: { identity: 'psk-id', key: SECRET } });

  it('accepts the kid provisioned for the endpoint and names the endpoint of a kid', () => {
    expect(checkBinding(store, 'osc-ep', oscore('02'))).toBeUndefined();
    expect(endpointOfIdentity(store, oscore('02'))).toBe('osc-ep');
    expect(checkBinding(store, 'open-ep', undefined)).toBeUndefined();
  });

  it('refuses mismatches with 4.00', () => {
    expect(checkBinding(store, 'other', oscore('02'))).toMatchObject({ code: '4.00', reason: expect.stringMatching(/provisioned for endpoint "osc-ep", not "other"/) });
    expect(checkBinding(store, 'osc-ep', oscore('02', 'aa'))).toMatchObject({ code: '4.00', reason: expect.stringMatching(/no endpoint/) });
    expect(checkBinding(store, 'osc-ep', undefined)).toMatchObject({ code: '4.00', reason: expect.stringMatching(/OSCORE Security Context: a request without security/) });
    expect(checkBinding(store, 'osc-ep', { mode: 'psk', identity: 'psk-id' })).toMatchObject({ code: '4.00' });
    expect(checkBinding(store, 'osc-ep', { mode: 'certificate', subject: 'CN=osc-ep', commonName: 'osc-ep' })).toMatchObject({ code: '4.00', reason: expect.stringMatching(/OSCORE Security Context, not certificate/) });
    expect(checkBinding(store, 'psk-ep', oscore('02'))).toMatchObject({ code: '4.00', reason: expect.stringMatching(/pre-shared key, not OSCORE/) });
    expect(checkBinding(store, 'unprovisioned', oscore('09'))).toMatchObject({ code: '4.00' });
  });
});
