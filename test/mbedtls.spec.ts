/**
 * Mbed TLS 2.28 as a real PSA Crypto target: the shim builds from source, says in its hello exactly
 * what targets/mbedtls/capabilities.ts declares, answers what it lacks with PSA_ERROR_NOT_SUPPORTED,
 * and the crypto suite run against it ends with no unexpected result: every failure is a known
 * deviation listed with its reason in targets/mbedtls/expectations.yaml.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { psaBridgeBundle } from '../targets/remote/psa-bridge/bundle';
import { probeHelloSync } from '../targets/remote/psa-bridge/probe';
import { buildMbedtlsShim, explainBuildFailure } from '../targets/mbedtls/build';
import { MBEDTLS_API, MBEDTLS_CAPABILITIES } from '../targets/mbedtls/capabilities';
import { runCli, type CliResult } from './helpers/cli';
import { caseFacts, idOf } from './helpers/ndjson-facts';

const root = mkdtempSync(join(tmpdir(), 'testfest-mbedtls-'));
let binary: string;

beforeAll(() => {
  binary = buildMbedtlsShim();
}, 300_000);

describe('the Mbed TLS shim', () => {
  it('says in one line which development package is missing when it cannot be built', () => {
    expect(explainBuildFailure('src/wire.h:11:10: fatal error: psa/crypto.h: No such file or directory\ncompilation terminated.')).toBe(
      'mbedtls: header psa/crypto.h not found; install the development packages (apt-get install -y gcc libmbedtls-dev libcbor-dev)',
    );
    expect(explainBuildFailure('/usr/bin/ld: cannot find -lcbor: No such file or directory')).toMatch(/^mbedtls: library libcbor not found; install/);
  });

  it('greets with protocol version 1, the declared manifest and the functions it offers', () => {
    const hello = probeHelloSync({ transport: 'stdio', command: binary }, 10_000);
    expect(hello.v).toBe(1);
    expect(hello.implementation).toMatch(/^Mbed TLS 2\.28\.\d+/);
    expect(hello.maxSessions).toBe(1);
    expect(hello.capabilities).toEqual(MBEDTLS_CAPABILITIES);
    expect([...(hello.functions?.['psa-crypto'] ?? [])].sort()).toEqual([...MBEDTLS_API].sort());
  });

  it('computes a real digest and answers a function Mbed TLS 2.28 lacks with PSA_ERROR_NOT_SUPPORTED', async () => {
    const def = { kind: 'psa-bridge' as const, transport: 'stdio' as const, command: binary, host: '127.0.0.1', timeoutSeconds: 10, startupSeconds: 10, capabilities: MBEDTLS_CAPABILITIES };
    const target = await psaBridgeBundle('mbedtls', def, root).createRole('psa-crypto', { timeScale: 1, workDir: root });
    try {
      expect(await target.psa_crypto_init()).toBe(0);
      // FIPS 180-2 "abc" with PSA_ALG_SHA_256 (0x02000009).
      const digest = await target.psa_hash_compute(0x02000009, Buffer.from('abc'), 32);
      expect(Buffer.from(digest.data).toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(await target.psa_hash_suspend(await target.psa_hash_operation_init(), 64)).toEqual({ status: -134, data: new Uint8Array(0) });
    } finally {
      await target.close();
    }
  });
});

describe('the PSA Crypto suite against Mbed TLS', () => {
  let result: CliResult;
  const out = join(root, 'run');

  beforeAll(async () => {
    result = await runCli(['run', '--suite', 'psa', '--target', 'mbedtls', '--out', out, '--no-allure'], 900_000);
  }, 900_000);

  it('ends with no unexpected result', () => {
    expect(result.stderr).not.toMatch(/harness error|configuration error/);
    expect(result.code).toBe(0);
  });

  it('passes the cases Mbed TLS supports and makes the rest Not Applicable, each with its reason', () => {
    const facts = caseFacts(join(out, 'messages.ndjson')).filter((f) => idOf(f).startsWith('@psa-c'));
    expect(facts.filter((f) => f.status === 'PASSED').length).toBeGreaterThan(50);
    for (const f of facts.filter((x) => x.status === 'SKIPPED')) {
      const verdict = f.attachments.find((a) => a.mediaType === 'application/vnd.testfest.verdict+json');
      expect(JSON.parse(verdict!.body)).toMatchObject({ verdict: 'not-applicable', reason: expect.stringContaining('does not declare') });
    }
  });

  it('classifies every failure as an expected deviation', () => {
    const outcomes = JSON.parse(readFileSync(join(out, 'outcomes.json'), 'utf8')) as { cases: Array<{ key: string; outcome: string; classification: string }> };
    const failures = outcomes.cases.filter((c) => c.outcome === 'fail' || c.outcome === 'inconclusive');
    expect(failures.filter((c) => c.classification !== 'expected-deviation').map((c) => c.key)).toEqual([]);
    // Each expectation still describes a real deviation: none of them passes.
    expect(outcomes.cases.filter((c) => c.classification === 'unexpected-pass').map((c) => c.key)).toEqual([]);
  });
});
