/**
 * Bounded waits and clear errors: a peer that never answers, HTTP messages that cannot be read or
 * mapped, bodies over the limit or cut short (RFC 9112 §6, §9; TS-Transport 1.2 §7.3).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { CoapEndpointClosedError, CoapTimeoutError } from '../coap-udp/errors';
import type { PeerAddress } from '../coap-udp/types';
import { HttpBindingError } from './errors';
import { record, useHttpEndpoints, waitFor } from './spec-support';

const http = useHttpEndpoints();

/** A TCP server that runs `onSocket` for every connection (a scripted, misbehaving HTTP peer). */
async function rawServer(onSocket: (socket: Socket, data: Buffer) => void): Promise<{ local: PeerAddress; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.once('data', (data) => onSocket(socket, data));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return http.track({
    local: { address: '127.0.0.1', port },
    close: () => new Promise<void>((resolve) => (sockets.forEach((s) => s.destroy()), server.close(() => resolve()))),
  });
}

/** Writes `bytes` on a new connection and collects the reply until the peer closes or 2 s pass. */
async function exchangeRaw(peer: PeerAddress, bytes: Buffer | string, endEarly = false): Promise<string> {
  const socket = connect(peer.port, peer.address);
  socket.on('error', () => {});
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.write(bytes);
  if (endEarly) socket.end();
  await Promise.race([closed, new Promise((r) => setTimeout(r, 2000))]);
  socket.destroy();
  return Buffer.concat(chunks).toString('latin1');
}

