/**
 * The reference server's coap listener with OSCORE (RFC 8613) against a real OSCORE client endpoint
 * on loopback: a protected Register binds `ep` to the context's kid (TS-Transport §5.2.6), DM
 * requests go back protected, NoSec clients share the port, and every mismatch is refused.
 */
import { createUdpEndpoint } from '../../../transport/coap-udp/endpoint';
import type { CoapEndpoint, CoapRequestSpec, PeerAddress, TranscriptEntry } from '../../../transport/coap-udp/types';
import { deriveSecurityContext, oscoreEndpoint } from '../../../transport/oscore';
import { OSCORE_OPTION, numberOf } from '../../../transport/oscore/option-classes';
import { createReferenceClient } from '../../client';
import { securedC1, withOscoreAccount } from '../../client/transport/spec-support';
import { ReferenceLwm2mServer } from '../reference-server';
import type { OscoreCredentials } from '../security/security-store';

const TIME_SCALE = 0.05;
const SECRET = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex');
const SALT = Buffer.from('9e7ca92223786340', 'hex');
/** Server's view: the server sends as 0x01, the client as 0x02 (so the client's requests carry kid 02). */
const serverView = (recipientId: string, masterSecret: Buffer = SECRET): OscoreCredentials => ({ masterSecret, masterSalt: SALT, senderId: Buffer.from('01', 'hex'), recipientId: Buffer.from(recipientId, 'hex') });
const clientContext = (senderId: string, masterSecret: Buffer = SECRET) => deriveSecurityContext({ masterSecret, masterSalt: SALT, senderId: Buffer.from(senderId, 'hex'), recipientId: Buffer.from('01', 'hex') });

describe('reference server coap listener with OSCORE', () => {
  let server: ReferenceLwm2mServer;
  let peer: PeerAddress;
  let cleanup: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = await ReferenceLwm2mServer.start({ timeScale: TIME_SCALE });
    peer = server.endpoint.local;
  });
  afterAll(() => server.close());
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => {});
    cleanup = [];
    server.security.clear();
  });

  const client = async (senderId?: string, secret?: Buffer): Promise<{ endpoint: CoapEndpoint; wire: TranscriptEntry[]; served: string[] }> => {
    const udp = await createUdpEndpoint({ address: '127.0.0.1', port: 0, timeScale: TIME_SCALE });
    const wire: TranscriptEntry[] = [];
    udp.onTranscript((e) => wire.push(e));
    const endpoint = senderId === undefined ? udp : oscoreEndpoint(udp, clientContext(senderId, secret));
    const served: string[] = [];
    endpoint.onRequest((req) => {
      served.push(`${req.method} ${req.path}`);
      return req.path === '/3/0/0' ? { code: '2.05', contentFormat: 0, payload: Buffer.from('Open Mobile Alliance') } : { code: '4.04' };
    });
    cleanup.push(() => endpoint.close());
    return { endpoint, wire, served };
  };
  const register = (endpoint: CoapEndpoint, ep: string) =>
    endpoint.request(peer, { method: 'POST', path: '/rd', query: [`ep=${ep}`, 'lwm2m=1.1'], contentFormat: 40, payload: Buffer.from('</1/0>,</3/0>') } satisfies CoapRequestSpec);
  const protectedOnWire = (wire: TranscriptEntry[]) => wire.filter((e) => e.message !== undefined && e.message.code !== '0.00').every((e) => e.message!.options.some((o) => numberOf(o) === OSCORE_OPTION));

  it('registers a client whose kid is provisioned for ep and reads from it protected', async () => {
    server.security.set('osc-ep', { oscore: serverView('02') });
    const c = await client('02');
    expect((await register(c.endpoint, 'osc-ep')).code).toBe('2.01');
    expect(server.registration('osc-ep')?.transport).toBe('coap');
    await expect(server.read('osc-ep', '/3/0/0', 0)).resolves.toMatchObject({ code: '2.05', records: [{ value: 'Open Mobile Alliance' }] });
    expect(c.served).toEqual(['GET /3/0/0']);
    expect(c.wire.length).toBeGreaterThanOrEqual(4);
    expect(protectedOnWire(c.wire)).toBe(true);
  });

  it('refuses a kid provisioned for another endpoint, and a NoSec Register for an OSCORE endpoint, with 4.00', async () => {
    server.security.set('osc-a', { oscore: serverView('0a') });
    const c = await client('0a');
    expect((await register(c.endpoint, 'osc-b')).code).toBe('4.00');
    const plain = await client();
    const refused = await register(plain.endpoint, 'osc-a');
    expect(refused.code).toBe('4.00');
    expect(refused.payload.toString()).toMatch(/OSCORE Security Context: a request without security/);
    expect(server.registration('osc-a')).toBeUndefined();
    expect(server.registration('osc-b')).toBeUndefined();
  });

  it('answers a client with the wrong Master Secret with the RFC 8613 §8.2 error and registers nothing', async () => {
    server.security.set('osc-w', { oscore: serverView('0b') });
    const c = await client('0b', Buffer.from('ffffffffffffffffffffffffffffffff', 'hex'));
    const answer = await register(c.endpoint, 'osc-w');
    expect(answer.code).toBe('4.00'); // §8.2 step 6: decryption failed
    expect(server.registration('osc-w')).toBeUndefined();
  });

  it('keeps NoSec clients working on the same port while an OSCORE context is provisioned', async () => {
    server.security.set('osc-only', { oscore: serverView('0c') });
    const plain = await client();
    expect((await register(plain.endpoint, 'plain-ep')).code).toBe('2.01');
    await expect(server.read('plain-ep', '/3/0/0', 0)).resolves.toMatchObject({ code: '2.05' });
    expect(plain.wire.some((e) => e.message?.options.some((o) => numberOf(o) === OSCORE_OPTION))).toBe(false);
  });

  it('serves the reference client provisioned with an OSCORE object (/0/0/17 → /21/0) end to end', async () => {
    server.security.set('ref-osc', { oscore: serverView('0d') });
    // The client's /21 holds its own view: Sender ID 0d (our Recipient ID), Recipient ID 01 (our Sender ID).
    const configuration = withOscoreAccount(securedC1(server.uri, { mode: 'nosec' }), 0, 0, { masterSecret: SECRET, masterSalt: SALT, senderId: Buffer.from('0d', 'hex'), recipientId: Buffer.from('01', 'hex') });
    const registered = server.next('registered', 'ref-osc');
    const reference = createReferenceClient();
    cleanup.push(() => reference.stop());
    await reference.start({ endpoint: 'ref-osc', serverUri: server.uri, configuration, timeScale: TIME_SCALE });
    expect((await registered).endpoint).toBe('ref-osc');
    await expect(server.read('ref-osc', '/3/0/0', 0)).resolves.toMatchObject({ code: '2.05' });
    // Observe (RFC 8613 §4.1.3.5): the registration goes out protected and the notifications come back verified.
    await expect(server.dm.writeAttributes('ref-osc', '/3/0/0', { pmax: 1 }).result).resolves.toMatchObject({ code: '2.04' });
    const observed = await server.dm.observe('ref-osc', '/3/0/0', 0).result;
    expect(observed).toMatchObject({ code: '2.05', observationId: expect.any(String) });
    const notified = async (): Promise<boolean> => server.events.since(0).some((e) => e.type === 'notification' && e.endpoint === 'ref-osc');
    for (let i = 0; i < 40 && !(await notified()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await notified()).toBe(true);
  });
});
