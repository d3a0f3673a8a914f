/**
 * oscoreEndpoint over real UDP sockets on loopback: GET/PUT/POST, Echo freshness after boot,
 * requests in both directions, Observe notifications, and what ETS int-405 checks on the wire: every
 * message carries the OSCORE option, the outer code is POST/2.04 (FETCH/2.05 for Observe) and the
 * payload is ciphertext.
 */
import type { CoapResponse, IncomingRequest, TranscriptEntry } from '../coap-udp/types';
import { createUdpEndpoint } from '../coap-udp/endpoint';
import { serialize } from '../coap-udp/message';
import { protectRequest } from './protect';
import { deriveSecurityContext } from './context';
import { OscoreContextStore } from './contexts';
import { oscoreEndpoint } from './endpoint';
import { uintOption } from '../coap-udp/options';
import { OscoreResponseError, OscoreSequenceExhaustedError } from './errors';
import type { OscoreIncomingRequest } from './serve';
import { usePairs } from './spec-support';

const pair = usePairs();
const text = (s: string): Buffer => Buffer.from(s, 'utf8');
const sent = (wire: TranscriptEntry[]) => wire.filter((e) => e.message && e.message.code !== '0.00').map((e) => e.message!);

function expectInt405(wire: TranscriptEntry[], secrets: string[]): void {
  const messages = sent(wire);
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) {
    expect(m.options.some((o) => o.name === 'OSCORE')).toBe(true);
    expect(['0.02', '0.05', '2.04', '2.05']).toContain(m.code);
    expect(m.options.some((o) => o.name === 'Uri-Path' || o.name === 'Content-Format')).toBe(false);
    expect(m.payload.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(m.payload.includes(text(secret))).toBe(false);
  }
}

