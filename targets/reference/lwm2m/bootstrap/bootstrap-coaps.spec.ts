/**
 * Bootstrap over DTLS with PSK end to end (ETS int-1 from the servers' side; TS-Core §6.1.3.3,
 * TS-Transport §5.2): the Bootstrap-Server and the LwM2M Server both listen on coaps; a client holding
 * only the Bootstrap-Server's PSK bootstraps, receives the Server Account with the server's PSK in
 * /0/0/3 and /0/0/5, and registers with it over a new DTLS association. Both servers bind the
 * endpoint name to the PSK identity (a Bootstrap-Request for another endpoint is 4.00).
 */
import type { CoapRequestSpec, IncomingRequest } from '../../transport/coap-udp/types';
import { createDtlsClientEndpoint, type DtlsClientEndpoint } from '../../transport/dtls';
import { tlvCodec } from '../codecs/tlv';
import { defaultModel } from '../model/object-model';
import { createReferenceClient } from '../client';
import { C13, withAccountSecurity, withBootstrapServerUri } from '../configurations';
import { ReferenceLwm2mServer } from '../server';
import { serverAccountInformation, startReferenceBootstrapServer, type ReferenceBootstrapServer } from './index';

const TIME_SCALE = 0.05;
const FAST = { timeScale: TIME_SCALE, handshakeTimeoutMs: 1500 };
const BS_KEY = Buffer.from('b0075742a9c0ffee0011223344556677', 'hex');
const SERVER_KEY = Buffer.from('5e17e4c0ffee00112233445566778899', 'hex');

const peerOf = (uri: string) => {
  const m = /^coaps:\/\/([\d.]+):(\d+)$/.exec(uri);
  if (!m) throw new Error(`not a coaps URI: ${uri}`);
  return { address: m[1]!, port: Number(m[2]) };
};

describe('bootstrap over coaps with PSK, then registration over coaps (ETS int-1)', () => {
  let server: ReferenceLwm2mServer;
  let bootstrap: ReferenceBootstrapServer;
  const closers: Array<() => Promise<void>> = [];

  beforeEach(async () => {
    server = await ReferenceLwm2mServer.start({ timeScale: TIME_SCALE, handshakeTimeoutMs: 1500, listeners: [{ transport: 'coaps' }] });
    bootstrap = await startReferenceBootstrapServer({
      timeScale: TIME_SCALE,
      handshakeTimeoutMs: 1500,
      listeners: [{ transport: 'coaps' }],
      configurationFor: (ep) => serverAccountInformation(server.uris.coaps!, { credentials: { mode: 'psk', identity: `srv-${ep}`, key: SERVER_KEY } }),
    });
    for (const ep of ['ep-1', 'ep-2']) {
      bootstrap.security.set(ep, { psk: { identity: `bs-${ep}`, key: BS_KEY } });
      server.security.set(ep, { psk: { identity: `srv-${ep}`, key: SERVER_KEY } });
    }
  });
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => {});
    await bootstrap.close();
    await server.close();
  });

  const dtls = async (uri: string, identity: string, key: Buffer): Promise<DtlsClientEndpoint> => {
    const endpoint = await createDtlsClientEndpoint({ peer: peerOf(uri), psk: { identity, key }, ...FAST });
    closers.push(() => endpoint.close());
    return endpoint;
  };

  it('provisions the server PSK over DTLS; the client registers with it', async () => {
    const toBootstrap = await dtls(bootstrap.uris.coaps!, 'bs-ep-1', BS_KEY);
    const received: IncomingRequest[] = [];
    toBootstrap.onRequest((req) => {
      received.push(req);
      const code = { DELETE: '2.02', PUT: '2.04', GET: '2.05', POST: '2.04' }[req.method as string] ?? '4.05';
      return req.method === 'GET' ? { code, contentFormat: 40, payload: Buffer.from('</0/0>,</1/0>') } : { code };
    });
    const bootstrapped = bootstrap.next('bootstrapped', 'ep-1');
    const request: CoapRequestSpec = { method: 'POST', path: '/bs', query: ['ep=ep-1'] };
    expect((await toBootstrap.request(bootstrap.local, request)).code).toBe('2.04');
    expect((await bootstrapped).outcome?.ok).toBe(true);

    const security = received.find((r) => r.method === 'PUT' && r.path === '/0')!;
    const records = tlvCodec.decode(security.payload, { objectId: 0 }, defaultModel());
    const value = (id: number) => records.find((r) => r.path.resourceId === id)?.value;
    expect(value(0)).toBe(server.uris.coaps);
    expect(value(2)).toBe(0); // PSK mode
    const identity = Buffer.from(value(3) as Uint8Array).toString('utf8');
    expect(identity).toBe('srv-ep-1');

    const toServer = await dtls(value(0) as string, identity, Buffer.from(value(5) as Uint8Array));
    const registered = await toServer.request(peerOf(server.uris.coaps!), { method: 'POST', path: '/rd', query: ['ep=ep-1', 'lwm2m=1.1'], contentFormat: 40, payload: Buffer.from('</1/0>,</3/0>') });
    expect(registered.code).toBe('2.01');
    expect(server.registration('ep-1')?.transport).toBe('coaps');
  });

  it('answers 4.00 to a Bootstrap-Request for an endpoint that is not the PSK identity\'s', async () => {
    const toBootstrap = await dtls(bootstrap.uris.coaps!, 'bs-ep-1', BS_KEY);
    const refused = await toBootstrap.request(bootstrap.local, { method: 'POST', path: '/bs', query: ['ep=ep-2'] });
    expect(refused.code).toBe('4.00');
    expect(refused.payload.toString()).toMatch(/provisioned for endpoint "ep-1", not "ep-2"/);
  });

  it('bootstraps the reference client over coaps and sees it register over coaps', async () => {
    const client = createReferenceClient();
    closers.push(() => client.stop());
    const configuration = withAccountSecurity(withBootstrapServerUri(C13, bootstrap.uris.coaps!), 'bootstrap', {
      uri: bootstrap.uris.coaps!,
      credentials: { mode: 'psk', identity: 'bs-ep-2', key: BS_KEY },
    });
    const registered = server.next('registered', 'ep-2');
    await client.start({ endpoint: 'ep-2', serverUri: bootstrap.uris.coaps!, configuration, timeScale: TIME_SCALE });
    let timer: NodeJS.Timeout | undefined;
    const registration = await Promise.race([registered, new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), 8000)))]);
    clearTimeout(timer);
    expect(registration?.transport).toBe('coaps');
  }, 15_000);
});
