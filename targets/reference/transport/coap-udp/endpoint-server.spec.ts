import type { IncomingRequest } from './types';
import { encodeUint } from './message';
import { stringOptions, uintOption } from './options';
import { msg, record, sleep, useSockets } from './spec-support';

const sockets = useSockets();

const get = (messageId: number, path: string[], token = Buffer.from('c0ffee', 'hex')) =>
  msg({ type: 'CON', code: '0.01', messageId, token, options: path.map((p) => ({ name: 'Uri-Path', value: Buffer.from(p) })) });

describe('onRequest(): the server side (RFC 7252 §5.2)', () => {
  it('hands the request to the handler and piggy-backs the response in the ACK (same mid, echoed token)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    let seen: IncomingRequest | undefined;
    ep.onRequest((req) => {
      seen = req;
      return { code: '2.01', locationPath: ['rd', 'x1'], contentFormat: 0, payload: Buffer.from('ok') };
    });
    await peer.send(ep.local, msg({
      type: 'CON', code: '0.02', messageId: 0x4242, token: Buffer.from('0a0b', 'hex'),
      options: [
        { name: 'Uri-Path', value: Buffer.from('rd') },
        { name: 'Content-Format', value: encodeUint(40) },
        { name: 'Uri-Query', value: Buffer.from('ep=node1') },
        { name: 'Accept', value: encodeUint(11542) },
      ],
      payload: Buffer.from('</3/0>'),
    }));
    const { message: res } = await peer.next();
    expect(seen).toMatchObject({ method: 'POST', path: '/rd', pathSegments: ['rd'], query: ['ep=node1'], contentFormat: 40, accept: 11542, peer: peer.address });
    expect(seen!.payload.toString()).toBe('</3/0>');
    expect(res).toMatchObject({ type: 'ACK', code: '2.01', messageId: 0x4242 });
    expect(res!.token.toString('hex')).toBe('0a0b');
    expect(stringOptions(res!, 'Location-Path')).toEqual(['rd', 'x1']);
    expect(uintOption(res!, 'Content-Format')).toBe(0);
    expect(res!.payload.toString()).toBe('ok');
  });

  it('answers a NON request with a NON response (new mid, same token)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint({ timeScale: 0.01, initialMessageId: 100 }), sockets.rawPeer()]);
    ep.onRequest(() => ({ code: '2.05', payload: Buffer.from('v') }));
    await peer.send(ep.local, { ...get(7, ['3', '0']), type: 'NON' });
    const { message: res } = await peer.next();
    expect(res).toMatchObject({ type: 'NON', code: '2.05', messageId: 100 });
    expect(res!.token.toString('hex')).toBe('c0ffee');
  });

  it('deduplicates a CON (same peer + mid): handler called once, the duplicate gets the same ACK (RFC 7252 §4.5)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const handler = jest.fn(() => ({ code: '2.05', payload: Buffer.from(String(Math.random())) }));
    ep.onRequest(handler);
    await peer.send(ep.local, get(11, ['3']));
    const first = await peer.next();
    await peer.send(ep.local, get(11, ['3']));
    const second = await peer.next();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(second.raw.equals(first.raw)).toBe(true);
    await peer.send(ep.local, get(12, ['3'])); // a new mid is a new request
    await peer.next();
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('does not call the handler again for a duplicate that arrives while it is still running', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint({ timeScale: 0.01, separateResponseAfterMs: Infinity }), sockets.rawPeer()]);
    const handler = jest.fn(async () => {
      await sleep(50);
      return { code: '2.05' };
    });
    ep.onRequest(handler);
    await peer.send(ep.local, get(21, ['3']));
    await sleep(10);
    await peer.send(ep.local, get(21, ['3']));
    const { message } = await peer.next();
    expect(message).toMatchObject({ type: 'ACK', code: '2.05', messageId: 21 });
    expect(await peer.settle(30)).toHaveLength(0);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('deduplicates NON requests silently (RFC 7252 §4.5)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const handler = jest.fn(() => ({ code: '2.05' }));
    ep.onRequest(handler);
    await peer.send(ep.local, { ...get(31, ['3']), type: 'NON' });
    await peer.send(ep.local, { ...get(31, ['3']), type: 'NON' });
    await peer.next();
    expect(await peer.settle(40)).toHaveLength(0);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('turns a throwing handler into 5.00 with a diagnostic payload and keeps serving', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    ep.onRequest((req) => {
      if (req.path === '/boom') throw new Error('kaboom');
      return { code: '2.05' };
    });
    await peer.send(ep.local, get(1, ['boom']));
    const { message: failed } = await peer.next();
    expect(failed).toMatchObject({ type: 'ACK', code: '5.00', messageId: 1 });
    expect(failed!.payload.toString()).toBe('request handler failed: kaboom');
    expect(failed!.options).toEqual([]); // RFC 7252 §5.5.2 diagnostic payload: no Content-Format
    await peer.send(ep.local, get(2, ['fine']));
    expect((await peer.next()).message).toMatchObject({ code: '2.05', messageId: 2 });
  });

  it('turns a rejected async handler into 5.00 as well', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    ep.onRequest(async () => Promise.reject(new Error('async kaboom')));
    await peer.send(ep.local, get(1, ['x']));
    const { message } = await peer.next();
    expect(message).toMatchObject({ type: 'ACK', code: '5.00' });
    expect(message!.payload.toString()).toBe('request handler failed: async kaboom');
  });

  it('turns a response the handler cannot encode into 5.00', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    ep.onRequest(() => ({ code: '2.5' }));
    await peer.send(ep.local, get(1, ['x']));
    const { message } = await peer.next();
    expect(message).toMatchObject({ code: '5.00' });
    expect(message!.payload.toString()).toMatch(/invalid response from the request handler: invalid CoAP code "2.5"/);
  });

  it('sends nothing at all when the handler returns undefined (a silent peer), also for duplicates', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const handler = jest.fn(() => undefined);
    ep.onRequest(handler);
    await peer.send(ep.local, get(5, ['3']));
    await sleep(20);
    await peer.send(ep.local, get(5, ['3']));
    expect(await peer.settle(80)).toHaveLength(0);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('answers 4.04 without a handler and 4.05 for an unknown method code (RFC 7252 §5.8)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    await peer.send(ep.local, get(1, ['3']));
    expect((await peer.next()).message).toMatchObject({ code: '4.04' });
    ep.onRequest(() => ({ code: '2.05' }));
    await peer.send(ep.local, { ...get(2, ['3']), code: '0.08' });
    expect((await peer.next()).message).toMatchObject({ type: 'ACK', code: '4.05', messageId: 2 });
  });

  it('sends an empty ACK for a slow handler, then a separate CON response it retransmits until ACKed (RFC 7252 §5.2.2)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint({ timeScale: 0.01, separateResponseAfterMs: 10, random: () => 0 }), sockets.rawPeer()]);
    ep.onRequest(async () => {
      await sleep(40);
      return { code: '2.05', payload: Buffer.from('slow') };
    });
    await peer.send(ep.local, get(77, ['3']));
    const { message: ack } = await peer.next();
    expect(ack).toMatchObject({ type: 'ACK', code: '0.00', messageId: 77 });
    await peer.send(ep.local, get(77, ['3'])); // duplicate while waiting → the same empty ACK
    expect((await peer.next()).message).toMatchObject({ type: 'ACK', code: '0.00', messageId: 77 });
    const { message: response } = await peer.next();
    expect(response).toMatchObject({ type: 'CON', code: '2.05' });
    expect(response!.token.toString('hex')).toBe('c0ffee');
    expect(response!.messageId).not.toBe(77);
    const { message: again } = await peer.next(); // not ACKed yet: retransmitted after ACK_TIMEOUT
    expect(again!.messageId).toBe(response!.messageId);
    await peer.send(ep.local, msg({ type: 'ACK', code: '0.00', messageId: response!.messageId }));
    expect(await peer.settle(100)).toHaveLength(0);
  });

  it('serves requests and sends its own from the same socket (an LwM2M client registering, then being read)', async () => {
    const [client, server] = await Promise.all([sockets.endpoint(), sockets.endpoint()]);
    let registeredFrom: number | undefined;
    server.onRequest((req) => {
      registeredFrom = req.peer.port;
      return { code: '2.01', locationPath: ['rd', 'a'] };
    });
    client.onRequest((req) => ({ code: '2.05', payload: Buffer.from(`value of ${req.path}`) }));
    await expect(client.request(server.local, { method: 'POST', path: '/rd', query: ['ep=n'] })).resolves.toMatchObject({ code: '2.01', locationPath: ['rd', 'a'] });
    expect(registeredFrom).toBe(client.local.port);
    const read = await server.request({ address: '127.0.0.1', port: registeredFrom! }, { method: 'GET', path: '/3/0/0' });
    expect(read.payload.toString()).toBe('value of /3/0/0');
  });

  it('completes a request to our own slow handler through the empty ACK + separate response', async () => {
    // b's ACK_TIMEOUT (200 ms) leaves room for a's empty ACK even on a loaded machine: no retransmission in the transcript
    const [a, b] = await Promise.all([sockets.endpoint({ timeScale: 0.01, separateResponseAfterMs: 5 }), sockets.endpoint({ timeScale: 0.1 })]);
    a.onRequest(async () => {
      await sleep(30);
      return { code: '2.04' };
    });
    const transcript = record(b);
    await expect(b.request(a.local, { method: 'PUT', path: '/1/0/1', payload: Buffer.from('60') })).resolves.toMatchObject({ code: '2.04' });
    await sleep(10);
    const kinds = transcript.map((e) => `${e.direction} ${e.message!.type} ${e.message!.code}`);
    expect(kinds).toEqual(['out CON 0.03', 'in ACK 0.00', 'in CON 2.04', 'out ACK 0.00']);
  });

  it('rejects an unknown CON response with RST, unless an onUnmatchedResponse listener accepts it (Observe)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const notification = (mid: number, type: 'CON' | 'NON' = 'CON') =>
      msg({ type, code: '2.05', messageId: mid, token: Buffer.from('0b5e', 'hex'), options: [{ name: 'Observe', value: encodeUint(mid) }], payload: Buffer.from('21') });
    await peer.send(ep.local, notification(1));
    expect((await peer.next()).message).toMatchObject({ type: 'RST', code: '0.00', messageId: 1 });
    const seen: number[] = [];
    ep.onUnmatchedResponse((response) => {
      seen.push(response.observe!);
      return response.message.token.toString('hex') === '0b5e';
    });
    await peer.send(ep.local, notification(2));
    expect((await peer.next()).message).toMatchObject({ type: 'ACK', code: '0.00', messageId: 2 });
    await peer.send(ep.local, notification(2)); // duplicate: same ACK, not delivered twice
    expect((await peer.next()).message).toMatchObject({ type: 'ACK', messageId: 2 });
    await peer.send(ep.local, notification(3, 'NON'));
    expect(await peer.settle(30)).toHaveLength(0);
    expect(seen).toEqual([2, 3]);
  });

  it('answers a CoAP ping (empty CON) with RST and ignores unmatched ACK/RST (RFC 7252 §4.3)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    await peer.send(ep.local, msg({ type: 'CON', code: '0.00', messageId: 9 }));
    expect((await peer.next()).message).toMatchObject({ type: 'RST', messageId: 9 });
    await peer.send(ep.local, msg({ type: 'ACK', code: '0.00', messageId: 10 }));
    await peer.send(ep.local, msg({ type: 'RST', code: '0.00', messageId: 11 }));
    await peer.send(ep.local, msg({ type: 'NON', code: '0.00', messageId: 12 }));
    await peer.send(ep.local, msg({ type: 'CON', code: '7.01', messageId: 13 }));
    expect((await peer.next()).message).toMatchObject({ type: 'RST', messageId: 13 });
    expect(await peer.settle(30)).toHaveLength(0);
  });
});
