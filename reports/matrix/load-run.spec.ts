import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadRun } from './load-run';
import { BROKEN_RUN, REFERENCE_RUN } from '../fixtures';

const scratch = () => mkdtempSync(join(tmpdir(), 'tf-run-'));

describe('loadRun', () => {
  it('reads metadata, messages and the expectations file the metadata names', () => {
    const run = loadRun(BROKEN_RUN);
    expect(run.dir).toBe(BROKEN_RUN);
    expect(run.metadata).toMatchObject({ target: 'broken', expectationsFile: 'expectations.yaml', versions: { cucumber: '12.9.0' } });
    expect(run.result.deviations.expected).toEqual(['LightweightM2M-1.1-int-0', 'LightweightM2M-1.1-int-101', 'psa-c001 · psa_crypto_init twice']);
    expect(run.result.harnessErrors).toEqual(['psa-c002: undefined step: When a key is imported with a step nobody wrote yet']);
    expect(run).not.toHaveProperty('label'); // `testfest report` puts its own label in front of the spread
  });

  it('lets the caller override the expectations', () => {
    expect(loadRun(BROKEN_RUN, { expectations: [] }).result.deviations.expected).toEqual([]);
  });

  it('refuses a folder without messages.ndjson with a clear error', () => {
    const dir = scratch();
    expect(() => loadRun(dir)).toThrow(`${dir}: not a run folder: it has no messages.ndjson`);
  });

  it('still classifies a killed run (cut stream, no metadata) and says what is missing', () => {
    const dir = scratch();
    const text = readFileSync(join(REFERENCE_RUN, 'messages.ndjson'), 'utf8');
    writeFileSync(join(dir, 'messages.ndjson'), text.slice(0, Math.floor(text.length * 0.7)));
    const run = loadRun(dir);
    expect(run.metadata).toEqual({});
    expect(run.result.cases.length).toBe(11);
    expect(run.result.cases.some((c) => c.outcome === 'pass')).toBe(true);
    expect(run.result.harnessErrors.slice(0, 2)).toEqual([
      expect.stringMatching(/messages\.ndjson: line \d+ is incomplete/),
      expect.stringMatching(/metadata\.json: missing/),
    ]);
    expect(run.result.harnessErrors).toContainEqual(expect.stringMatching(/^the run did not finish/));
  });

  it('reports a named expectations file that is nowhere to be found, and rejects bad metadata', () => {
    const dir = scratch();
    copyFileSync(join(BROKEN_RUN, 'messages.ndjson'), join(dir, 'messages.ndjson'));
    writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ target: 'broken', expectationsFile: 'gone/expectations.yaml' }));
    expect(loadRun(dir).result.harnessErrors[0]).toBe('expectations file gone/expectations.yaml (named in metadata.json) not found; every deviation counts as a regression');
    writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ durationMs: 'long' }));
    expect(() => loadRun(dir)).toThrow(/metadata\.json: durationMs: Expected number, received string/);
  });

  it('resolves the expectations path against the working directory (as the CLI writes it), or takes it absolute', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'run'));
    copyFileSync(join(BROKEN_RUN, 'messages.ndjson'), join(dir, 'run', 'messages.ndjson'));
    const file = join(dir, 'targets', 'broken', 'expectations.yaml');
    mkdirSync(join(dir, 'targets', 'broken'), { recursive: true });
    copyFileSync(join(BROKEN_RUN, 'expectations.yaml'), file);
    for (const named of [relative(process.cwd(), file), file]) {
      writeFileSync(join(dir, 'run', 'metadata.json'), JSON.stringify({ expectationsFile: named }));
      expect(loadRun(join(dir, 'run')).result.deviations.expected).toHaveLength(3);
    }
  });
});
