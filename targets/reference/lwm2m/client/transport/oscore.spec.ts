/**
 * OSCORE on a client account (RFC 8613; TS-Core 1.2 App. E.1 /0/x/17 → /21/y; TS-Transport 1.2
 * §5.5; ETS int-405 criteria: every message between client and server carries the OSCORE option).
 * The server is made in the test from a UDP endpoint and the OSCORE decorator with the /21 values
 * in the server's view, so nothing here depends on the reference server. Also: Client Initiated
 * Bootstrap over OSCORE (ETS int-11: the Bootstrap-Server Account's /0/x/17 → /21/0; the
 * Bootstrap-Server writes /21, /0 and /1 for the LwM2M Server Account, which then registers over
 * OSCORE with the written context).
 */
import { tlvCodec } from '../../codecs/tlv';
import type { Lwm2mRecord } from '../../codecs/types';
import { C13, SecurityMode } from '../../configurations';
import { defaultModel } from '../../model/object-model';
import { createTcpServerEndpoint } from '../../../transport/coap-tcp';
import { createUdpEndpoint } from '../../../transport/coap-udp/endpoint';
import type { TranscriptEntry } from '../../../transport/coap-udp/types';
import { decodeOscoreOption, oscoreContextFromObject21, oscoreEndpoint, type OscoreIncomingRequest } from '../../../transport/oscore';
import { eventually, minimalServer, securedC1, type ProvisionedOscore, useReferenceClient, withOscoreAccount } from './spec-support';

const TIME_SCALE = 0.05;
const OSCORE_OPTION = '9'; // RFC 8613 §2
const TLV = 11542;
const hex = (s: string) => Buffer.from(s, 'hex');
const DM: ProvisionedOscore = { masterSecret: hex('0102030405060708090a0b0c0d0e0f10'), senderId: hex('c1'), recipientId: hex('5e'), masterSalt: hex('9e7ca92223786340') };
const BS: ProvisionedOscore = { masterSecret: hex('1112131415161718191a1b1c1d1e1f20'), senderId: hex('b1'), recipientId: hex('b5') };

/** The server's side of an OSCORE account: UDP + the /21 values in the server's view (IDs swapped). */
async function oscoreServer(oscore: ProvisionedOscore) {
  const udp = await createUdpEndpoint({ timeScale: TIME_SCALE });
  const wire: TranscriptEntry[] = [];
  udp.onTranscript((e) => wire.push(e));
  const values = { 0: oscore.masterSecret, 1: oscore.senderId, 2: oscore.recipientId, 5: oscore.masterSalt };
  const endpoint = oscoreEndpoint(udp, oscoreContextFromObject21(values, { role: 'server' }));
  return { udp, endpoint, wire };
}

/** int-405: every message with a code (requests and responses; empty ACKs carry none) has OSCORE. */
const unprotected = (wire: TranscriptEntry[]) => wire.filter((e) => e.message && e.message.code !== '0.00' && !e.message.options.some((o) => o.name === OSCORE_OPTION || o.name === 'OSCORE'));

