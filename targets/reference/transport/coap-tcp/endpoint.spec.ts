import { connect, type Socket } from 'node:net';
import type { PeerAddress } from '../coap-udp/types';
import { formatCoapMessage } from '../coap-udp/format';
import { CoapEndpointClosedError, CoapTimeoutError } from '../coap-udp/errors';
import { encodeFrame } from './frame';
import { FrameReader } from './frame-reader';
import { csm } from './signaling';
import { record, useTcpEndpoints, waitFor } from './spec-support';

const tcp = useTcpEndpoints();
const lines = (entries: ReturnType<typeof record>, direction: 'in' | 'out') =>
  entries.filter((e) => e.direction === direction).map((e) => (e.message ? formatCoapMessage(e.message) : `error: ${e.error}`));

/** A raw TCP peer that records the frames it receives. */
async function rawPeer(server: PeerAddress): Promise<{ socket: Socket; frames: string[]; closed: () => boolean }> {
  const socket = connect(server.port, server.address);
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const reader = new FrameReader(1 << 20);
  const frames: string[] = [];
  let closed = false;
  socket.on('data', (chunk) => reader.push(chunk).forEach((i) => frames.push(i.message ? formatCoapMessage(i.message) : `error ${i.error}`)));
  socket.on('close', () => (closed = true));
  socket.on('error', () => {});
  return { socket, frames, closed: () => closed };
}

