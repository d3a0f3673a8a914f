import { createUdpEndpoint } from '../../targets/reference/transport/coap-udp/endpoint';
import type { CoapEndpoint, TranscriptEntry } from '../../targets/reference/transport/coap-udp/types';
import type { ReceivedRequest } from '../harness/lwm2m-test-server';
import { clientExchange, ipOverhead, serverExchange, totals } from './objects-traffic';

describe("the Server's accounting of the Client's traffic (Object 7 criteria)", () => {
  let server: CoapEndpoint;
  let client: CoapEndpoint;
  const seen: TranscriptEntry[] = [];

  beforeAll(async () => {
    server = await createUdpEndpoint({ address: '127.0.0.1', port: 0 });
    client = await createUdpEndpoint({ address: '127.0.0.1', port: 0 });
    client.onTranscript((e) => seen.push(e));
    client.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: Buffer.from('Open Mobile Alliance') }));
  });
  afterAll(async () => {
    await server.close();
    await client.close();
  });

  it('sizes a Server request and its piggy-backed answer exactly as the Client saw them on the wire', async () => {
    const spec = { method: 'GET' as const, path: '/3/0/0', accept: 0 };
    const at = Date.now();
    const response = await server.request(client.local, spec);
    const carried = serverExchange(at, spec, response, client.local);
    const onWire = seen.map((e) => ({ direction: e.direction === 'in' ? 'rx' : 'tx', ipBytes: e.raw.length + 28 }));
    expect(carried.map(({ direction, ipBytes }) => ({ direction, ipBytes }))).toEqual(onWire);
  });

  it('sizes a Client request and the answer the Server gave it', () => {
    const req = {
      method: 'POST',
      path: '/rd/1',
      pathSegments: ['rd', '1'],
      query: [],
      payload: Buffer.alloc(0),
      peer: { address: '::1', port: 5683 },
      message: { type: 'CON', code: '0.02', messageId: 7, token: Buffer.from([1, 2]), options: [{ name: 'Uri-Path', value: Buffer.from('rd') }, { name: 'Uri-Path', value: Buffer.from('1') }], payload: Buffer.alloc(0) },
      at: 1,
      taken: true,
      response: { code: '2.04' },
    } as ReceivedRequest;
    // 4 header + 2 token + (1+2 "rd") + (1+1 "1") = 11 B; the ACK: 4 + 2 token = 6 B; IPv6 + UDP = 48 B.
    expect(clientExchange(req).map((c) => [c.direction, c.ipBytes])).toEqual([
      ['tx', 11 + 48],
      ['rx', 6 + 48],
    ]);
    expect(ipOverhead(req.peer)).toBe(48);
  });

  it('totals bytes per direction and message sizes', () => {
    const t = totals([
      { at: 0, direction: 'rx', ipBytes: 40 },
      { at: 0, direction: 'tx', ipBytes: 100 },
      { at: 0, direction: 'tx', ipBytes: 60 },
    ]);
    expect(t).toEqual({ rx: 40, tx: 160, count: 3, maxSize: 100, minSize: 40 });
  });
});
