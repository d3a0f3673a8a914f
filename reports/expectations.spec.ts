import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyCase, findExpectation, loadExpectations, parseExpectations, rewriteExpectations, type Expectation } from './expectations';
import { classifyRun } from './classify';
import { BROKEN_RUN, envelopesOf } from './fixtures';
import type { Outcome } from './outcome';

describe('loadExpectations', () => {
  it('loads the fixture file of the broken target', () => {
    const list = loadExpectations(join(BROKEN_RUN, 'expectations.yaml'));
    expect(list).toHaveLength(4);
    expect(list[0]).toEqual({
      id: 'LightweightM2M-1.1-int-101',
      outcome: 'fail',
      criterion: '(B)',
      reason: 'the broken target omits lwm2m= from Register on purpose',
      link: 'https://example.org/testfest/broken-target#lwm2m-param',
    });
  });

  it.each([
    ['- id: a\n  outcome: fail\n  reason: x\n- id: b\n  outcome: fail\n  reason: y\n- id: c\n  outcome: fail\n', 'expectations.yaml: [2].reason: Required'],
    ['- id: a\n  outcome: broken\n  reason: x\n', 'expectations.yaml: [0].outcome: Invalid enum value'],
    ['- id: a\n  outcome: pass\n  reason: x\n', 'expectations.yaml: [0].outcome: Invalid enum value'],
    ['- id: a\n  outcome: fail\n  reason: x\n  critrion: (B)\n', "expectations.yaml: [0]: Unrecognized key(s) in object: 'critrion'"],
    ['- id: a\n  outcome: fail\n  reason: x\n  link: not a url\n', 'expectations.yaml: [0].link: Invalid url'],
    ['- id: ""\n  outcome: fail\n  reason: x\n', 'expectations.yaml: [0].id: String must contain at least 1 character(s)'],
    ['id: a\noutcome: fail\n', 'expectations.yaml: the file must be a list of entries: Expected array, received object'],
    ['- id: a\n  outcome: fail\n  reason: x\n- id: a\n  outcome: inconclusive\n  reason: y\n', 'expectations.yaml: [1]: same id and scenario as entry [0]'],
    ['- id: [unclosed\n', 'expectations.yaml: not valid YAML:'],
  ])('rejects a bad file with one line naming file, entry and field (%#)', (text, message) => {
    let error: Error | undefined;
    try {
      parseExpectations(text);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message.startsWith(message)).toBe(true);
    expect(error?.message).not.toContain('\n');
  });

  it('names the real file path in errors, and treats a comment-only file as no deviations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tf-exp-'));
    const file = join(dir, 'expectations.yaml');
    writeFileSync(file, '- id: x\n  outcome: fail\n');
    expect(() => loadExpectations(file)).toThrow(`${file}: [0].reason: Required`);
    writeFileSync(file, '# Known deviations of target X. Only deviations are listed.\n');
    expect(loadExpectations(file)).toEqual([]);
    expect(() => loadExpectations(join(dir, 'missing.yaml'))).toThrow(/missing\.yaml: cannot read the expectations file \(ENOENT\)/);
  });
});