describe('reference client over OSCORE', () => {
  const session = useReferenceClient();

  it('registers and answers a Read with every message OSCORE-protected; an unprotected request gets 4.01', async () => {
    const { udp, endpoint, wire } = await oscoreServer(DM);
    session.closing.push(endpoint);
    const server = minimalServer(endpoint);
    const uri = `coap://127.0.0.1:${udp.local.port}`;
    await session.client.start({ endpoint: 'oscore-ep', serverUri: uri, configuration: withOscoreAccount(securedC1(uri, { mode: 'nosec' }), 0, 0, DM), timeScale: TIME_SCALE });
    const registration = await server.registered(5000);
    expect(registration.query).toEqual(expect.arrayContaining(['ep=oscore-ep', 'b=U']));
    expect((registration.request as OscoreIncomingRequest).oscore?.kid.toString('hex')).toBe('c1');
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
    expect(wire.length).toBeGreaterThanOrEqual(4);
    expect(unprotected(wire)).toEqual([]);
    // The client's account endpoint refuses what is not protected (RFC 8613 §8.2), even from its server.
    expect((await udp.request(registration.peer, { method: 'GET', path: '/3/0/0' }, { timeoutMs: 3000 })).code).toBe('4.01');
  });

  it('puts OSCORE on coap+tcp as well (b=T; every request and response protected)', async () => {
    const tcp = await createTcpServerEndpoint();
    const wire: TranscriptEntry[] = [];
    tcp.onTranscript((e) => wire.push(e));
    const endpoint = oscoreEndpoint(tcp, oscoreContextFromObject21({ 0: DM.masterSecret, 1: DM.senderId, 2: DM.recipientId, 5: DM.masterSalt }, { role: 'server' }));
    session.closing.push(endpoint);
    const server = minimalServer(endpoint);
    const uri = `coap+tcp://127.0.0.1:${tcp.local.port}`;
    await session.client.start({ endpoint: 'oscore-ep', serverUri: uri, configuration: withOscoreAccount(securedC1(uri, { mode: 'nosec' }), 0, 0, DM), timeScale: TIME_SCALE });
    const registration = await server.registered(5000);
    expect(registration.query).toContain('b=T');
    expect(wire.some((e) => e.direction === 'in' && e.message?.code === '0.02')).toBe(true); // OSCORE's outer code (§4.2)
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
    // Signaling messages (7.xx CSM, RFC 8323 §5) are not OSCORE-protected (RFC 8613 §2 protects requests and responses).
    expect(unprotected(wire.filter((e) => !e.message?.code.startsWith('7.')))).toEqual([]);
  });

  it('keeps its Sender Sequence Number across a reboot (RFC 8613 §7.2.1, App. B.1.1): no Partial IV is used twice', async () => {
    const { udp, endpoint, wire } = await oscoreServer(DM);
    session.closing.push(endpoint);
    const server = minimalServer(endpoint);
    const uri = `coap://127.0.0.1:${udp.local.port}`;
    await session.client.start({ endpoint: 'oscore-ep', serverUri: uri, configuration: withOscoreAccount(securedC1(uri, { mode: 'nosec' }), 0, 0, DM), timeScale: TIME_SCALE });
    await server.registered(5000);
    await session.client.trigger('reboot');
    expect(await eventually(() => server.registrations.length >= 2, 5000)).toBe(true);
    // The client's requests as received: their Partial IVs (its Sender Sequence Numbers) never repeat.
    const ivs = wire
      .filter((e) => e.direction === 'in' && e.message?.code === '0.02')
      .map((e) => decodeOscoreOption(e.message!.options.find((o) => o.name === OSCORE_OPTION || o.name === 'OSCORE')!.value).partialIv!.toString('hex'));
    expect(ivs.length).toBeGreaterThanOrEqual(3); // Register (+ its Echo repeat), then the Register after the reboot
    expect(new Set(ivs).size).toBe(ivs.length);
  });

  it('does not register with a server holding another Master Secret (its unprotected 4.00, RFC 8613 §8.2, fails the Register)', async () => {
    const { udp, endpoint } = await oscoreServer({ ...DM, masterSecret: hex('ffffffffffffffffffffffffffffffff') });
    session.closing.push(endpoint);
    const server = minimalServer(endpoint);
    const uri = `coap://127.0.0.1:${udp.local.port}`;
    const configuration = withOscoreAccount(securedC1(uri, { mode: 'nosec' }, { 16: false, 17: 1, 18: 1 }), 0, 0, DM);
    await session.client.start({ endpoint: 'oscore-ep', serverUri: uri, configuration, timeScale: TIME_SCALE });
    expect(await eventually(() => /Register answered 4\.00; registration failed/.test(session.client.diagnostics()), 5000)).toBe(true);
    expect(server.registrations).toHaveLength(0);
  });

  it('an account linking a missing /21 instance is not used, and the log says why', async () => {
    const uri = 'coap://127.0.0.1:5683';
    const configuration = securedC1(uri, { mode: 'nosec' });
    configuration.instances[0].resources[17] = { objlnk: '21:7' };
    await session.client.start({ endpoint: 'oscore-ep', serverUri: uri, configuration, timeScale: TIME_SCALE });
    expect(await eventually(() => /\/0\/0\/17 links \/21\/7, which does not exist/.test(session.client.diagnostics()), 2000)).toBe(true);
  });

  it('bootstraps over OSCORE (ETS int-11), then registers over OSCORE with the /21 instance the Bootstrap-Server wrote', async () => {
    const model = defaultModel();
    const bs = await oscoreServer(BS);
    const dm = await oscoreServer(DM);
    session.closing.push(bs.endpoint, dm.endpoint);
    const server = minimalServer(dm.endpoint);
    const bootstrapped: string[] = [];
    const records = (objectId: number, instanceId: number, values: Record<number, Lwm2mRecord['value']>): Lwm2mRecord[] =>
      Object.entries(values).map(([r, value]) => ({ path: { objectId, instanceId, resourceId: Number(r) }, value }));
    bs.endpoint.onRequest((req) => {
      if (req.method !== 'POST' || req.path !== '/bs') return { code: '4.04' };
      const write = (objectId: number, instanceId: number, values: Record<number, Lwm2mRecord['value']>) =>
        bs.endpoint.request(req.peer, { method: 'PUT', path: `/${objectId}/${instanceId}`, contentFormat: TLV, payload: tlvCodec.encode(records(objectId, instanceId, values), { objectId, instanceId }, model) });
      setTimeout(async () => {
        bootstrapped.push((await bs.endpoint.request(req.peer, { method: 'DELETE', path: '/' })).code); // keeps /0/1 and its /21/0
        bootstrapped.push((await write(21, 1, { 0: DM.masterSecret, 1: DM.senderId, 2: DM.recipientId, 5: DM.masterSalt! })).code);
        const security = { 0: `coap://127.0.0.1:${dm.udp.local.port}`, 1: false, 2: SecurityMode.NoSec, 10: 1, 17: { objectId: 21, instanceId: 1 } };
        bootstrapped.push((await write(0, 0, security)).code);
        bootstrapped.push((await write(1, 0, { 0: 1, 1: 86400, 6: false, 7: 'U' })).code);
        bootstrapped.push((await bs.endpoint.request(req.peer, { method: 'POST', path: '/bs' })).code);
      }, 10);
      return { code: '2.04' };
    });
    const bsUri = `coap://127.0.0.1:${bs.udp.local.port}`;
    const c13 = { ...C13, instances: C13.instances.map((i) => (i.objectId === 0 ? { ...i, resources: { ...i.resources, 0: bsUri } } : i)) };
    await session.client.start({ endpoint: 'oscore-bs-ep', serverUri: bsUri, configuration: withOscoreAccount(c13, 1, 0, BS), timeScale: TIME_SCALE });
    const registration = await server.registered(5000);
    expect(bootstrapped).toEqual(['2.02', '2.04', '2.04', '2.04', '2.04']);
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
    expect(unprotected(bs.wire)).toEqual([]);
    expect(unprotected(dm.wire)).toEqual([]);
    expect(bs.wire.some((e) => e.direction === 'in' && e.message?.code === '0.02')).toBe(true);
  });
});