describe('CoAP over TCP endpoints (RFC 8323)', () => {
  it('exchange CSMs first, then a request and its response matched by token', async () => {
    const server = await tcp.server();
    const transcript = record(server);
    server.onRequest((req) => ({ code: '2.05', contentFormat: 0, payload: Buffer.from(`${req.method} ${req.path}?${req.query.join('&')}`) }));
    const client = await tcp.client({ peer: server.local });
    const response = await client.request(server.local, { method: 'GET', path: '/3/0/1', query: ['a=1'], token: Buffer.from('beef', 'hex') });
    expect(response.code).toBe('2.05');
    expect(response.payload.toString()).toBe('GET /3/0/1?a=1');
    expect(lines(transcript, 'in')).toEqual(['7.01 CSM Max-Message-Size=8192', '0.01 GET token=beef Uri-Path=3/0/1 Uri-Query=a=1']);
    expect(lines(transcript, 'out')).toEqual(['7.01 CSM Max-Message-Size=8192', '2.05 Content token=beef Content-Format=0 | GET /3/0/1?a=1']);
  });

  it('lets the server send requests to a connected client on its own connection', async () => {
    const server = await tcp.server();
    const client = await tcp.client({ peer: server.local });
    client.onRequest((req) => ({ code: '2.04', payload: req.payload }));
    await waitFor(() => server.peers().length === 1, 2000, 'the server to see the client');
    const response = await server.request(server.peers()[0]!, { method: 'PUT', path: '/1/0/1', payload: Buffer.from('300') });
    expect(response.code).toBe('2.04');
    expect(response.payload.toString()).toBe('300');
    await expect(server.request({ address: '127.0.0.1', port: 1 }, { method: 'GET', path: '/' })).rejects.toThrow(/no connection from 127.0.0.1:1/);
  });

  it('answers many outstanding requests out of order, each by its token', async () => {
    const server = await tcp.server();
    server.onRequest(async (req) => {
      await new Promise((r) => setTimeout(r, 20 - Number(req.pathSegments[0])));
      return { code: '2.05', payload: Buffer.from(req.pathSegments[0]!) };
    });
    const client = await tcp.client({ peer: server.local });
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => client.request(server.local, { method: 'GET', path: `/${i}` })));
    expect(responses.map((r) => r.payload.toString())).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
  });

  it('answers Ping with Pong (§5.4), 4.05 for an unknown method and 5.00 when the handler throws', async () => {
    const server = await tcp.server();
    server.onRequest(() => {
      throw new Error('boom');
    });
    const client = await tcp.client({ peer: server.local });
    await client.ping(server.local, { timeoutMs: 1000 });
    expect((await client.request(server.local, { method: 'GET', path: '/' })).code).toBe('5.00');
    const peer = await rawPeer(server.local);
    peer.socket.write(Buffer.concat([encodeFrame(csm(1152, false)), encodeFrame({ type: 'CON', code: '0.09', messageId: 0, token: Buffer.of(9), options: [], payload: Buffer.alloc(0) })]));
    await waitFor(() => peer.frames.length === 2);
    expect(peer.frames[1]).toBe('4.05 Method Not Allowed token=09');
    peer.socket.destroy();
  });

  it('aborts a connection whose first message is not a CSM (§5.3)', async () => {
    const server = await tcp.server();
    const transcript = record(server);
    const peer = await rawPeer(server.local);
    peer.socket.write(encodeFrame({ type: 'CON', code: '0.01', messageId: 0, token: Buffer.of(1), options: [], payload: Buffer.alloc(0) }));
    await waitFor(() => peer.closed(), 2000, 'the server to close');
    expect(peer.frames).toEqual(['7.01 CSM Max-Message-Size=8192', '7.05 Abort | the first message must be a CSM (RFC 8323 §5.3), got 0.01']);
    expect(transcript.some((e) => e.note === 'abort (RFC 8323 §5.6)')).toBe(true);
  });

  it('closes the connection on Release (§5.5) and forgets the peer', async () => {
    const server = await tcp.server();
    const peer = await rawPeer(server.local);
    peer.socket.write(encodeFrame(csm(1152, false)));
    await waitFor(() => server.peers().length === 1);
    peer.socket.write(encodeFrame({ type: 'CON', code: '7.04', messageId: 0, token: Buffer.alloc(0), options: [], payload: Buffer.from('bye') }));
    await waitFor(() => peer.closed(), 2000, 'the server to close');
    expect(server.peers()).toEqual([]);
  });

  it('aborts when no CSM arrives in time', async () => {
    const server = await tcp.server({ csmTimeoutMs: 100 });
    const peer = await rawPeer(server.local);
    await waitFor(() => peer.closed(), 2000, 'the server to close');
    expect(peer.frames[1]).toMatch(/^7.05 Abort \| no CSM from the peer within 100 ms/);
  });

  it('answers a malformed frame with Abort and a diagnostic, closes, and keeps serving others', async () => {
    const server = await tcp.server();
    server.onRequest(() => ({ code: '2.05' }));
    const transcript = record(server);
    const peer = await rawPeer(server.local);
    peer.socket.write(Buffer.concat([encodeFrame(csm(1152, false)), Buffer.from('1001f0', 'hex')]));
    await waitFor(() => peer.closed(), 2000, 'the server to close');
    expect(peer.frames[1]).toBe('7.05 Abort | option delta nibble 15 is reserved (RFC 7252 §3.1: message format error)');
    expect(transcript.find((e) => e.error !== undefined)?.raw.toString('hex')).toBe('1001f0');
    const client = await tcp.client({ peer: server.local });
    expect((await client.request(server.local, { method: 'GET', path: '/' })).code).toBe('2.05');
  });

  it('aborts on a frame larger than its Max-Message-Size, and refuses to send one larger than the peer allows', async () => {
    const server = await tcp.server({ maxMessageSize: 1152 });
    server.onRequest(() => ({ code: '2.04' }));
    const client = await tcp.client({ peer: server.local });
    await expect(client.request(server.local, { method: 'PUT', path: '/x', payload: Buffer.alloc(2000) })).rejects.toThrow(/exceeds the peer's Max-Message-Size 1152/);
    const peer = await rawPeer(server.local);
    peer.socket.write(Buffer.concat([encodeFrame(csm(1152, false)), encodeFrame({ type: 'CON', code: '0.03', messageId: 0, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(5000) })]));
    await waitFor(() => peer.closed(), 2000, 'the server to close');
    expect(peer.frames[1]).toMatch(/^7.05 Abort \| frame of 5005 bytes exceeds our Max-Message-Size 1152/);
  });

  it('times out a request without retransmitting, and fails pending requests when the connection ends', async () => {
    const server = await tcp.server();
    server.onRequest(() => undefined); // silent
    const transcript = record(server);
    const client = await tcp.client({ peer: server.local });
    await expect(client.request(server.local, { method: 'GET', path: '/slow' }, { timeoutMs: 150 })).rejects.toBeInstanceOf(CoapTimeoutError);
    expect(lines(transcript, 'in').filter((l) => l.startsWith('0.01'))).toHaveLength(1);
    const pending = expect(client.request(server.local, { method: 'GET', path: '/never' })).rejects.toThrow(CoapEndpointClosedError);
    await waitFor(() => server.peers().length === 1);
    await server.close();
    await pending;
  });

  it('hands responses with an unknown token to onUnmatchedResponse (e.g. Observe notifications)', async () => {
    const server = await tcp.server();
    const client = await tcp.client({ peer: server.local });
    const seen: string[] = [];
    client.onUnmatchedResponse((response) => void seen.push(`${response.code} ${response.observe}`));
    await waitFor(() => server.peers().length === 1);
    await server.sendMessage(server.peers()[0]!, { type: 'CON', code: '2.05', token: Buffer.of(7), options: [{ name: 'Observe', value: Buffer.of(3) }], payload: Buffer.from('x') });
    await waitFor(() => seen.length === 1);
    expect(seen).toEqual(['2.05 3']);
  });

  it('fails to connect with a clear error when nothing listens', async () => {
    const server = await tcp.server();
    const port = server.local.port;
    await server.close();
    await expect(tcp.client({ peer: { address: '127.0.0.1', port } })).rejects.toThrow(/cannot connect to coap\+tcp:\/\/127.0.0.1:\d+: connect ECONNREFUSED/);
  });
});
