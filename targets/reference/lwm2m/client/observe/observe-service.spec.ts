/** ObserveService over real loopback CoAP: notifications, RST cancel (RFC 7641 §3.6), Observe=1 cancel. */
import { codecFor } from '../../codecs/registry';
import { C1 } from '../../configurations';
import { defaultModel } from '../../model/object-model';
import { createUdpEndpoint, type UdpCoapEndpoint } from '../../../transport/coap-udp/endpoint';
import type { CoapResponse, IncomingRequest } from '../../../transport/coap-udp/types';
import { AttributeStore } from '../attributes/attribute-store';
import type { DmContext } from '../dm-context';
import { handleDmRequest } from '../dm-handler';
import { ObjectTree } from '../object-tree';
import { ObserveService } from './observe-service';

const TIME_SCALE = 0.01; // 1 spec second = 10 ms
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ObserveService', () => {
  let client: UdpCoapEndpoint;
  let server: UdpCoapEndpoint;
  let service: ObserveService;
  let dm: DmContext;
  const notifications: CoapResponse[] = [];
  let resetNext = false;

  beforeEach(async () => {
    notifications.length = 0;
    resetNext = false;
    client = await createUdpEndpoint({ timeScale: TIME_SCALE });
    server = await createUdpEndpoint({ timeScale: TIME_SCALE });
    const model = defaultModel();
    dm = { tree: ObjectTree.fromConfiguration(C1, model), model, codecFor, executables: new Map() };
    const attributes = new AttributeStore();
    service = new ObserveService({ dm, attributes, defaults: () => ({}), coap: client, server: server.local, timeScale: TIME_SCALE, log: () => undefined });
    dm.tree.onChange((p) => service.changed(p));
    client.onRequest((req: IncomingRequest) => handleDmRequest(dm, req, { attributes, observe: service }));
    server.onUnmatchedResponse((res, peer) => {
      notifications.push(res);
      if (!resetNext) return true;
      void server.sendMessage(peer, { type: 'RST', code: '0.00', messageId: res.message.messageId, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) });
      return false;
    });
  });
  afterEach(async () => {
    service.close();
    await client.close();
    await server.close();
  });

  const token = Buffer.from('a1b2c3d4', 'hex');
  const write = (v: number) => dm.tree.setResource(1, 0, 1, v);

  it('answers the Observe with an Observe option and notifies each change with a larger sequence number', async () => {
    const first = await server.request(client.local, { method: 'GET', path: '/1/0/1', observe: 0, token });
    expect(first.code).toBe('2.05');
    expect(first.observe).toBe(0);
    write(61);
    await sleep(50);
    write(62);
    await sleep(50);
    expect(notifications.map((n) => n.payload.toString())).toEqual(['61', '62']);
    expect(notifications.every((n) => n.message.token.equals(token) && n.message.type === 'NON')).toBe(true);
    expect(notifications[1]!.observe).toBeGreaterThan(notifications[0]!.observe!);
  });

  it('stops after the Server answers a notification with RST', async () => {
    await server.request(client.local, { method: 'GET', path: '/1/0/1', observe: 0, token });
    resetNext = true;
    write(61);
    await sleep(50);
    write(62);
    await sleep(50);
    expect(notifications.map((n) => n.payload.toString())).toEqual(['61']);
  });

  it('stops after a GET with Observe=1 and the same token, answered as a Read', async () => {
    await server.request(client.local, { method: 'GET', path: '/1/0/1', observe: 0, token });
    const cancel = await server.request(client.local, { method: 'GET', path: '/1/0/1', observe: 1, token });
    expect(cancel.code).toBe('2.05');
    expect(cancel.observe).toBeUndefined();
    write(61);
    await sleep(50);
    expect(notifications).toEqual([]);
  });

  it('refuses Observe parameters that break lt + 2·st < gt (ATT-06) and observes nothing then', async () => {
    const res = await server.request(client.local, { method: 'GET', path: '/1/0/1', observe: 0, token, query: ['lt=5', 'gt=6', 'st=1'] });
    expect(res.code).toBe('4.00');
    write(61);
    await sleep(50);
    expect(notifications).toEqual([]);
  });

  it('voids every observation on clear (a new Register, TS-Core §6.4.1)', async () => {
    await server.request(client.local, { method: 'GET', path: '/1/0/1', observe: 0, token });
    service.clear();
    write(61);
    await sleep(50);
    expect(notifications).toEqual([]);
  });
});
