import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyRun, type CaseResult, type RunResult } from './classify';
import { parseNdjson } from './ndjson';
import { BROKEN_RUN, envelopesOf } from './fixtures';

const byKey = (r: RunResult, key: string): CaseResult => {
  const c = r.cases.find((x) => x.key === key);
  if (!c) throw new Error(`no case ${key} in ${r.cases.map((x) => x.key).join(', ')}`);
  return c;
};

describe('classifyRun on a good run', () => {
  const result = classifyRun(envelopesOf('reference'));

  it('gives one case per scheduled pickle, outline rows apart, in stream order', () => {
    expect(result.cases.map((c) => c.key)).toEqual([
      'LightweightM2M-1.1-int-0',
      'LightweightM2M-1.1-int-101',
      'LightweightM2M-1.1-int-102',
      'LightweightM2M-1.1-int-106',
      'LightweightM2M-1.1-int-109',
      'LightweightM2M-1.1-int-201',
      'The harness starts',
      'psa-c001 · psa_crypto_init once',
      'psa-c001 · psa_crypto_init twice',
      'psa-c002',
      'psa-s001',
    ]);
    expect(result.totals).toEqual({ pass: 9, fail: 0, inconclusive: 1, 'not-applicable': 1, 'out-of-time': 0 });
  });

  it('reads ids, run ids, features and groups from tags and names', () => {
    const row = byKey(result, 'psa-c001 · psa_crypto_init twice');
    expect(row).toMatchObject({ testId: 'psa-c001', runId: 'run-201', name: 'psa_crypto_init twice', feature: 'Crypto library initialisation', group: 'PSA · Crypto' });
    expect(row.uri).toBe('features/psa/crypto/init.feature');
    expect(row.tags).toEqual(['@psa-c001', '@run-201']);
    expect(byKey(result, 'The harness starts')).toMatchObject({ testId: 'The harness starts', group: 'Other · Harness smoke', runId: undefined });
    expect(byKey(result, 'LightweightM2M-1.1-int-201').group).toBe('LwM2M · Device Management & Service Enablement');
  });

  it('reports a retried case by its last attempt', () => {
    expect(byKey(result, 'LightweightM2M-1.1-int-201')).toMatchObject({ outcome: 'pass', attempts: 2, classification: 'ok' });
  });

  it('turns a skip with a verdict attachment into Not Applicable with its reason', () => {
    const na = byKey(result, 'LightweightM2M-1.1-int-106');
    expect(na).toMatchObject({ outcome: 'not-applicable', reason: 'target "reference" does not declare transport=coap+tcp', failedStep: undefined });
    expect(na.evidence).toEqual([]); // the verdict itself is not evidence
  });

  it('makes an undefined step Inconclusive and a harness error', () => {
    expect(byKey(result, 'psa-c002')).toMatchObject({
      outcome: 'inconclusive',
      failedStep: 'When a key is imported with a step nobody wrote yet',
      classification: 'regression',
    });
    expect(result.harnessErrors).toEqual(['psa-c002: undefined step: When a key is imported with a step nobody wrote yet']);
  });

  it('collects text evidence, decoding BASE64 attachments', () => {
    expect(byKey(result, 'LightweightM2M-1.1-int-101').evidence).toEqual([
      { name: 'psa-calls.txt', mediaType: 'text/plain', text: 'psa_crypto_init() -> 0\n' },
      { name: 'transcript.txt', mediaType: 'text/plain', text: expect.stringContaining('POST /rd?ep=tf-client&lt=86400&lwm2m=1.1&b=U') },
    ]);
  });

  it('without expectations calls every Fail/Inconclusive a regression and nothing else', () => {
    expect(result.deviations).toEqual({ expected: [], regressions: ['psa-c002'], unexpectedPasses: [] });
  });
});

