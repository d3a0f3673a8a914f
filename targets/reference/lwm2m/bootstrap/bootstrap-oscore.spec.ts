/**
 * Bootstrap over OSCORE (RFC 8613; TS-Core 1.1+ §6.1, TS-Transport 1.1+ §5.2.9): the Bootstrap-Server's
 * coap listener verifies a protected Bootstrap-Request with the context provisioned for the endpoint,
 * binds `ep` to it like the LwM2M Server (TS-Transport §5.2.6), and sends its Bootstrap-Delete,
 * -Write, -Discover and -Finish protected. A NoSec Bootstrap-Request for that endpoint is 4.00.
 */
import { createUdpEndpoint } from '../../transport/coap-udp/endpoint';
import type { CoapEndpoint, CoapRequestSpec, IncomingRequest, TranscriptEntry } from '../../transport/coap-udp/types';
import { deriveSecurityContext, oscoreEndpoint } from '../../transport/oscore';
import { OSCORE_OPTION, numberOf } from '../../transport/oscore/option-classes';
import { serverAccountInformation, startReferenceBootstrapServer, type ReferenceBootstrapServer } from './index';

const TIME_SCALE = 0.05;
const SECRET = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
const SERVER_ID = Buffer.from('b5', 'hex');
const CLIENT_ID = Buffer.from('c1', 'hex');

describe('Bootstrap-Server over OSCORE', () => {
  let bootstrap: ReferenceBootstrapServer;
  const closing: CoapEndpoint[] = [];

  beforeEach(async () => {
    bootstrap = await startReferenceBootstrapServer({ timeScale: TIME_SCALE, configurationFor: () => serverAccountInformation('coap://127.0.0.1:5683') });
    bootstrap.security.set('bs-osc', { oscore: { masterSecret: SECRET, senderId: SERVER_ID, recipientId: CLIENT_ID } });
  });
  afterEach(async () => {
    for (const e of closing.splice(0)) await e.close().catch(() => {});
    await bootstrap.close();
  });

  /** A client endpoint answering the bootstrap script: Delete 2.02, Write 2.04, Discover 2.05, Finish 2.04. */
  async function client(protect: boolean) {
    const udp = await createUdpEndpoint({ address: '127.0.0.1', port: 0, timeScale: TIME_SCALE });
    const wire: TranscriptEntry[] = [];
    udp.onTranscript((e) => wire.push(e));
    const endpoint = protect ? oscoreEndpoint(udp, deriveSecurityContext({ masterSecret: SECRET, senderId: CLIENT_ID, recipientId: SERVER_ID }), { unprotectedRequests: 'reject' }) : udp;
    const served: string[] = [];
    endpoint.onRequest((req: IncomingRequest) => {
      served.push(`${req.method} ${req.path}`);
      if (req.method === 'DELETE') return { code: '2.02' };
      if (req.method === 'GET') return { code: '2.05', contentFormat: 40, payload: Buffer.from('</>;lwm2m="1.1",</0/0>,</1/0>;ssid=1,</3/0>') };
      return { code: '2.04' };
    });
    closing.push(endpoint);
    return { endpoint, wire, served };
  }
  const bootstrapRequest = (endpoint: CoapEndpoint, ep: string) => endpoint.request(bootstrap.local, { method: 'POST', path: '/bs', query: [`ep=${ep}`] } satisfies CoapRequestSpec);

  it('accepts a protected Bootstrap-Request and runs the bootstrap script protected', async () => {
    const c = await client(true);
    const done = bootstrap.next('bootstrapped', 'bs-osc');
    expect((await bootstrapRequest(c.endpoint, 'bs-osc')).code).toBe('2.04');
    const event = await done;
    expect(event.outcome?.ok).toBe(true);
    expect(c.served[0]).toBe('DELETE /');
    expect(c.served[c.served.length - 1]).toBe('POST /bs');
    const messages = c.wire.filter((e) => e.message !== undefined && e.message.code !== '0.00');
    expect(messages.length).toBeGreaterThanOrEqual(2 * c.served.length + 2);
    expect(messages.every((e) => e.message!.options.some((o) => numberOf(o) === OSCORE_OPTION))).toBe(true);
  });

  it('refuses a protected Bootstrap-Request for another endpoint and a NoSec one for the OSCORE endpoint with 4.00', async () => {
    const c = await client(true);
    expect((await bootstrapRequest(c.endpoint, 'bs-other')).code).toBe('4.00');
    const plain = await client(false);
    expect((await bootstrapRequest(plain.endpoint, 'bs-osc')).code).toBe('4.00');
    expect(c.served).toEqual([]);
    expect(plain.served).toEqual([]);
  });
});