describe('oscoreEndpoint on loopback (RFC 8613)', () => {
  it('GET, PUT and POST go through protected; the first request is challenged with Echo, the handler sees each once', async () => {
    const { client, server, wire } = await pair();
    const seen: OscoreIncomingRequest[] = [];
    server.onRequest((req) => {
      seen.push(req);
      if (req.method === 'GET') return { code: '2.05', contentFormat: 0, payload: text('secret-reading') };
      return { code: req.method === 'POST' ? '2.01' : '2.04', locationPath: req.method === 'POST' ? ['rd', 'abc'] : undefined };
    });
    const get = await client.request(server.local, { method: 'GET', path: '/3303/0/5700', accept: 0 });
    expect(get).toMatchObject({ code: '2.05', contentFormat: 0 });
    expect(get.payload.toString()).toBe('secret-reading');
    const put = await client.request(server.local, { method: 'PUT', path: '/1/0/1', contentFormat: 0, payload: text('secret-lifetime') });
    expect(put.code).toBe('2.04');
    const post = await client.request(server.local, { method: 'POST', path: '/rd', query: ['ep=secret-ep'], payload: text('</3/0>') });
    expect(post).toMatchObject({ code: '2.01', locationPath: ['rd', 'abc'] });
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /3303/0/5700', 'PUT /1/0/1', 'POST /rd']);
    expect(seen[2]!.query).toEqual(['ep=secret-ep']);
    expect(seen[0]!.oscore).toMatchObject({ kid: Buffer.alloc(0) });
    // Wire: GET challenged (4.01 + Echo inside, so outer 2.04), repeated, then PUT and POST: 4 requests, 4 responses.
    const messages = sent(wire);
    expect(messages.filter((m) => m.code === '0.02')).toHaveLength(4);
    expect(messages.filter((m) => m.code === '2.04')).toHaveLength(4);
    expectInt405(wire, ['secret-reading', 'secret-lifetime', 'secret-ep', '3303']);
  });

  it('with echo off, the first request is served at once', async () => {
    const { client, server, wire } = await pair({ serverOptions: { echo: false } });
    server.onRequest(() => ({ code: '2.05', payload: text('x') }));
    await client.request(server.local, { method: 'GET', path: '/3/0/0' });
    expect(sent(wire).map((m) => m.code)).toEqual(['0.02', '2.04']);
  });

  it('the server can send requests to the client over the same contexts (LwM2M Device Management)', async () => {
    const { client, server } = await pair();
    server.onRequest(() => ({ code: '2.01', locationPath: ['rd', 'x'] }));
    client.onRequest((req) => ({ code: '2.05', payload: text(`read ${req.path}`) }));
    await client.request(server.local, { method: 'POST', path: '/rd' });
    const read = await server.request(client.local, { method: 'GET', path: '/3/0/1' });
    expect(read.payload.toString()).toBe('read /3/0/1');
  });

  it('Observe: FETCH/2.05 on the wire, notifications sent with sendMessage are protected and verified in order', async () => {
    const { client, server, serverUdp, wire } = await pair({ serverOptions: { echo: false } });
    let observer: IncomingRequest | undefined;
    server.onRequest((req) => {
      observer = req;
      return { code: '2.05', observe: 1, contentFormat: 0, payload: text('t=20') };
    });
    const notifications: CoapResponse[] = [];
    client.onUnmatchedResponse((res) => {
      notifications.push(res);
      return true;
    });
    const first = await client.request(server.local, { method: 'GET', path: '/3303/0/5700', observe: 0 });
    expect(first).toMatchObject({ code: '2.05', observe: 1 });
    expect(observer!.observe).toBe(0);
    for (const [n, value] of [[2, 't=21'], [3, 't=22']] as const) {
      await server.sendMessage(observer!.peer, { type: 'CON', code: '2.05', token: observer!.message.token, options: [{ name: 'Observe', value: Buffer.of(n) }], payload: text(value) });
    }
    await waitFor(() => notifications.length === 2);
    // A retransmission (the notifier resends what sendMessage returned) goes out byte for byte: same Partial IV, same Message ID.
    const resent = await server.sendMessage(observer!.peer, { type: 'CON', code: '2.05', token: observer!.message.token, options: [{ name: 'Observe', value: Buffer.of(4) }], payload: text('t=23') });
    await waitFor(() => notifications.length === 3);
    const again = await server.sendMessage(observer!.peer, resent);
    expect(serialize(again).equals(serialize(resent))).toBe(true);
    await waitFor(() => wire.filter((e) => e.direction === 'in' && e.message?.messageId === resent.messageId).length === 2);
    expect(notifications).toHaveLength(3); // deduplicated by the CoAP layer, not delivered twice
    expect(notifications.slice(0, 2).map((r) => [r.observe, r.payload.toString()])).toEqual([[2, 't=21'], [3, 't=22']]);
    const onWire = sent(wire);
    expect(onWire[0]!.code).toBe('0.05');
    expect(onWire.slice(1).every((m) => m.code === '2.05')).toBe(true);
    expect(uintOption(onWire[2]!, 'Observe')).toBe(2);
    expectInt405(wire, ['t=2']);

    // A replayed notification (same bytes, new Message ID) is refused: RST, listeners not called (§7.4.1).
    const replay = Buffer.from(wire.filter((e) => e.direction === 'in' && e.message?.code === '2.05').at(-1)!.raw);
    replay.writeUInt16BE((replay.readUInt16BE(2) + 1000) & 0xffff, 2);
    await serverUdp.sendRaw(observer!.peer, replay);
    await waitFor(() => wire.some((e) => e.direction === 'out' && e.message?.type === 'RST'));
    expect(notifications).toHaveLength(3);
  });

  it('one server, several clients: the context is found by kid, and requests back go to the peer each context was seen from', async () => {
    const serverUdp = await createUdpEndpoint({ timeScale: 0.05 });
    const params = (id: number) => ({ masterSecret: Buffer.alloc(16, id), senderId: Buffer.of(0x50), recipientId: Buffer.of(id) });
    const server = oscoreEndpoint(serverUdp, new OscoreContextStore([deriveSecurityContext(params(1)), deriveSecurityContext(params(2))]));
    const clients = await Promise.all([1, 2].map(async (id) => oscoreEndpoint(await createUdpEndpoint({ timeScale: 0.05 }), deriveSecurityContext({ ...params(id), senderId: Buffer.of(id), recipientId: Buffer.of(0x50) }))));
    try {
      const kids: string[] = [];
      server.onRequest((req: OscoreIncomingRequest) => {
        kids.push(req.oscore!.kid.toString('hex'));
        return { code: '2.01' };
      });
      clients.forEach((c, i) => c.onRequest(() => ({ code: '2.05', payload: text(`client ${i + 1}`) })));
      for (const c of clients) expect((await c.request(server.local, { method: 'POST', path: '/rd' })).code).toBe('2.01');
      expect(kids).toEqual(['01', '02']);
      for (const [i, c] of clients.entries()) expect((await server.request(c.local, { method: 'GET', path: '/3/0/0' })).payload.toString()).toBe(`client ${i + 1}`);
    } finally {
      await Promise.all([server.close(), ...clients.map((c) => c.close())]);
    }
  });

  it('refuses unprotected requests with 4.01, or passes them when configured', async () => {
    const { server } = await pair();
    server.onRequest(() => ({ code: '2.05' }));
    const plain = await createUdpEndpoint({ timeScale: 0.05 });
    try {
      const res = await plain.request(server.local, { method: 'GET', path: '/3/0' });
      expect(res.code).toBe('4.01');
      const { server: lax } = await pair({ serverOptions: { unprotectedRequests: 'pass' } });
      lax.onRequest((req) => ({ code: '2.05', payload: text(`plain ${req.path}`) }));
      expect((await plain.request(lax.local, { method: 'GET', path: '/3/0' })).payload.toString()).toBe('plain /3/0');
    } finally {
      await plain.close();
    }
  });

  it('a wrong Master Secret gets 4.00 Decryption failed (unprotected, Max-Age 0); an unknown kid 4.01 Security context not found', async () => {
    const wrongKey = await pair({ client: { masterSecret: Buffer.alloc(16, 7) } });
    wrongKey.server.onRequest(() => ({ code: '2.05' }));
    const res = await wrongKey.client.request(wrongKey.server.local, { method: 'GET', path: '/3/0' });
    expect(res.code).toBe('4.00');
    expect(res.payload.toString()).toBe('Decryption failed');
    expect(uintOption(res.message, 'Max-Age')).toBe(0);
    const wrongKid = await pair({ client: { senderId: Buffer.of(0x42) } });
    wrongKid.server.onRequest(() => ({ code: '2.05' }));
    const res2 = await wrongKid.client.request(wrongKid.server.local, { method: 'GET', path: '/3/0' });
    expect([res2.code, res2.payload.toString()]).toEqual(['4.01', 'Security context not found']);
  });

  it('a replayed request gets 4.01 Replay detected, a tampered one 4.00; neither reaches the handler nor moves the window', async () => {
    const { client, server, clientUdp, wire } = await pair({ serverOptions: { echo: false } });
    const handler = jest.fn(() => ({ code: '2.04' }));
    server.onRequest(handler);
    await client.request(server.local, { method: 'PUT', path: '/1/0/1', payload: text('60') });
    const replay = Buffer.from(wire.find((e) => e.direction === 'out' && e.message?.code === '0.02')!.raw);
    replay.writeUInt16BE(0x1111, 2); // a new Message ID, so CoAP deduplication does not answer it
    await clientUdp.sendRaw(server.local, replay);
    // The next request of the client's context (Partial IV 1), one ciphertext bit flipped.
    const next = serialize({ ...protectRequest(client.contexts.all[0]!, { type: 'CON', code: '0.03', messageId: 0x2222, token: Buffer.of(9), options: [{ name: 'Uri-Path', value: text('1') }], payload: text('61') }).message });
    const tampered = Buffer.from(next);
    tampered[tampered.length - 3]! ^= 0x01;
    await clientUdp.sendRaw(server.local, tampered);
    const errorsIn = () => wire.filter((e) => e.direction === 'in' && e.message?.code.startsWith('4.'));
    await waitFor(() => errorsIn().length === 2);
    expect(errorsIn().map((e) => [e.message!.code, e.message!.payload.toString(), e.message!.options.some((o) => o.name === 'OSCORE')])).toEqual([
      ['4.01', 'Replay detected', false],
      ['4.00', 'Decryption failed', false],
    ]);
    expect(handler).toHaveBeenCalledTimes(1);
    // The genuine Partial IV 1 is still accepted: the forgery did not move the replay window.
    next.writeUInt16BE(0x3333, 2);
    await clientUdp.sendRaw(server.local, next);
    await waitFor(() => handler.mock.calls.length === 2);
  });

  it('an unprotected 2.xx answer to an OSCORE request is refused; sequence exhaustion stops sending', async () => {
    const { client } = await pair({ client: { maxSequenceNumber: 0 } });
    const impostor = await createUdpEndpoint({ timeScale: 0.05 });
    try {
      impostor.onRequest(() => ({ code: '2.05', payload: text('forged') }));
      await expect(client.request(impostor.local, { method: 'GET', path: '/3/0' })).rejects.toThrow(OscoreResponseError);
      await expect(client.request(impostor.local, { method: 'GET', path: '/3/0' })).rejects.toThrow(OscoreSequenceExhaustedError);
    } finally {
      await impostor.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
