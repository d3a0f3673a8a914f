/**
 * Wire interoperability with an independent, well-kept CoAP stack: node-coap 1.5.0 (which uses
 * coap-packet only for framing; its message and request/response layers are its own).
 */
import * as coap from 'coap';
import type { Socket } from 'node:dgram';
import type { UdpCoapEndpoint } from './endpoint';
import { encodeUint } from './message';
import { record, sleep, useSockets } from './spec-support';

jest.setTimeout(10_000);
const sockets = useSockets();

/** A node-coap client agent on its own socket, closed after the test. */
const agents: coap.Agent[] = [];
const servers: coap.Server[] = [];
afterEach(async () => {
  // Agent.close(done) never calls `done` once the agent has already closed its idle socket itself.
  await Promise.all(agents.splice(0).map((a) => new Promise<void>((resolve) => (a._sock === null ? resolve() : a.once('close', () => resolve()).close()))));
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

function agent(type: 'udp4' | 'udp6' = 'udp4'): coap.Agent {
  const a = new coap.Agent({ type });
  agents.push(a);
  return a;
}

/** Sends a request with node-coap and resolves with its response. */
function nodeCoapRequest(params: coap.CoapRequestParams, payload?: string): Promise<coap.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = coap.request({ agent: agent(), ...params });
    req.on('response', resolve);
    req.on('error', reject);
    req.on('timeout', reject);
    req.end(payload);
  });
}

