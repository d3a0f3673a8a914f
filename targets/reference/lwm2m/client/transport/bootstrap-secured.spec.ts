/**
 * Client Initiated Bootstrap over DTLS (ETS int-1/int-2 with PSK; TS-Core §6.1.3.3): the client
 * bootstraps from a coaps Bootstrap-Server with the PSK of its Bootstrap-Server Account, and then
 * registers over DTLS with the credentials the Bootstrap-Server wrote into /0/0 — a different
 * identity and key — and answers a Read on that association.
 */
import { tlvCodec } from '../../codecs/tlv';
import type { Lwm2mRecord } from '../../codecs/types';
import { C13, SecurityMode } from '../../configurations';
import { defaultModel } from '../../model/object-model';
import type { CoapEndpoint } from '../../../transport/coap-udp/types';
import { createDtlsServerEndpoint } from '../../../transport/dtls';
import { ReferenceLwm2mClient } from '../reference-client';
import { minimalServer } from './spec-support';

const TIME_SCALE = 0.05;
const BS_KEY = Buffer.from('bootstrap-key-01');
const DM_KEY = Buffer.from('server-key-00001');
const TLV = 11542;

const records = (objectId: number, values: Record<number, Lwm2mRecord['value']>): Lwm2mRecord[] =>
  Object.entries(values).map(([r, value]) => ({ path: { objectId, instanceId: 0, resourceId: Number(r) }, value }));

describe('bootstrap over coaps, then registration over coaps with the written credentials', () => {
  const client = new ReferenceLwm2mClient();
  const closing: CoapEndpoint[] = [];
  afterEach(async () => {
    await client.stop();
    await Promise.all(closing.splice(0).map((e) => e.close()));
  });

  it('bootstraps with the Bootstrap-Server PSK, registers with the LwM2M Server PSK, answers a Read', async () => {
    const model = defaultModel();
    const bs = await createDtlsServerEndpoint({ psk: (id) => (id === 'bs-ep' ? BS_KEY : undefined), timeScale: TIME_SCALE });
    const dm = await createDtlsServerEndpoint({ psk: (id) => (id === 'dm-identity' ? DM_KEY : undefined), timeScale: TIME_SCALE });
    closing.push(bs, dm);
    const server = minimalServer(dm);
    const bootstrapped: string[] = [];
    bs.onRequest((req) => {
      if (req.method !== 'POST' || req.path !== '/bs') return { code: '4.04' };
      const write = (path: string, objectId: number, values: Record<number, Lwm2mRecord['value']>) =>
        bs.request(req.peer, { method: 'PUT', path, contentFormat: TLV, payload: tlvCodec.encode(records(objectId, values), { objectId, instanceId: 0 }, model) });
      setTimeout(async () => {
        const dmUri = `coaps://127.0.0.1:${dm.local.port}`;
        const security = { 0: dmUri, 1: false, 2: SecurityMode.PreSharedKey, 3: Buffer.from('dm-identity'), 5: DM_KEY, 10: 1 };
        bootstrapped.push((await write('/0/0', 0, security)).code);
        bootstrapped.push((await write('/1/0', 1, { 0: 1, 1: 86400, 6: false, 7: 'U' })).code);
        bootstrapped.push((await bs.request(req.peer, { method: 'POST', path: '/bs' })).code);
      }, 10);
      return { code: '2.04' };
    });
    const bsUri = `coaps://127.0.0.1:${bs.local.port}`;
    const configuration = {
      ...C13,
      instances: C13.instances.map((i) =>
        i.objectId === 0 ? { ...i, resources: { ...i.resources, 0: bsUri, 2: SecurityMode.PreSharedKey, 3: { opaque: Buffer.from('bs-ep').toString('base64') }, 5: { opaque: BS_KEY.toString('base64') } } } : i,
      ),
    };
    await client.start({ endpoint: 'bs-ep', serverUri: bsUri, configuration, timeScale: TIME_SCALE });
    const registration = await server.registered(5000);
    expect(bootstrapped).toEqual(['2.04', '2.04', '2.04']);
    expect(registration.request.peerIdentity).toEqual({ mode: 'psk', identity: 'dm-identity' });
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
  });
});
