/**
 * Issue 5 "How it will be checked": the registration cases, the DM entry criteria (int-101, 102, 201,
 * 203) and a representative set of DM and Information Reporting cases pass over every transport the
 * reference targets declare, in both roles (client under test and server under test): the same feature
 * files, selected by `--transport`, with verdicts read from the NDJSON. A case is Not Applicable only
 * where its transport lacks the mechanism the case is about (steps/support/transport.ts family tags):
 * the UDP message layer over TCP and MQTT, Accept over MQTT (TS-Transport 1.2 Table 8.7-1), Observe
 * over HTTP (§7.1.5), the server-under-test cases over HTTP (the harness gap of §7). The
 * mqtt run goes through one aedes broker per cucumber process (steps/support/run-broker.ts). The
 * security cases that pin their own transport (int-401..406, the negatives) run in every run and are
 * checked by the self-test.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliResult } from './helpers/cli';
import { caseFacts, idOf } from './helpers/ndjson-facts';

const CLIENT_IDS = [101, 102, 103, 104, 201, 203, 205, 221, 222, 301, 302, 303, 304];
/** Cancel-by-Reset: RST exists only on the UDP message layer (RFC 8323 §2), so N/A over TCP. */
const UDP_ONLY = ['@LightweightM2M-1.1-int-302'];
const SERVER_IDS = [101, 102, 103, 201, 203, 205, 222, 301, 303];
const TRANSPORTS = ['coaps', 'coap+tcp', 'coaps+tcp', 'mqtt', 'http'] as const;
/** MQTT: no UDP message layer, and no Accept key, so the cases about a requested Content-Format. */
const MQTT_NA = [...UDP_ONLY, '@LightweightM2M-1.1-int-203', '@LightweightM2M-1.1-int-205', '@server:LightweightM2M-1.1-int-201', '@server:LightweightM2M-1.1-int-203'];
/**
 * HTTP: no Observe (TS-Transport 1.2 §7.1.5) and no composites; the server-under-test cases need the
 * Server to reach the scripted Client's own HTTP server, which §7 gives it no way to learn.
 */
const HTTP_NA = [...[301, 302, 303, 304].map((n) => `@LightweightM2M-1.1-int-${n}`), ...SERVER_IDS.map((n) => `@server:LightweightM2M-1.1-int-${n}`)];
const EXPECTED_NA: Record<(typeof TRANSPORTS)[number], string[]> = { coaps: [], 'coap+tcp': UDP_ONLY, 'coaps+tcp': UDP_ONLY, mqtt: MQTT_NA, http: HTTP_NA };

const tags = [...CLIENT_IDS.map((n) => `@LightweightM2M-1.1-int-${n}`), ...SERVER_IDS.map((n) => `@server:LightweightM2M-1.1-int-${n}`)].join(' or ');
const root = mkdtempSync(join(tmpdir(), 'testfest-transports-'));
const runs = new Map<string, CliResult>();

beforeAll(async () => {
  // One transport after the other: each run already uses both cores' worth of sockets and handshakes.
  for (const transport of TRANSPORTS) {
    const out = join(root, transport.replace('+', '-'));
    runs.set(transport, await runCli(['run', '--suite', 'lwm2m', '--transport', transport, '--tags', tags, '--out', out, '--no-allure']));
  }
}, 900_000);

describe.each(TRANSPORTS)('the reference client and server over %s', (transport) => {
  const out = () => join(root, transport.replace('+', '-'));

  const expectedNa = [...EXPECTED_NA[transport]].sort();

  it('exit 0 with every selected case passed; Not Applicable only where the transport lacks the mechanism', () => {
    const run = runs.get(transport)!;
    expect(run.stderr).not.toMatch(/harness error/);
    const facts = caseFacts(join(out(), 'messages.ndjson'));
    expect(facts.filter((f) => f.status !== 'PASSED' && f.status !== 'SKIPPED').map((f) => `${idOf(f)} ${f.status}`)).toEqual([]);
    expect(facts.filter((f) => f.status === 'SKIPPED').map(idOf).sort()).toEqual(expectedNa);
    expect(run.code).toBe(0);
  });

  it('covers registration, the DM entry criteria and Information Reporting in both roles', () => {
    const passed = new Set(caseFacts(join(out(), 'messages.ndjson')).filter((f) => f.status === 'PASSED').map(idOf));
    for (const id of CLIENT_IDS.map((n) => `@LightweightM2M-1.1-int-${n}`)) if (!expectedNa.includes(id)) expect(passed).toContain(id);
    for (const id of SERVER_IDS.map((n) => `@server:LightweightM2M-1.1-int-${n}`)) if (!expectedNa.includes(id)) expect(passed).toContain(id);
  });
});