/** A node-coap server on 127.0.0.1, port chosen by the OS. */
async function nodeCoapServer(handler: (req: coap.IncomingMessage, res: coap.OutgoingMessage) => void, piggybackReplyMs = 50): Promise<{ port: number }> {
  const server = coap.createServer({ type: 'udp4', piggybackReplyMs }, handler);
  servers.push(server);
  await new Promise<void>((resolve, reject) => server.listen(0, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
  return { port: (server._sock as Socket).address().port };
}

describe('node-coap client → our endpoint', () => {
  let ep: UdpCoapEndpoint;
  beforeEach(async () => {
    ep = await sockets.endpoint();
  });

  it('CON GET gets our piggy-backed 2.05 with Content-Format', async () => {
    ep.onRequest((req) => ({ code: '2.05', contentFormat: 0, payload: Buffer.from(`read ${req.path} accept=${req.accept}`) }));
    const res = await nodeCoapRequest({ hostname: '127.0.0.1', port: ep.local.port, pathname: '/3/0/0', method: 'GET', confirmable: true, accept: 0 });
    expect(res.code).toBe('2.05');
    expect(res.payload.toString()).toBe('read /3/0/0 accept=0');
    expect(res.headers['Content-Format']).toBe('text/plain');
  });

  it('CON POST with query and payload: our handler sees them, node-coap sees our Location-Path', async () => {
    const seen: unknown[] = [];
    ep.onRequest((req) => {
      seen.push({ method: req.method, path: req.path, query: req.query, contentFormat: req.contentFormat, payload: req.payload.toString() });
      return { code: '2.01', locationPath: ['rd', 'r1'] };
    });
    const res = await nodeCoapRequest(
      { hostname: '127.0.0.1', port: ep.local.port, pathname: '/rd', query: 'ep=node1&lt=20', method: 'POST', confirmable: true, contentFormat: 'application/link-format' },
      '</1/0>,</3/0>',
    );
    expect(res.code).toBe('2.01');
    // node-coap's `headers` keep only the last repeated value; read the options themselves
    const locationPath = res._packet.options!.filter((o) => o.name === 'Location-Path').map((o) => o.value.toString());
    expect(locationPath).toEqual(['rd', 'r1']);
    expect(seen).toEqual([{ method: 'POST', path: '/rd', query: ['ep=node1', 'lt=20'], contentFormat: 40, payload: '</1/0>,</3/0>' }]);
  });

  it('NON GET gets a NON response', async () => {
    ep.onRequest(() => ({ code: '2.05', payload: Buffer.from('non') }));
    const transcript = record(ep);
    const res = await nodeCoapRequest({ hostname: '127.0.0.1', port: ep.local.port, pathname: '/x', method: 'GET', confirmable: false });
    expect(res.payload.toString()).toBe('non');
    expect(transcript.map((e) => `${e.direction} ${e.message?.type}`)).toEqual(['in NON', 'out NON']);
  });

  it('a slow handler: node-coap accepts our empty ACK + separate CON response and ACKs it', async () => {
    const slow = await sockets.endpoint({ timeScale: 0.01, separateResponseAfterMs: 10 });
    slow.onRequest(async () => {
      await sleep(50);
      return { code: '2.04' };
    });
    const transcript = record(slow);
    const res = await nodeCoapRequest({ hostname: '127.0.0.1', port: slow.local.port, pathname: '/1/0/1', method: 'PUT', confirmable: true }, '86400');
    expect(res.code).toBe('2.04');
    await sleep(20);
    expect(transcript.map((e) => `${e.direction} ${e.message?.type} ${e.message?.code}`)).toEqual(['in CON 0.03', 'out ACK 0.00', 'out CON 2.04', 'in ACK 0.00']);
  });
});

describe('our request() → node-coap server', () => {
  it('CON GET with Accept gets the piggy-backed response with Content-Format 11542', async () => {
    const seen: string[] = [];
    const server = await nodeCoapServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${String(req.headers.Accept)}`);
      res.setOption('Content-Format', 'application/vnd.oma.lwm2m+tlv');
      res.end(Buffer.from('c80014', 'hex'));
    });
    const ep = await sockets.endpoint();
    const transcript = record(ep);
    const res = await ep.request({ address: '127.0.0.1', port: server.port }, { method: 'GET', path: '/3/0', query: ['a=1'], accept: 11542 });
    expect(res).toMatchObject({ code: '2.05', contentFormat: 11542 });
    expect(res.payload.toString('hex')).toBe('c80014');
    expect(seen).toEqual(['GET /3/0?a=1 application/vnd.oma.lwm2m+tlv']);
    expect(transcript.map((e) => `${e.direction} ${e.message?.type}`)).toEqual(['out CON', 'in ACK']);
  });

  it('POST with payload and Content-Format; Location-Path comes back parsed', async () => {
    const seen: unknown[] = [];
    const server = await nodeCoapServer((req, res) => {
      seen.push([req.method, req.url, req.headers['Content-Format'], req.payload.toString()]);
      res.code = '2.01';
      res.setOption('Location-Path', [Buffer.from('rd'), Buffer.from('abc')]); // node-coap needs Buffers for repeated values
      res.end();
    });
    const ep = await sockets.endpoint();
    const res = await ep.request({ address: '127.0.0.1', port: server.port }, { method: 'POST', path: '/rd', query: ['ep=n1'], contentFormat: 40, payload: Buffer.from('</3/0>') });
    expect(res).toMatchObject({ code: '2.01', locationPath: ['rd', 'abc'] });
    expect(seen).toEqual([['POST', '/rd?ep=n1', 'application/link-format', '</3/0>']]);
  });

  it('a slow node-coap handler: we wait through its empty ACK for the separate response and ACK it', async () => {
    const server = await nodeCoapServer((_req, res) => {
      setTimeout(() => res.end('late'), 60);
    }, 10);
    const ep = await sockets.endpoint({ timeScale: 0.1 }); // ACK_TIMEOUT 200 ms ≫ node-coap's 10 ms piggy-back wait
    const transcript = record(ep);
    const res = await ep.request({ address: '127.0.0.1', port: server.port }, { method: 'GET', path: '/slow' });
    expect(res.payload.toString()).toBe('late');
    await sleep(10);
    expect(transcript.map((e) => `${e.direction} ${e.message?.type} ${e.message?.code}`)).toEqual(['out CON 0.01', 'in ACK 0.00', 'in CON 2.05', 'out ACK 0.00']);
  });

  it('NON GET gets node-coap\'s NON response', async () => {
    const server = await nodeCoapServer((_req, res) => res.end('n'));
    const ep = await sockets.endpoint();
    const res = await ep.request({ address: '127.0.0.1', port: server.port }, { method: 'GET', path: '/n', confirmable: false });
    expect(res.message.type).toBe('NON');
    expect(res.payload.toString()).toBe('n');
  });

  it('Observe: the first response, then CON notifications we ACK; rejecting one (RST) ends the observation', async () => {
    let closed = false;
    const server = await nodeCoapServer((req, res) => {
      if (req.headers.Observe !== 0) {
        res.end('not observed');
        return;
      }
      let n = 0;
      res.write(`v${n}`);
      const timer = setInterval(() => res.write(`v${++n}`), 15);
      res.on('finish', () => {
        closed = true;
        clearInterval(timer);
      });
    });
    const ep = await sockets.endpoint();
    const notifications: string[] = [];
    ep.onUnmatchedResponse((response) => {
      notifications.push(response.payload.toString());
      return notifications.length < 3; // accept two, reject the third
    });
    const first = await ep.request({ address: '127.0.0.1', port: server.port }, { method: 'GET', path: '/3/0/13', observe: 0 });
    expect(first.observe).toBeDefined();
    expect(first.payload.toString()).toBe('v0');
    for (let i = 0; i < 50 && !closed; i++) await sleep(10);
    expect(notifications.slice(0, 3)).toEqual(['v1', 'v2', 'v3']);
    expect(closed).toBe(true);
  });
});

describe('IPv6', () => {
  it('node-coap client → our endpoint on ::1', async () => {
    const ep = await sockets.endpoint({ timeScale: 0.01, address: '::1' });
    ep.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: Buffer.from('v6'), options: [{ name: 'Max-Age', value: encodeUint(60) }] }));
    const res = await new Promise<coap.IncomingMessage>((resolve, reject) => {
      const req = coap.request({ agent: agent('udp6'), hostname: '::1', port: ep.local.port, pathname: '/', method: 'GET' });
      req.on('response', resolve);
      req.on('error', reject);
      req.end();
    });
    expect(res.payload.toString()).toBe('v6');
  });
});
