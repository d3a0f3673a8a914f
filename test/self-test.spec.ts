/**
 * The suite tests itself (DESIGN.md "Quality bar"): it must pass the reference targets and fail a
 * deliberately broken target at exactly the broken criteria — read from the NDJSON, not the console.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliResult } from './helpers/cli';
import { caseFacts, idOf, type CaseFact } from './helpers/ndjson-facts';
import { BROKEN_CRITERIA } from './broken-criteria';

const root = mkdtempSync(join(tmpdir(), 'testfest-selftest-'));
const refDir = join(root, 'reference');
const brokenDir = join(root, 'broken');
let ref: CliResult;
let broken: CliResult;

beforeAll(async () => {
  [ref, broken] = await Promise.all([
    runCli(['run', '--target', 'reference', '--out', refDir, '--no-allure']),
    runCli(['run', '--target', 'broken', '--out', brokenDir, '--no-allure']),
  ]);
}, 600_000);

const failures = (facts: CaseFact[]) => facts.filter((f) => f.status !== 'PASSED' && f.status !== 'SKIPPED');

describe('against the reference targets', () => {
  it('exits 0 and writes every report', () => {
    expect(ref.stderr).not.toMatch(/harness error/);
    expect(ref.code).toBe(0);
    for (const f of ['messages.ndjson', 'metadata.json', 'outcomes.json', 'cucumber.html', 'junit.xml', 'matrix.html']) {
      expect(existsSync(join(refDir, f))).toBe(true);
    }
    expect(existsSync(join(refDir, 'allure-results'))).toBe(true);
  });

  it('passes the LwM2M entry criteria and registration cases and the PSA c001-c005 cases', () => {
    const facts = caseFacts(join(refDir, 'messages.ndjson'));
    expect(failures(facts)).toEqual([]);
    const passed = new Set(facts.filter((f) => f.status === 'PASSED').map(idOf));
    for (const n of [101, 102, 103, 104, 105, 201, 203]) expect(passed).toContain(`@LightweightM2M-1.1-int-${n}`);
    for (const n of [1, 2, 3, 4, 5]) expect(passed).toContain(`@psa-c00${n}`);
  });

  it('reports every skipped case as Not Applicable with its reason (e.g. key types the simulator does not claim)', () => {
    const facts = caseFacts(join(refDir, 'messages.ndjson'));
    const na = facts.filter((f) => f.status === 'SKIPPED');
    expect(na.length).toBeGreaterThan(0);
    for (const f of na) {
      const verdict = f.attachments.find((a) => a.mediaType === 'application/vnd.testfest.verdict+json');
      expect(verdict).toBeDefined();
      expect(JSON.parse(verdict!.body)).toMatchObject({ verdict: 'not-applicable', reason: expect.stringMatching(/\S/) });
    }
    const reasons = na.map((f) => JSON.parse(f.attachments.find((a) => a.mediaType === 'application/vnd.testfest.verdict+json')!.body).reason as string);
    expect(reasons.some((r) => r.includes('does not declare key=DES:64'))).toBe(true);
  });

  it('attaches a decoded transcript to every LwM2M scenario and evidence to every PSA scenario', () => {
    const facts = caseFacts(join(refDir, 'messages.ndjson')).filter((f) => f.status === 'PASSED');
    for (const f of facts) {
      const names = f.attachments.filter((a) => a.mediaType === 'text/plain').map((a) => a.fileName);
      if (idOf(f).startsWith('@psa')) expect(names.length).toBeGreaterThan(0);
      else expect(names).toContain('transcript.txt');
    }
  });
});

describe('against the deliberately broken targets', () => {
  it('exits with the unexpected-failure code', () => {
    expect(broken.code).toBe(1);
  });

  it('fails exactly the broken criteria and nothing else', () => {
    const failed = failures(caseFacts(join(brokenDir, 'messages.ndjson'))).map((f) => ({ id: idOf(f), name: f.name, step: f.failedStep }));
    const key = (x: { id: string; name: string; step?: string }) => `${x.id} | ${x.name} | ${x.step}`;
    expect(failed.map(key).sort()).toEqual(BROKEN_CRITERIA.map(key).sort());
  });

  it('merges both runs into one matrix with both columns', async () => {
    const out = join(root, 'matrix.html');
    const r = await runCli(['report', refDir, brokenDir, '--out', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('reference');
    expect(html).toContain('broken');
    expect(html).toMatch(/FAIL/);
  });
});