describe('classifyRun on a broken target', () => {
  const result = classifyRun(envelopesOf('broken'));

  it('names the failed criterion step and the CriterionFailed message', () => {
    expect(byKey(result, 'LightweightM2M-1.1-int-101')).toMatchObject({
      outcome: 'fail',
      failedStep: 'Then (B) Register carries lwm2m=1.1',
      reason: '(B) Register carries lwm2m=1.1: expected "1.1", got none',
    });
  });

  it('makes an InconclusiveError Inconclusive, not Fail', () => {
    expect(byKey(result, 'LightweightM2M-1.1-int-0')).toMatchObject({
      outcome: 'inconclusive',
      failedStep: 'Given the bootstrap server is reachable',
      reason: 'bootstrap server port 5783 is in use by another process',
    });
  });

  it('makes a failing After hook after passing steps Inconclusive', () => {
    expect(byKey(result, 'psa-s001')).toMatchObject({
      outcome: 'inconclusive',
      failedStep: 'After hook "evidence and teardown"',
      reason: 'teardown failed: psa_its_remove(1) returned -135',
    });
  });

  it('turns an out-of-time verdict into Out of Time and fails one outline row only', () => {
    expect(byKey(result, 'LightweightM2M-1.1-int-109').outcome).toBe('out-of-time');
    expect(byKey(result, 'psa-c001 · psa_crypto_init once').outcome).toBe('pass');
    expect(byKey(result, 'psa-c001 · psa_crypto_init twice')).toMatchObject({ outcome: 'fail', failedStep: 'Then (1) every call returns PSA_SUCCESS' });
    expect(result.totals).toEqual({ pass: 3, fail: 3, inconclusive: 3, 'not-applicable': 1, 'out-of-time': 1 });
  });

  it('separates expected deviations, regressions and unexpected passes with expectations', () => {
    const r = classifyRun(envelopesOf('broken'), [
      { id: 'LightweightM2M-1.1-int-101', outcome: 'fail', criterion: '(B)', reason: 'known' },
      { id: 'LightweightM2M-1.1-int-102', outcome: 'fail', criterion: '(C)', reason: 'another criterion' },
      { id: 'psa-c001', scenario: 'once', outcome: 'fail', reason: 'fixed since' },
      { id: 'LightweightM2M-1.1-int-109', outcome: 'out-of-time', reason: 'long waits' },
    ]);
    expect(r.deviations.expected).toEqual(['LightweightM2M-1.1-int-101']);
    expect(r.deviations.unexpectedPasses).toEqual(['psa-c001 · psa_crypto_init once']);
    expect(r.deviations.regressions).toEqual(['LightweightM2M-1.1-int-0', 'LightweightM2M-1.1-int-102', 'psa-c001 · psa_crypto_init twice', 'psa-c002', 'psa-s001']);
    expect(byKey(r, 'LightweightM2M-1.1-int-109')).toMatchObject({ classification: 'ok', expectation: { reason: 'long waits' } });
    expect(byKey(r, 'LightweightM2M-1.1-int-102').expectation?.criterion).toBe('(C)');
  });
});

describe('classifyRun on edited real streams', () => {
  const VERDICT = 'application/vnd.testfest.verdict+json';

  it('makes a skip without a verdict attachment Inconclusive, never a pass', () => {
    const r = classifyRun(envelopesOf('reference').filter((e) => e.attachment?.mediaType !== VERDICT));
    expect(byKey(r, 'LightweightM2M-1.1-int-106')).toMatchObject({ outcome: 'inconclusive', reason: 'skipped without a verdict' });
  });

  it('keys an outline row by name even when the run scheduled only that row (stable matrix rows)', () => {
    const envelopes = envelopesOf('reference');
    const twice = envelopes.find((e) => e.pickle?.name === 'psa_crypto_init twice')!.pickle!.id;
    const r = classifyRun(envelopes.filter((e) => e.testCase?.pickleId !== twice));
    expect(r.cases.filter((c) => c.testId === 'psa-c001').map((c) => c.key)).toEqual(['psa-c001 · psa_crypto_init once']);
  });

  it('makes a scenario without steps Inconclusive: cucumber would call it passed, but it cannot fail', () => {
    const r = classifyRun(
      envelopesOf('reference').map((e) => (e.testCase ? { testCase: { ...e.testCase, testSteps: e.testCase.testSteps.filter((s) => s.hookId) } } : e)),
    );
    expect(byKey(r, 'The harness starts')).toMatchObject({ outcome: 'inconclusive', reason: 'the scenario has no steps' });
    expect(r.harnessErrors).toContain('The harness starts: scenario without steps');
  });

  it('makes a malformed verdict attachment Inconclusive and a harness error', () => {
    const r = classifyRun(
      envelopesOf('reference').map((e) => (e.attachment?.mediaType === VERDICT ? { attachment: { ...e.attachment, body: '{"verdict":"maybe"}' } } : e)),
    );
    expect(byKey(r, 'LightweightM2M-1.1-int-106').outcome).toBe('inconclusive');
    expect(r.harnessErrors).toContainEqual(expect.stringMatching(/^LightweightM2M-1\.1-int-106: verdict attachment has no valid verdict/));
  });

  it('recognises an InconclusiveError by its message when the exception type is missing', () => {
    const r = classifyRun(
      envelopesOf('broken').map((e) => {
        const result = e.testStepFinished?.testStepResult;
        if (!result?.exception) return e;
        return { testStepFinished: { ...e.testStepFinished!, testStepResult: { ...result, exception: undefined } } };
      }),
    );
    expect(byKey(r, 'LightweightM2M-1.1-int-0')).toMatchObject({ outcome: 'inconclusive', reason: expect.stringMatching(/^InconclusiveError: bootstrap server port/) });
    expect(byKey(r, 'LightweightM2M-1.1-int-101')).toMatchObject({ outcome: 'fail', reason: 'CriterionFailed: (B) Register carries lwm2m=1.1: expected "1.1", got none' });
  });
});