describe('HTTP binding: a peer that hangs', () => {
  it('a server that accepts but never answers → CoapTimeoutError after the time limit', async () => {
    const silent = await rawServer(() => {});
    const client = await http.client({ serverUri: `http://127.0.0.1:${silent.local.port}` });
    const started = Date.now();
    await expect(client.request(silent.local, { method: 'POST', path: '/rd', query: ['ep=x'] }, { timeoutMs: 300 })).rejects.toThrow(CoapTimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
    // the next request is not stuck behind the dead one (maxSockets 1)
    await expect(client.request(silent.local, { method: 'POST', path: '/rd' }, { timeoutMs: 300 })).rejects.toThrow(/no HTTP response within 300 ms/);
  });

  it('a handler that stays silent leaves the HTTP request unanswered until the peer gives up', async () => {
    const server = await http.server();
    server.onRequest(() => undefined);
    const client = await http.client({ serverUri: `http://127.0.0.1:${server.local.port}` });
    await expect(client.request(server.local, { method: 'POST', path: '/rd' }, { timeoutMs: 200 })).rejects.toThrow(CoapTimeoutError);
  });

  it('closing the endpoint ends pending requests and refuses new ones', async () => {
    const silent = await rawServer(() => {});
    const client = await http.client({ serverUri: `http://127.0.0.1:${silent.local.port}` });
    const pending = client.request(silent.local, { method: 'GET', path: '/' });
    await client.close();
    await expect(pending).rejects.toThrow(CoapEndpointClosedError);
    await expect(client.request(silent.local, { method: 'GET', path: '/' })).rejects.toThrow(/closed/);
  });
});

describe('HTTP binding: malformed answers to our requests', () => {
  const ask = async (reply: string) => {
    const peer = await rawServer((socket) => socket.end(reply));
    const client = await http.client({ serverUri: `http://127.0.0.1:${peer.local.port}` });
    const log = record(client);
    const outcome = client.request(peer.local, { method: 'GET', path: '/3/0' });
    return { outcome, log };
  };

  it.each([
    ['not HTTP at all', 'hello\r\n\r\n', /not an HTTP response/],
    ['a redirect', 'HTTP/1.1 302 Found\r\nlocation: /x\r\ncontent-length: 0\r\n\r\n', /HTTP status 302 has no CoAP response code/],
    ['an unmappable Content-Type', 'HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 3\r\n\r\n<p>', /response Content-Type "text\/html" has no CoAP Content-Format/],
    ['a body cut short', 'HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 100\r\n\r\nshort', /the response ended before its body was complete/],
  ])('%s → HttpBindingError with the reason, transcribed', async (_what, reply, reason) => {
    const { outcome, log } = await ask(reply);
    await expect(outcome).rejects.toThrow(HttpBindingError);
    await expect(outcome).rejects.toThrow(reason);
    expect(log.at(-1)!.error).toMatch(reason);
  });

  it('a server that is not there → HttpBindingError naming the URL', async () => {
    const gone = await rawServer(() => {});
    const port = gone.local.port;
    await gone.close();
    const client = await http.client({ serverUri: `http://127.0.0.1:${port}` });
    await expect(client.request({ address: '127.0.0.1', port }, { method: 'GET', path: '/' })).rejects.toThrow(`HTTP GET http://127.0.0.1:${port}/: connect ECONNREFUSED`);
  });
});

describe('HTTP binding: malformed requests to our listener', () => {
  it('a request that is not HTTP → 400, transcribed as unreadable; the handler never sees it', async () => {
    const server = await http.server();
    const handled: string[] = [];
    server.onRequest((req) => (handled.push(req.path), { code: '2.05' }));
    const log = record(server);
    const reply = await exchangeRaw(server.local, 'GARBAGE\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(log[0]!.error).toMatch(/^not an HTTP request: Parse Error/);
    expect(handled).toEqual([]);
  });

  it('a body over the size limit → 413 before the handler', async () => {
    const server = await http.server({ maxBodyBytes: 16 });
    server.onRequest(() => ({ code: '2.04' }));
    const log = record(server);
    const reply = await exchangeRaw(server.local, `PUT /5/0/0 HTTP/1.1\r\nhost: x\r\ncontent-length: 17\r\n\r\n${'x'.repeat(17)}`);
    expect(reply).toMatch(/^HTTP\/1\.1 413 Payload Too Large[\s\S]*request body larger than 16 bytes$/);
    expect(log[0]!.error).toBe('request body larger than 16 bytes');
  });

  it('a chunked body growing over the limit → 413', async () => {
    const server = await http.server({ maxBodyBytes: 16 });
    server.onRequest(() => ({ code: '2.04' }));
    const reply = await exchangeRaw(server.local, `PUT /5/0/0 HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n14\r\n${'y'.repeat(20)}\r\n0\r\n\r\n`);
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
  });

  it('a body cut short (the peer closes mid-body) is transcribed and never handled', async () => {
    const server = await http.server();
    const handled: string[] = [];
    server.onRequest((req) => (handled.push(req.path), { code: '2.04' }));
    const log = record(server);
    await exchangeRaw(server.local, 'PUT /1/0/1 HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n120', true);
    await waitFor(() => log.length > 0, 2000, 'the transcript entry');
    expect(log[0]!.error).toMatch(/ended before its body was complete \(3 of 100 bytes\)/);
    expect(handled).toEqual([]);
  });

  it.each([
    ['an unknown Content-Type', 'PUT /1/0/1 HTTP/1.1\r\nhost: x\r\ncontent-type: text/html\r\ncontent-length: 3\r\n\r\n120', /^HTTP\/1\.1 415[\s\S]*Content-Type "text\/html" has no CoAP Content-Format/],
    ['a malformed percent-encoding', 'GET /3/%zz HTTP/1.1\r\nhost: x\r\n\r\n', /^HTTP\/1\.1 400[\s\S]*malformed percent-encoding/],
    ['an unsupported Accept', 'GET /3/0 HTTP/1.1\r\nhost: x\r\naccept: text/html\r\n\r\n', /^HTTP\/1\.1 406[\s\S]*names no CoAP Content-Format/],
    ['a method outside the binding', 'PATCH /3/0 HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\n\r\n', /^HTTP\/1\.1 405[\s\S]*allow: GET, POST, PUT, DELETE/],
  ])('%s → answered by the binding with the reason', async (_what, bytes, expected) => {
    const server = await http.server();
    const handled: string[] = [];
    server.onRequest((req) => (handled.push(req.path), { code: '2.04' }));
    const socket = connect(server.local.port, '127.0.0.1');
    let reply = '';
    socket.on('data', (d: Buffer) => (reply += d.toString('latin1')));
    socket.write(bytes);
    await waitFor(() => /\r\n\r\n/.test(reply) && reply.length >= reply.indexOf('\r\n\r\n') + 4 + Number(/content-length: (\d+)/i.exec(reply)?.[1] ?? 0), 2000, 'the reply');
    socket.destroy();
    expect(reply).toMatch(expected);
    expect(handled).toEqual([]);
  });

  it('a throwing handler → 500 with the message; a handler-less endpoint → 404', async () => {
    const server = await http.server();
    const client = await http.client({ serverUri: `http://127.0.0.1:${server.local.port}` });
    expect((await client.request(server.local, { method: 'GET', path: '/x' })).code).toBe('4.04');
    server.onRequest(() => {
      throw new Error('boom');
    });
    const r = await client.request(server.local, { method: 'GET', path: '/x' });
    expect([r.code, r.payload.toString()]).toEqual(['5.00', 'handler failed: boom']);
  });

  it('sendMessage sends a request message as HTTP and refuses what HTTP cannot carry', async () => {
    const server = await http.server();
    const seen: string[] = [];
    server.onRequest((req) => (seen.push(`${req.method} ${req.path}?${req.query.join('&')}`), { code: '2.04' }));
    const client = await http.client({ serverUri: `http://127.0.0.1:${server.local.port}` });
    const uriPath = (v: string) => ({ name: 'Uri-Path', value: Buffer.from(v) });
    await client.sendMessage(server.local, { type: 'CON', code: '0.02', token: Buffer.alloc(0), options: [uriPath('rd'), { name: 'Uri-Query', value: Buffer.from('ep=a') }], payload: Buffer.alloc(0) });
    await waitFor(() => seen.length === 1, 2000, 'the request');
    expect(seen).toEqual(['POST /rd?ep=a']);
    await expect(client.sendMessage(server.local, { type: 'ACK', code: '2.05', token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) })).rejects.toThrow(/only requests can be sent unasked/);
    await expect(client.sendMessage(server.local, { type: 'CON', code: '0.01', token: Buffer.alloc(0), options: [{ name: 'Observe', value: Buffer.alloc(0) }, uriPath('3')], payload: Buffer.alloc(0) })).rejects.toThrow(/no Observe/);
  });

  it('sendRaw writes arbitrary bytes and transcribes the reply', async () => {
    const server = await http.server();
    const client = await http.client({ serverUri: `http://127.0.0.1:${server.local.port}` });
    const log = record(client);
    await client.sendRaw(server.local, Buffer.from('NOT HTTP\r\n\r\n'));
    await waitFor(() => log.some((e) => e.direction === 'in'), 2000, 'the raw reply');
    expect(log.find((e) => e.direction === 'in')!.raw.toString('latin1')).toMatch(/^HTTP\/1\.1 400 Bad Request/);
  });
});