describe('findExpectation and classifyCase', () => {
  const list: Expectation[] = [
    { id: 'psa-c001', outcome: 'fail', reason: 'all rows' },
    { id: 'psa-c001', scenario: 'twice', outcome: 'inconclusive', reason: 'row twice' },
    { id: 'T-101', outcome: 'fail', criterion: '(B)', reason: 'criterion B' },
    { id: 'T-109', outcome: 'out-of-time', reason: 'slow' },
  ];

  it('prefers the entry whose scenario text is in the row name', () => {
    expect(findExpectation({ testId: 'psa-c001', name: 'psa_crypto_init twice' }, list)?.reason).toBe('row twice');
    expect(findExpectation({ testId: 'psa-c001', name: 'psa_crypto_init once' }, list)?.reason).toBe('all rows');
    expect(findExpectation({ testId: 'psa-c002', name: 'x' }, list)).toBeUndefined();
  });

  const cases: Array<[Outcome, string, string | undefined, string]> = [
    ['pass', 'T-999', undefined, 'ok'],
    ['pass', 'T-101', undefined, 'unexpected-pass'],
    ['fail', 'T-101', 'Then (B) Register carries lwm2m=1.1', 'expected-deviation'],
    ['fail', 'T-101', 'Then (C) the Server receives 2.04', 'regression'],
    ['inconclusive', 'T-101', 'Then (B) x', 'regression'],
    ['fail', 'T-999', 'Then (A) x', 'regression'],
    ['inconclusive', 'T-999', 'Given x', 'regression'],
    ['not-applicable', 'T-999', undefined, 'ok'],
    ['out-of-time', 'T-109', undefined, 'ok'],
    ['out-of-time', 'T-101', undefined, 'ok'],
  ];
  it.each(cases)('%s of %s at %s is %s', (outcome, testId, failedStep, expected) => {
    const c = { testId, name: 'n', outcome, failedStep };
    expect(classifyCase(c, findExpectation(c, list))).toBe(expected);
  });

  it('also finds the criterion in the message (a failure raised inside a helper)', () => {
    const c = { testId: 'T-101', name: 'n', outcome: 'fail' as const, failedStep: 'Then the register is valid', reason: '(B) Register carries lwm2m=1.1: expected "1.1", got none' };
    expect(classifyCase(c, findExpectation(c, list))).toBe('expected-deviation');
  });
});

describe('rewriteExpectations', () => {
  const result = classifyRun(envelopesOf('broken'));
  const previous = loadExpectations(join(BROKEN_RUN, 'expectations.yaml'));

  it('lists every Fail, Inconclusive and Out of Time, never a pass or Not Applicable, and re-parses', () => {
    const list = parseExpectations(rewriteExpectations(result));
    expect(list.map((e) => [e.id, e.outcome, e.scenario])).toEqual([
      ['LightweightM2M-1.1-int-0', 'inconclusive', undefined],
      ['LightweightM2M-1.1-int-101', 'fail', undefined],
      ['LightweightM2M-1.1-int-102', 'fail', undefined],
      ['LightweightM2M-1.1-int-109', 'out-of-time', undefined],
      ['psa-c001', 'fail', 'psa_crypto_init twice'],
      ['psa-c002', 'inconclusive', undefined],
      ['psa-s001', 'inconclusive', undefined],
    ]);
    expect(list.every((e) => e.reason === 'TODO: reason')).toBe(true);
    expect(list[1].criterion).toBe('(B)');
  });

  it('keeps reasons, links and scenario texts where the entry still matches, and marks the rest TODO', () => {
    const list = parseExpectations(rewriteExpectations(result, previous));
    const byId = (id: string) => list.find((e) => e.id === id);
    expect(byId('LightweightM2M-1.1-int-101')).toEqual(previous[0]);
    expect(byId('psa-c001')).toMatchObject({ scenario: 'twice', reason: previous[1].reason });
    expect(byId('LightweightM2M-1.1-int-0')?.reason).toBe(previous[2].reason);
    // The stale entry expected Fail, the case is now Inconclusive: its old reason no longer applies.
    expect(byId('psa-s001')).toEqual({ id: 'psa-s001', outcome: 'inconclusive', reason: 'TODO: reason' });
  });

  it('makes a run classified with its own rewrite free of regressions', () => {
    const rewritten = parseExpectations(rewriteExpectations(result, previous));
    const again = classifyRun(envelopesOf('broken'), rewritten);
    expect(again.deviations.regressions).toEqual([]);
    expect(again.deviations.unexpectedPasses).toEqual([]);
  });

  it('keeps entries for cases the run did not execute, and writes an empty list for a clean run', () => {
    const extra: Expectation = { id: 'LightweightM2M-1.1-int-999', outcome: 'fail', reason: 'not in this run' };
    expect(parseExpectations(rewriteExpectations(result, [...previous, extra]))).toContainEqual(extra);
    const clean = { ...result, cases: result.cases.filter((c) => c.outcome === 'pass') };
    const text = rewriteExpectations(clean, [], { target: 'broken', runId: 'r1' });
    expect(text).toMatch(/^# Known deviations of target broken\./);
    expect(parseExpectations(text)).toEqual([]);
  });
});
