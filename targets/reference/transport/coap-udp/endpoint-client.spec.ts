import { CoapEndpointClosedError, CoapResetError, CoapTimeoutError } from './errors';
import { encodeUint, pathOf, queryOf } from './message';
import { uintOption } from './options';
import { msg, record, sleep, useSockets } from './spec-support';

const sockets = useSockets();

describe('request(): the client side (RFC 7252 §5.2)', () => {
  it('sends a CON GET and resolves with the piggy-backed response matched by mid + token', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3/0/1', accept: 11542 });
    const { message: req, from } = await peer.next();
    expect(req).toMatchObject({ type: 'CON', code: '0.01' });
    expect(req!.token).toHaveLength(4);
    expect(pathOf(req!)).toBe('/3/0/1');
    expect(uintOption(req!, 'Accept')).toBe(11542);
    expect(from.port).toBe(ep.local.port);
    await peer.send(from, msg({ type: 'ACK', code: '2.05', messageId: req!.messageId, token: req!.token, options: [{ name: 'Content-Format', value: encodeUint(11542) }], payload: Buffer.from('c80014', 'hex') }));
    const response = await pending;
    expect(response).toMatchObject({ code: '2.05', contentFormat: 11542, locationPath: [] });
    expect(response.payload.toString('hex')).toBe('c80014');
  });

  it('encodes query, Content-Format, Observe, the given token and extra options; parses Location-Path', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const token = Buffer.from('0102030405060708', 'hex');
    const pending = ep.request(peer.address, {
      method: 'POST', path: '/rd', query: ['ep=node1', 'lt=20'], contentFormat: 40, observe: 0, token,
      payload: Buffer.from('</1/0>'), options: [{ name: 'Uri-Host', value: Buffer.from('example') }],
    });
    const { message: req, from } = await peer.next();
    expect(req!.token.equals(token)).toBe(true);
    expect(queryOf(req!)).toEqual(['ep=node1', 'lt=20']);
    expect(uintOption(req!, 'Content-Format')).toBe(40);
    expect(req!.options.find((o) => o.name === 'Observe')?.value).toHaveLength(0);
    expect(req!.options.find((o) => o.name === 'Uri-Host')?.value.toString()).toBe('example');
    await peer.send(from, msg({ type: 'ACK', code: '2.01', messageId: req!.messageId, token, options: [{ name: 'Location-Path', value: Buffer.from('rd') }, { name: 'Location-Path', value: Buffer.from('abc') }, { name: 'Observe', value: encodeUint(3) }] }));
    await expect(pending).resolves.toMatchObject({ code: '2.01', locationPath: ['rd', 'abc'], observe: 3 });
  });

  it('waits after an empty ACK for the separate CON response, and ACKs it (RFC 7252 §5.2.2)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3' });
    const { message: req, from } = await peer.next();
    await peer.send(from, msg({ type: 'ACK', code: '0.00', messageId: req!.messageId }));
    await sleep(60); // longer than the whole retransmission window would allow without the ACK
    await peer.send(from, msg({ type: 'CON', code: '2.05', messageId: 999, token: req!.token, payload: Buffer.from('late') }));
    await expect(pending).resolves.toMatchObject({ code: '2.05' });
    const { message: ack } = await peer.next();
    expect(ack).toMatchObject({ type: 'ACK', code: '0.00', messageId: 999 });
    expect(ack!.token).toHaveLength(0);
    expect(await peer.settle(30)).toHaveLength(0); // no retransmission of the request after the empty ACK
  });

  it('accepts a separate response that arrives before the empty ACK, and stops retransmitting', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3' });
    const { message: req, from } = await peer.next();
    await peer.send(from, msg({ type: 'NON', code: '2.05', messageId: 7, token: req!.token }));
    await expect(pending).resolves.toMatchObject({ code: '2.05' });
    expect(await peer.settle(100)).toHaveLength(0);
  });

  it('retransmits 1 + MAX_RETRANSMIT times with back-off, then rejects with CoapTimeoutError', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint({ timeScale: 0.01, random: () => 0 }), sockets.rawPeer()]);
    const transcript = record(ep);
    const started = Date.now();
    const error = await ep.request(peer.address, { method: 'GET', path: '/3/0' }).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(CoapTimeoutError);
    expect((error as CoapTimeoutError).name).toBe('CoapTimeoutError');
    expect((error as CoapTimeoutError).transmissions).toBe(5);
    expect((error as Error).message).toBe(`CoAP GET /3/0 to 127.0.0.1:${peer.address.port}: no ACK or RST, gave up (RFC 7252 §4.2) after 5 transmissions`);
    expect(peer.received).toHaveLength(5);
    expect(new Set(peer.received.map((d) => d.raw.toString('hex'))).size).toBe(1); // same mid + token each time
    expect(elapsed).toBeGreaterThanOrEqual(20 + 40 + 80 + 160 + 320 - 5);
    expect(transcript.filter((e) => e.direction === 'out').map((e) => e.note)).toEqual([undefined, 'retransmission 1/4', 'retransmission 2/4', 'retransmission 3/4', 'retransmission 4/4']);
  });

  it('rejects with CoapTimeoutError when the separate response never comes (overall timeoutMs)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3' }, { timeoutMs: 150 });
    const { message: req, from } = await peer.next();
    await peer.send(from, msg({ type: 'ACK', code: '0.00', messageId: req!.messageId }));
    await expect(pending).rejects.toThrow(/CoAP GET \/3 to .*: no response within 150 ms after 1 transmission$/);
  });

  it('rejects with CoapResetError on RST', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'DELETE', path: '/1/0' });
    const { message: req, from } = await peer.next();
    await peer.send(from, msg({ type: 'RST', code: '0.00', messageId: req!.messageId }));
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoapResetError);
    expect((error as Error).message).toMatch(/CoAP DELETE \/1\/0 to 127\.0\.0\.1:\d+: the peer answered with RST/);
  });

  it('ignores a piggy-backed ACK from another port (RFC 7252 §5.3.2) and times out', async () => {
    const [ep, peer, stranger] = await Promise.all([sockets.endpoint(), sockets.rawPeer(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3' }, { timeoutMs: 100 });
    const { message: req } = await peer.next();
    await stranger.send(ep.local, msg({ type: 'ACK', code: '2.05', messageId: req!.messageId, token: req!.token }));
    await expect(pending).rejects.toBeInstanceOf(CoapTimeoutError);
  });

  it('matches a separate response by token and peer: the same token from another port is rejected with RST', async () => {
    const [ep, peer, stranger] = await Promise.all([sockets.endpoint(), sockets.rawPeer(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3' });
    const { message: req, from } = await peer.next();
    await peer.send(from, msg({ type: 'ACK', code: '0.00', messageId: req!.messageId }));
    await stranger.send(ep.local, msg({ type: 'CON', code: '2.05', messageId: 50, token: req!.token, payload: Buffer.from('forged') }));
    expect((await stranger.next()).message).toMatchObject({ type: 'RST', messageId: 50 });
    await peer.send(from, msg({ type: 'CON', code: '2.05', messageId: 51, token: req!.token, payload: Buffer.from('genuine') }));
    expect((await pending).payload.toString()).toBe('genuine');
  });

  it('rejects a piggy-backed response whose token does not match', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3', token: Buffer.from('aa', 'hex') });
    const { message: req, from } = await peer.next();
    await peer.send(from, msg({ type: 'ACK', code: '2.05', messageId: req!.messageId, token: Buffer.from('bb', 'hex') }));
    await expect(pending).rejects.toThrow(/token bb does not match request token aa/);
  });

  it('sends NON requests, matches the NON response by token, and times out on silence', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3', confirmable: false });
    const { message: req, from } = await peer.next();
    expect(req!.type).toBe('NON');
    await peer.send(from, msg({ type: 'NON', code: '2.05', messageId: 5, token: req!.token }));
    await expect(pending).resolves.toMatchObject({ code: '2.05' });
    const silent = ep.request(peer.address, { method: 'GET', path: '/4', confirmable: false }, { timeoutMs: 80 });
    await expect(silent).rejects.toThrow(/no response within 80 ms after 1 transmission/);
    expect(peer.received).toHaveLength(2); // a NON is never retransmitted
  });

  it('rejects a NON request answered with RST (RFC 7252 §4.3)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3', confirmable: false });
    const { message: req, from } = await peer.next();
    await peer.send(from, msg({ type: 'RST', code: '0.00', messageId: req!.messageId }));
    await expect(pending).rejects.toBeInstanceOf(CoapResetError);
  });

  it('allocates Message IDs sequentially and wraps from 65535 to 0 (RFC 7252 §4.4)', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint({ timeScale: 0.01, initialMessageId: 65534 }), sockets.rawPeer()]);
    for (let i = 0; i < 3; i++) void ep.request(peer.address, { method: 'GET', path: '/3', confirmable: false }, { timeoutMs: 50 }).catch(() => {});
    const ids = [(await peer.next()).message!.messageId, (await peer.next()).message!.messageId, (await peer.next()).message!.messageId];
    expect(ids).toEqual([65534, 65535, 0]);
  });

  it('uses a fresh random 4-byte token for each request', async () => {
    const [a, b, peer] = await Promise.all([sockets.endpoint(), sockets.endpoint(), sockets.rawPeer()]);
    void a.request(peer.address, { method: 'GET', path: '/', confirmable: false }, { timeoutMs: 50 }).catch(() => {});
    void a.request(peer.address, { method: 'GET', path: '/', confirmable: false }, { timeoutMs: 50 }).catch(() => {});
    void b.request(peer.address, { method: 'GET', path: '/', confirmable: false }, { timeoutMs: 50 }).catch(() => {});
    const got = [await peer.next(), await peer.next(), await peer.next()].map((d) => d.message!);
    expect(new Set(got.map((m) => m.token.toString('hex'))).size).toBe(3);
    expect(got.every((m) => m.token.length === 4)).toBe(true);
  });

  it('rejects pending requests on close() and refuses new ones; close() is idempotent', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request(peer.address, { method: 'GET', path: '/3/0' });
    await peer.next();
    await Promise.all([ep.close(), ep.close()]);
    await expect(pending).rejects.toThrow(CoapEndpointClosedError);
    await expect(pending).rejects.toThrow(/CoAP endpoint closed: GET \/3\/0 to 127\.0\.0\.1:\d+ was still pending/);
    await expect(ep.request(peer.address, { method: 'GET', path: '/' })).rejects.toThrow(CoapEndpointClosedError);
    await ep.close();
    expect(await peer.settle(60)).toHaveLength(0); // no retransmission after close
    await expect(sockets.endpoint({ port: ep.local.port })).resolves.toBeDefined(); // the port is free again
  });

  it('rejects a spec that cannot be encoded without sending anything', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    await expect(ep.request(peer.address, { method: 'POST', path: '/x', payload: Buffer.alloc(5000) })).rejects.toThrow(/Max packet size/);
    await expect(ep.request(peer.address, { method: 'GET', path: '/x', options: [{ name: 'Nope', value: Buffer.alloc(0) }] })).rejects.toThrow(/unknown CoAP option/);
    await expect(ep.request(peer.address, { method: 'GET', path: '/x', token: Buffer.alloc(9) })).rejects.toThrow(/0 to 8 bytes/);
    expect(await peer.settle(30)).toHaveLength(0);
  });

  it('resolves host names (localhost) and matches the response from the resolved address', async () => {
    const [ep, peer] = await Promise.all([sockets.endpoint(), sockets.rawPeer()]);
    const pending = ep.request({ address: 'localhost', port: peer.address.port }, { method: 'GET', path: '/3' });
    const { message: req, from } = await peer.next();
    await peer.send(from, msg({ type: 'ACK', code: '2.05', messageId: req!.messageId, token: req!.token }));
    await expect(pending).resolves.toMatchObject({ code: '2.05' });
  });
});
