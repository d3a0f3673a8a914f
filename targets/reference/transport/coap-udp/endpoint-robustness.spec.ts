import { spawn } from 'node:child_process';
import { formatCoapMessage } from './format';
import { serialize } from './message';
import { msg, record, useSockets } from './spec-support';

const sockets = useSockets();
const get = (messageId: number) => msg({ type: 'CON', code: '0.01', messageId, token: Buffer.from('01', 'hex'), options: [{ name: 'Uri-Path', value: Buffer.from('3') }] });

describe('robustness and evidence', () => {
  it('records malformed datagrams with the reason and the raw bytes, ignores them and keeps serving', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const transcript = record(ep);
    ep.onRequest(() => ({ code: '2.05' }));
    let seed = 42;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const garbage = [
      Buffer.from('40', 'hex'), // truncated header
      Buffer.from('4f010001deadbeef', 'hex'), // token length 15
      Buffer.from('44010001aa', 'hex'), // truncated token
      Buffer.from('40010001ff', 'hex'), // payload marker, no payload
      Buffer.from('c0010001', 'hex'), // version 3
      ...Array.from({ length: 20 }, () => Buffer.from(Array.from({ length: 1 + Math.floor(random() * 30) }, () => 0x40 | Math.floor(random() * 256)))),
    ];
    for (const raw of garbage) await peer.send(ep.local, raw);
    await peer.send(ep.local, get(500));
    const answer = await peer.next();
    expect(answer.message).toMatchObject({ type: 'ACK', code: '2.05', messageId: 500 });
    const errors = transcript.filter((e) => e.error !== undefined);
    expect(errors.length).toBeGreaterThanOrEqual(5);
    expect(errors.slice(0, 5).map((e) => e.error)).toEqual([
      expect.stringMatching(/truncated header/),
      expect.stringMatching(/token length 15 is reserved/),
      expect.stringMatching(/truncated token/),
      expect.stringMatching(/zero-length payload/),
      expect.stringMatching(/unsupported version 3/),
    ]);
    for (const entry of errors) {
      expect(entry).toMatchObject({ direction: 'in', peer: peer.address });
      expect(entry.message).toBeUndefined();
      expect(garbage.some((g) => g.equals(entry.raw))).toBe(true);
    }
    // Random bytes that happen to form a valid message may get replies; the valid request got exactly one.
    expect(peer.received.filter((d) => d.message?.messageId === 500)).toHaveLength(1);
  });

  it('records every datagram in and out with time, direction, peer, message and raw bytes', async () => {
    const [a, b] = await Promise.all([sockets.endpoint(), sockets.endpoint()]);
    a.onRequest(() => ({ code: '2.05', payload: Buffer.from('x') }));
    const before = Date.now();
    const entries = record(b);
    await b.request(a.local, { method: 'GET', path: '/3/0/0' });
    expect(entries.map((e) => [e.direction, e.message?.type, e.message?.code])).toEqual([
      ['out', 'CON', '0.01'],
      ['in', 'ACK', '2.05'],
    ]);
    expect(entries[0].peer).toEqual(a.local);
    expect(entries[1].peer).toEqual(a.local);
    expect(entries[0].time).toBeGreaterThanOrEqual(before);
    expect(entries[0].raw.equals(serialize(entries[0].message!))).toBe(true);
    expect(formatCoapMessage(entries[1].message!)).toMatch(/^ACK 2\.05 Content mid=\d+ token=[0-9a-f]{8} \| x$/);
  });

  it('keeps working when a transcript listener throws, and stops calling unsubscribed listeners', async () => {
    const [a, b] = await Promise.all([sockets.endpoint(), sockets.endpoint()]);
    a.onRequest(() => ({ code: '2.05' }));
    b.onTranscript(() => {
      throw new Error('listener bug');
    });
    const seen: string[] = [];
    const off = b.onTranscript((e) => seen.push(e.direction));
    await b.request(a.local, { method: 'GET', path: '/' });
    off();
    await b.request(a.local, { method: 'GET', path: '/' });
    expect(seen).toEqual(['out', 'in']);
  });

  it('sendMessage() sends a prepared message as is, allocating a Message ID only when absent', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint({ timeScale: 0.01, initialMessageId: 300 }), sockets.rawPeer()]);
    const entries = record(ep);
    const sent = await ep.sendMessage(peer.address, { type: 'NON', code: '2.05', token: Buffer.from('ab', 'hex'), options: [], payload: Buffer.from('p') });
    expect(sent.messageId).toBe(300);
    const exact = await ep.sendMessage(peer.address, { type: 'CON', code: '0.01', messageId: 7, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) });
    expect(exact.messageId).toBe(7);
    expect((await peer.next()).message).toMatchObject({ type: 'NON', code: '2.05', messageId: 300 });
    expect((await peer.next()).message).toMatchObject({ type: 'CON', code: '0.01', messageId: 7 });
    expect(await peer.settle(60)).toHaveLength(0); // as is: no retransmission
    expect(entries.map((e) => e.message?.messageId)).toEqual([300, 7]);
  });

  it('sendRaw() sends arbitrary bytes and records them with what they are', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const entries = record(ep);
    await ep.sendRaw(peer.address, Buffer.from('4f01', 'hex'));
    expect((await peer.next()).raw.toString('hex')).toBe('4f01');
    expect(entries[0]).toMatchObject({ direction: 'out', note: expect.stringMatching(/raw datagram: truncated header/) });
    expect(entries[0].message).toBeUndefined();
  });

  it('works over IPv6 (::1)', async () => {
    const [a, b] = await Promise.all([sockets.endpoint({ timeScale: 0.01, type: 'udp6', address: '::1' }), sockets.endpoint({ timeScale: 0.01, address: '::1' })]);
    expect(a.local.address).toBe('::1');
    a.onRequest((req) => ({ code: '2.05', payload: Buffer.from(`${req.peer.address} ${req.path}`) }));
    const response = await b.request(a.local, { method: 'GET', path: '/3/0/0' });
    expect(response.payload.toString()).toBe('::1 /3/0/0');
    const peer = await sockets.rawPeer('udp6');
    const error = await b.request(peer.address, { method: 'GET', path: '/x' }, { timeoutMs: 30 }).catch((e: Error) => e);
    expect(error.message).toMatch(/to \[::1\]:\d+: no response within 30 ms/);
  });

  it('fails to bind with a clear error when the port is taken', async () => {
    const ep = await sockets.endpoint();
    await expect(sockets.endpoint({ port: ep.local.port })).rejects.toThrow(/cannot bind CoAP endpoint to 127\.0\.0\.1:\d+ \(udp4\): bind EADDRINUSE/);
  });

  it('leaves nothing that keeps the process alive after close()', async () => {
    const script = `
      const { createUdpEndpoint } = require('./endpoint');
      (async () => {
        const silent = require('node:dgram').createSocket('udp4');
        await new Promise((r) => silent.bind(0, '127.0.0.1', r));
        const ep = await createUdpEndpoint({ separateResponseAfterMs: 60000 });
        ep.onRequest(() => new Promise(() => {}));
        const pending = ep.request({ address: '127.0.0.1', port: silent.address().port }, { method: 'GET', path: '/' });
        pending.catch((e) => console.log(e.name));
        await ep.request(ep.local, { method: 'GET', path: '/hang' }, { timeoutMs: 50 }).catch((e) => console.log(e.name));
        silent.close();
        await ep.close();
      })();
    `;
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: __dirname, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 8000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(killer);
    expect(output.trim().split('\n')).toEqual(['CoapTimeoutError', 'CoapEndpointClosedError']);
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(8000); // RFC timers (2-3 s ACK_TIMEOUT, 247 s lifetime) are not waited for
  });
});