describe('classifyRun on suite bugs and hook trouble', () => {
  const result = classifyRun(envelopesOf('suite-bugs'));

  it('makes pending and ambiguous steps Inconclusive harness errors', () => {
    expect(byKey(result, 'LightweightM2M-1.0-int-103')).toMatchObject({ outcome: 'inconclusive', failedStep: 'Then (A) the client sends De-register' });
    expect(byKey(result, 'LightweightM2M-1.2-int-264')).toMatchObject({ outcome: 'inconclusive', failedStep: 'When the Server discovers /3 with depth 1' });
    expect(result.harnessErrors).toEqual([
      'LightweightM2M-1.0-int-103: pending step: Then (A) the client sends De-register',
      'LightweightM2M-1.2-int-264: ambiguous step: When the Server discovers /3 with depth 1',
    ]);
  });

  it('makes a failing Before hook Inconclusive, naming the hook', () => {
    expect(byKey(result, 'CONMGMT-1.1-int-1250')).toMatchObject({
      outcome: 'inconclusive',
      failedStep: 'Before hook "provision APN"',
      reason: 'could not provision /11/1: client unreachable',
      group: 'LwM2M · Additional objects · Suite bugs and hook trouble',
    });
  });

  it('keeps a step failure as Fail when an After hook fails too', () => {
    expect(byKey(result, 'LightweightM2M-1.1-int-405')).toMatchObject({ outcome: 'fail', failedStep: 'Then (A) the Server receives 2.05 Content over OSCORE' });
  });

  it('keys cases sharing an id by name, and keeps log and JSON attachments', () => {
    const shared = result.cases.filter((c) => c.testId === 'LightweightM2M-1.1-int-651').map((c) => c.key);
    expect(shared).toEqual(['LightweightM2M-1.1-int-651 · Device: check access to resources', 'LightweightM2M-1.1-int-651 · Device: check access to resources (restore)']);
    expect(byKey(result, 'LightweightM2M-1.0-int-103').evidence).toEqual([{ name: 'log', mediaType: 'text/x.cucumber.log+plain', text: 'POST /1/0/4' }]);
    expect(byKey(result, shared[0]).evidence[0]).toMatchObject({ name: 'response.json', mediaType: 'application/json' });
  });
});

describe('classifyRun on interrupted runs', () => {
  it('reports a run without testRunFinished as a harness error', () => {
    const r = classifyRun(envelopesOf('beforeall-crash'));
    expect(r.cases).toEqual([]);
    expect(r.harnessErrors).toEqual([expect.stringMatching(/^the run did not finish: the stream has no testRunFinished/)]);
  });

  it('makes the running case Inconclusive and unstarted cases Inconclusive when the stream stops', () => {
    const text = readFileSync(join(BROKEN_RUN, 'messages.ndjson'), 'utf8');
    // Cut just after the Initial Registration case started: it is running, the rest never started.
    const lines = text.split('\n');
    const starts = lines.flatMap((l, i) => (l.includes('"testCaseStarted"') ? [i] : []));
    const cut = starts[1] + 3; // the second case has started and run its Before hook
    const r = classifyRun(parseNdjson(lines.slice(0, cut).join('\n') + '\n{"testStepFin').envelopes);
    expect(r.cases).toHaveLength(11);
    expect(r.cases[0]).toMatchObject({ key: 'LightweightM2M-1.1-int-0', outcome: 'inconclusive', reason: 'bootstrap server port 5783 is in use by another process' });
    expect(r.cases[1]).toMatchObject({ key: 'LightweightM2M-1.1-int-101', outcome: 'inconclusive', reason: 'did not finish: the run ended while this scenario was running' });
    expect(r.cases[2]).toMatchObject({ outcome: 'inconclusive', reason: 'not started: the run ended before this scenario ran', attempts: 0 });
    expect(r.harnessErrors[0]).toMatch(/the run did not finish/);
  });

  it('reports a cucumber exception in testRunFinished as a harness error', () => {
    const envelopes = envelopesOf('reference').map((e) =>
      e.testRunFinished ? { testRunFinished: { ...e.testRunFinished, success: false, exception: { type: 'Error', message: 'Parse error in features/x.feature' } } } : e,
    );
    expect(classifyRun(envelopes).harnessErrors).toContain('cucumber reported a run error: Error: Parse error in features/x.feature');
  });
});
