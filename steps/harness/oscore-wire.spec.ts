import { createUdpEndpoint, type UdpCoapEndpoint } from '../../targets/reference/transport/coap-udp/endpoint';
import { object21Values, generatedOscore } from '../../targets/reference/lwm2m/configurations/oscore-account';
import { oscoreContextFromObject21, oscoreEndpoint, type OscoreCoapEndpoint } from '../../targets/reference/transport/oscore';
import { oscoreSecurity } from './harness-security';
import { Lwm2mTestServer } from './lwm2m-test-server';
import { judgeOscoreWire, oscoreProblem } from './oscore-wire';

const TIME_SCALE = 0.01;
const lines: string[] = [];
const evidence = { line: (_: string, text: string) => void lines.push(text), stamp: () => '+0.000s' };

describe('the suite\'s LwM2M Server over OSCORE (ETS int-405)', () => {
  let server: Lwm2mTestServer | undefined;
  let udp: UdpCoapEndpoint | undefined;
  afterEach(async () => {
    await udp?.close();
    await server?.close();
  });

  /** A client with the account's /21 values (client view), as the reference client derives them. */
  async function clientFor(values: ReturnType<typeof generatedOscore>): Promise<OscoreCoapEndpoint> {
    udp = await createUdpEndpoint({ timeScale: TIME_SCALE });
    return oscoreEndpoint(udp, oscoreContextFromObject21(object21Values(values), { role: 'client' }));
  }
  const peerOf = (uri: string) => ({ address: new URL(uri).hostname, port: Number(new URL(uri).port) });
  const register = (client: OscoreCoapEndpoint, uri: string) =>
    client.request(peerOf(uri), { method: 'POST', path: '/rd', query: ['ep=n1', 'lt=60', 'lwm2m=1.1'], contentFormat: 40, payload: Buffer.from('</1/0>,</3/0>') });

  it('registers a client holding the account\'s /21 values; every message on the wire is protected (Echo round included)', async () => {
    const security = oscoreSecurity('coap', 'server');
    server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security });
    server.acceptRegistrations();
    expect(server.account.oscore).toBe(security.oscore!.account);
    const client = await clientFor(security.oscore!.account);
    client.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: Buffer.from('Open Mobile Alliance') }));
    expect((await register(client, server.uri)).code).toBe('2.01');
    expect(server.registration?.endpoint).toBe('n1');
    const read = await server.request('GET', '/3/0/0', { accept: 0 });
    expect(read.payload.toString()).toBe('Open Mobile Alliance');
    const verdict = judgeOscoreWire(server.wire);
    expect(verdict.problems).toEqual([]);
    // Register challenged with Echo (4.01, protected), Register again, 2.01; Read, 2.05.
    expect(verdict.requests).toBeGreaterThanOrEqual(3);
    expect(verdict.responses).toBeGreaterThanOrEqual(3);
    // The link-format payload and the Uri-Path never show on the wire; the evidence shows them inside OSCORE.
    expect(server.wire.some((e) => e.raw.includes(Buffer.from('</3/0>')))).toBe(false);
    expect(lines.some((l) => /⇄ Server inside OSCORE: POST \/rd\?ep=n1&lt=60&lwm2m=1\.1 \(Content-Format 40\) → 2\.01/.test(l))).toBe(true);
    expect(lines.some((l) => /inside OSCORE: GET \/3\/0\/0 → 2\.05 \(Content-Format 0\)/.test(l))).toBe(true);
  });

  it('a client with another Master Secret gets the unprotected 4.00 of RFC 8613 §8.2 and no registration', async () => {
    const security = oscoreSecurity('coap', 'server');
    server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security });
    server.acceptRegistrations();
    const client = await clientFor({ ...security.oscore!.account, masterSecret: Buffer.alloc(16, 7) });
    const answer = await register(client, server.uri);
    expect(['4.00', '4.01']).toContain(answer.code);
    expect(server.registration).toBeUndefined();
    expect(judgeOscoreWire(server.wire).problems.some((p) => /without the OSCORE option/.test(p))).toBe(true);
  });

  it('names what is wrong with a message: no OSCORE option, wrong outer code, a class E option outside, no ciphertext', () => {
    const base = { type: 'CON' as const, messageId: 1, token: Buffer.alloc(0), payload: Buffer.alloc(12) };
    const oscore = { name: 'OSCORE', value: Buffer.from([0x09, 0x01]) };
    expect(oscoreProblem({ ...base, code: '0.02', options: [oscore] })).toBeUndefined();
    expect(oscoreProblem({ ...base, code: '0.02', options: [] })).toMatch(/without the OSCORE option/);
    expect(oscoreProblem({ ...base, code: '0.01', options: [oscore] })).toMatch(/outer code 0.01, expected 0.02/);
    expect(oscoreProblem({ ...base, code: '0.02', options: [oscore, { name: 'Uri-Path', value: Buffer.from('rd') }] })).toMatch(/option 11 outside/);
    expect(oscoreProblem({ ...base, code: '2.04', options: [oscore], payload: Buffer.alloc(3) })).toMatch(/too short/);
    expect(oscoreProblem({ ...base, code: '2.05', options: [oscore, { name: 'Observe', value: Buffer.from([1]) }] })).toBeUndefined();
  });
});
