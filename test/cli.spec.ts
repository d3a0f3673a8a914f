/** The `testfest` command as a user meets it: exit codes, one-line errors, tag selection, listing. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli';
import { caseFacts, idOf } from './helpers/ndjson-facts';

const root = mkdtempSync(join(tmpdir(), 'testfest-cli-'));

describe('testfest CLI', () => {
  it('answers a config file with a wrong field with one clear line and exit code 2', async () => {
    const cfg = join(root, 'bad.yaml');
    writeFileSync(cfg, 'targets:\n  acme:\n    kind: launched-process\n    role: lwm2m-client\n    comand: ./acme {serverUri}\n');
    const r = await runCli(['run', '--config', cfg, '--target', 'acme', '--out', join(root, 'never')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`testfest: configuration error: ${cfg}: targets.acme: unknown field "comand" (did you mean "command"?)`);
  });

  it('names an unknown target and lists the known ones', async () => {
    const r = await runCli(['run', '--target', 'nope', '--out', join(root, 'never2')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown target "nope"; known targets: reference, broken, reference-process/);
  });

  it('rejects a bad flag value as a configuration error', async () => {
    const r = await runCli(['run', '--suite', 'zigbee']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--suite/);
  });

  it('rejects an unknown --transport with one line naming the flag and the values (exit 2)', async () => {
    const r = await runCli(['run', '--transport', 'coap+sms', '--out', join(root, 'never3')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/--transport/);
    expect(lines[0]).toMatch(/coap, coaps, coap\+tcp, coaps\+tcp, mqtt, http/);
  });

  it('lists the transports in `run --help`', async () => {
    const r = await runCli(['run', '--help']);
    expect(r.code).toBe(0);
    const help = r.stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--transport <name> LwM2M transport: coap \| coaps \| coap\+tcp \| coaps\+tcp \| mqtt \| http \(default coap;/);
  });

  it('--transport reaches the run: a transport the target does not declare makes LwM2M scenarios Not Applicable, with the reason', async () => {
    // A reference client that declares CoAP/UDP only, as a vendor's config file would.
    const cfg = join(root, 'coap-only.yaml');
    writeFileSync(cfg, 'targets:\n  coap-only:\n    kind: reference\n    capabilities:\n      role: [lwm2m-client]\n      lwm2m: ["1.1"]\n      transport: [coap]\n      security: [nosec]\n');
    const out = join(root, 'over-mqtt');
    const r = await runCli(['run', '--suite', 'lwm2m', '--config', cfg, '--target', 'coap-only', '--transport', 'mqtt', '--tags', '@LightweightM2M-1.1-int-101', '--out', out, '--no-allure']);
    expect(r.code).toBe(0);
    const [fact] = caseFacts(join(out, 'messages.ndjson'));
    expect(fact.status).toBe('SKIPPED');
    expect(fact.attachments.map((a) => a.body).join('\n')).toMatch(/target \\"coap-only\\" does not declare transport=mqtt/);
    const metadata = JSON.parse(readFileSync(join(out, 'metadata.json'), 'utf8'));
    expect(metadata.transport).toBe('mqtt');
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(/testfest lwm2m coap-only mqtt/);
  });

  it('--tags runs exactly the selected scenario', async () => {
    const out = join(root, 'one');
    const r = await runCli(['run', '--tags', '@LightweightM2M-1.1-int-101', '--out', out, '--no-allure']);
    expect(r.code).toBe(0);
    const facts = caseFacts(join(out, 'messages.ndjson'));
    expect(facts.map(idOf)).toEqual(['@LightweightM2M-1.1-int-101']);
    expect(facts[0].status).toBe('PASSED');
  });

  it('lists targets with their capability manifests', async () => {
    const r = await runCli(['targets', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<{ name: string; capabilities: Record<string, string[]> }>;
    const reference = list.find((t) => t.name === 'reference')!;
    expect(reference.capabilities.role).toEqual(expect.arrayContaining(['lwm2m-client', 'psa-crypto']));
  });

  it('runs when started through a link named `testfest`, as npx and node_modules/.bin start it', async () => {
    const { execFileSync } = await import('node:child_process');
    const { symlinkSync } = await import('node:fs');
    const link = join(root, 'testfest');
    symlinkSync(join(__dirname, '..', 'bin', 'testfest.js'), link);
    const out = execFileSync(process.execPath, [link, '--version'], { encoding: 'utf8', timeout: 60_000 });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints help with the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:/);
    expect(r.stdout).toMatch(/run \[options\]/);
  });
});

describe('the launched-process target (the vendor path)', () => {
  it('passes the registration scenarios with the reference client as a separate OS process', async () => {
    const out = join(root, 'process');
    const r = await runCli(['run', '--suite', 'lwm2m', '--target', 'reference-process', '--tags', '@LightweightM2M-1.1-int-101 or @LightweightM2M-1.1-int-102 or @LightweightM2M-1.1-int-103', '--out', out, '--no-allure']);
    expect(r.stderr).not.toMatch(/harness error/);
    expect(r.code).toBe(0);
    const facts = caseFacts(join(out, 'messages.ndjson'));
    expect(facts.map((f) => [idOf(f), f.status]).sort()).toEqual([
      ['@LightweightM2M-1.1-int-101', 'PASSED'],
      ['@LightweightM2M-1.1-int-102', 'PASSED'],
      ['@LightweightM2M-1.1-int-103', 'PASSED'],
    ]);
  });

  it('a launched client that dies at start-up gets a clear error, not a hang', async () => {
    const cfg = join(root, 'dead.yaml');
    writeFileSync(cfg, `targets:\n  dead:\n    kind: launched-process\n    role: lwm2m-client\n    command: ${process.execPath} -e process.exit(3) {serverUri}\n`);
    const out = join(root, 'dead');
    const r = await runCli(['run', '--config', cfg, '--target', 'dead', '--suite', 'lwm2m', '--tags', '@LightweightM2M-1.1-int-101', '--out', out, '--no-allure']);
    expect(r.code).toBe(1);
    const [fact] = caseFacts(join(out, 'messages.ndjson'));
    expect(fact.message).toMatch(/exited during start-up \(code 3\)/);
  });
});

describe('a running LwM2M server as the target (the server vendor path)', () => {
  it('passes server-under-test scenarios against `testfest serve server` reached through its CoAP URI and control API', async () => {
    const { spawn } = await import('node:child_process');
    const server = spawn(process.execPath, [join(__dirname, '..', 'bin', 'testfest.js'), 'serve', 'server', '--port', '0', '--control-port', '0', '--time-scale', '0.05'], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let log = '';
      const urls = await new Promise<{ coap: string; control: string }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`serve server did not start: ${log}`)), 20_000);
        server.stderr!.on('data', (d) => {
          log += d;
          const coap = /on (coap:\/\/\S+)/.exec(log)?.[1];
          const control = /control API on (http:\/\/\S+)\/v1/.exec(log)?.[1];
          if (coap && control) {
            clearTimeout(timer);
            resolve({ coap, control });
          }
        });
      });
      const cfg = join(root, 'vendor-server.yaml');
      writeFileSync(cfg, `targets:\n  acme-server:\n    kind: lwm2m-server\n    coapUri: ${urls.coap}\n    controlUrl: ${urls.control}\n`);
      const out = join(root, 'vendor-server');
      const r = await runCli(['run', '--suite', 'lwm2m', '--config', cfg, '--target', 'acme-server', '--tags', '@server:LightweightM2M-1.1-int-101 or @server:LightweightM2M-1.1-int-201', '--out', out, '--no-allure']);
      expect(r.stderr).not.toMatch(/harness error/);
      const facts = caseFacts(join(out, 'messages.ndjson'));
      expect(facts.map((f) => [idOf(f), f.status]).sort()).toEqual([
        ['@server:LightweightM2M-1.1-int-101', 'PASSED'],
        ['@server:LightweightM2M-1.1-int-201', 'PASSED'],
      ]);
      expect(r.code).toBe(0);
    } finally {
      server.kill('SIGINT');
    }
  });
});
