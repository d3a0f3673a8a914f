/**
 * The PSA bridge end to end, through the `testfest` command: the reference simulators in a child
 * process behind the bridge protocol (over stdio, and over TCP from a config file) must give every
 * PSA case the same outcome, at the same step, as the in-process reference; a hung implementation
 * must fail its scenarios with a clear message, never hang the run. Outcomes are read from the NDJSON.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliResult } from './helpers/cli';
import { caseFacts, idOf, type CaseFact } from './helpers/ndjson-facts';

const root = mkdtempSync(join(tmpdir(), 'testfest-psa-bridge-'));
const TSX = require.resolve('tsx/cjs');
const BRIDGE = join(__dirname, '..', 'targets', 'remote', 'psa-bridge');
/** A subset for the TCP and hung-implementation runs: the key management cases. */
const KEY_MANAGEMENT = '@psa-c001 or @psa-c002 or @psa-c003 or @psa-c004 or @psa-c005';

/** Per case (test id + scenario name, which carries the outline row): outcome and failing step. */
function outcomes(facts: CaseFact[]): string[] {
  return facts.map((f) => `${idOf(f)} | ${f.name} → ${f.status}${f.failedStep ? ` at "${f.failedStep}"` : ''}`).sort();
}

function run(out: string, ...args: string[]): Promise<CliResult> {
  return runCli(['run', '--suite', 'psa', '--out', out, '--no-allure', ...args], 600_000);
}

async function tcpServer(): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-r', TSX, join(BRIDGE, 'server', 'main.ts'), '--tcp', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening on tcp:\/\/127\.0\.0\.1:(\d+)/.exec(d.toString());
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`psa-bridge TCP server exited with ${code}`)));
  });
  return { port, child };
}

describe('the PSA suite through the bridge', () => {
  const dirs = { reference: join(root, 'reference'), stdio: join(root, 'stdio'), tcp: join(root, 'tcp'), tcpReference: join(root, 'tcp-ref') };
  let results: Record<keyof typeof dirs, CliResult>;
  let server: { port: number; child: ChildProcess };

  beforeAll(async () => {
    server = await tcpServer();
    const config = join(root, 'tcp.yaml');
    writeFileSync(config, `targets:\n  bridge-tcp:\n    kind: psa-bridge\n    transport: tcp\n    host: 127.0.0.1\n    port: ${server.port}\n`);
    const [reference, stdio, tcp, tcpReference] = await Promise.all([
      run(dirs.reference, '--target', 'reference'),
      run(dirs.stdio, '--target', 'psa-bridge-stdio'),
      run(dirs.tcp, '--config', config, '--target', 'bridge-tcp', '--tags', KEY_MANAGEMENT),
      run(dirs.tcpReference, '--target', 'reference', '--tags', KEY_MANAGEMENT),
    ]);
    results = { reference, stdio, tcp, tcpReference };
  }, 900_000);

  afterAll(() => server?.child.kill());

  it('gives every case the same outcome over stdio as in process', () => {
    expect(results.stdio.stderr).not.toMatch(/harness error/);
    const reference = outcomes(caseFacts(join(dirs.reference, 'messages.ndjson')));
    const bridged = outcomes(caseFacts(join(dirs.stdio, 'messages.ndjson')));
    expect(reference.length).toBeGreaterThan(50);
    expect(bridged).toEqual(reference);
    expect(results.stdio.code).toBe(results.reference.code);
  });

  it('runs a config-defined TCP bridge with the manifest from its hello, with the same outcomes', () => {
    expect(results.tcp.stderr).not.toMatch(/harness error|configuration error/);
    const reference = outcomes(caseFacts(join(dirs.tcpReference, 'messages.ndjson')));
    expect(outcomes(caseFacts(join(dirs.tcp, 'messages.ndjson')))).toEqual(reference);
    expect(reference.filter((o) => o.endsWith('PASSED')).length).toBeGreaterThan(20);
  });

  it('attaches the PSA call log of the bridged calls as evidence', () => {
    const passed = caseFacts(join(dirs.stdio, 'messages.ndjson')).filter((f) => f.status === 'PASSED' && idOf(f).startsWith('@psa-c'));
    expect(passed.length).toBeGreaterThan(0);
    for (const f of passed) expect(f.attachments.map((a) => a.fileName)).toContain('psa-calls.txt');
  });
});

describe('a hung implementation', () => {
  it('fails its scenarios with the function that got no answer, and the run ends', async () => {
    const config = join(root, 'hung.yaml');
    const command = `${process.execPath} -r ${TSX} ${join(BRIDGE, 'fixtures', 'fake-implementation.ts')} hang`;
    writeFileSync(config, `targets:\n  hung:\n    kind: psa-bridge\n    transport: stdio\n    command: ${command}\n    timeoutSeconds: 0.5\n    capabilities:\n      role: [psa-crypto]\n`);
    const out = join(root, 'hung');
    const started = Date.now();
    const r = await run(out, '--config', config, '--target', 'hung', '--tags', '@psa-c001');
    expect(r.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(120_000);
    const failed = caseFacts(join(out, 'messages.ndjson')).filter((f) => f.status === 'FAILED');
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(f.message).toMatch(/psa-bridge \(stdio: .*\): psa_\w+ got no answer within 0\.5 s/);
  }, 180_000);
});
