import { uintOptionOf } from '../../targets/reference/transport/coap-udp/options';
import { createUdpEndpoint, type UdpCoapEndpoint } from '../../targets/reference/transport/coap-udp/endpoint';
import type { CoapType, TranscriptEntry } from '../../targets/reference/transport/coap-udp/types';
import { Lwm2mTestServer } from './lwm2m-test-server';
import { ObservationStreams } from './notification-streams';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits (at most 2 s) until `done` holds: the first transcript line loads the object model. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await sleep(10);
}

describe('ObservationStreams', () => {
  let server: Lwm2mTestServer;
  let client: UdpCoapEndpoint;
  const seen: TranscriptEntry[] = [];
  const evidence = { line: () => undefined, stamp: () => '+0.000s' };
  const token = Buffer.from('0a0b0c0d', 'hex');

  beforeEach(async () => {
    seen.length = 0;
    server = await Lwm2mTestServer.start({ evidence, timeScale: 0.01 });
    client = await createUdpEndpoint({ timeScale: 0.01 });
    client.onTranscript((e) => seen.push(e));
  });
  afterEach(async () => {
    await client.close();
    await server.close();
  });

  const peer = () => {
    const url = new URL(server.uri);
    return { address: url.hostname, port: Number(url.port) };
  };
  const notify = (type: CoapType, observe: number, t = token) =>
    client.sendMessage(peer(), { type, code: '2.05', token: t, options: [uintOptionOf('Observe', observe)], payload: Buffer.from(String(observe)) });
  const resets = () => seen.filter((e) => e.direction === 'in' && e.message?.type === 'RST').map((e) => e.message!.messageId);

  it('files notifications by token and acknowledges CON ones; unknown tokens get RST', async () => {
    const streams = new ObservationStreams(server);
    const stream = streams.open('/3/0/7', token);
    await notify('CON', 1);
    await notify('NON', 2);
    const stray = await notify('CON', 3, Buffer.from('ff', 'hex'));
    await until(() => resets().length > 0);
    expect(stream.notifications.map((n) => [n.type, n.observe])).toEqual([['CON', 1], ['NON', 2]]);
    expect(resets()).toEqual([stray.messageId]);
    expect(seen.some((e) => e.direction === 'in' && e.message?.type === 'ACK')).toBe(true);
  });

  it('answers the next notification with RST when told to, CON or NON, and marks the stream cancelled', async () => {
    const streams = new ObservationStreams(server);
    const stream = streams.open('/3/0/7', token);
    stream.resetNext = true;
    const first = await notify('NON', 1);
    await until(() => resets().length > 0);
    expect(resets()).toEqual([first.messageId]);
    expect(stream.cancelledAt).toBeDefined();
    const second = await notify('CON', 2);
    await until(() => resets().length > 1);
    expect(resets()).toEqual([first.messageId, second.messageId]);
    expect(await stream.waitForMore(1, 10)).toBe(true);
  });
});
