import { join } from 'node:path';
import { classifyRun } from './classify';
import { loadExpectations } from './expectations';
import { formatSummary, summaryLines } from './summary';
import { BROKEN_RUN, envelopesOf } from './fixtures';

describe('formatSummary', () => {
  const expectations = loadExpectations(join(BROKEN_RUN, 'expectations.yaml'));
  const result = classifyRun(envelopesOf('broken'), expectations);

  it('starts with the run and the totals per outcome', () => {
    const lines = summaryLines(result, { runId: 'r7', target: 'broken', targetKind: 'in-process', transport: 'coap', format: 'tlv', timing: 'fast', durationMs: 1500 });
    expect(lines[0]).toBe('run r7 · target broken (in-process) · coap / tlv · timing fast · 1.5 s');
    expect(lines[1]).toBe('11 test cases: 3 Pass, 3 Fail, 3 Inconclusive, 1 Not Applicable, 1 Out of Time');
  });

  it('lists each regression with its id, failed step and message', () => {
    const text = formatSummary(result);
    expect(text).toContain(
      [
        'Regressions (3): not in the expectations file',
        '  FAIL LightweightM2M-1.1-int-102',
        '       at: Then (A) the Server receives an Update with lt=20',
        '       (A) Update carries lt=20: expected "20", got "<script>alert(1)</script>"',
      ].join('\n'),
    );
    expect(text).toContain('  INC  psa-s001\n       at: After hook "evidence and teardown"');
    expect(text).toContain('Expected deviations: 3');
    expect(text).toContain('       expected fail: a stale entry; the case now ends Inconclusive');
    expect(text).not.toContain('Stale expectations');
    expect(text).toContain('Harness errors (1): problems of the suite or the run, not of the target\n  psa-c002: undefined step');
    expect(text).not.toContain('Unexpected passes');
  });

  it('lists unexpected passes with the expectation they contradict', () => {
    const r = classifyRun(envelopesOf('reference'), [{ id: 'psa-s001', outcome: 'fail', reason: 'storage bug #12' }]);
    expect(formatSummary(r)).toContain('Unexpected passes (1): listed as deviations but passed; update the expectations file\n  PASS psa-s001   (expected fail: storage bug #12)');
  });

  it('names expectations that no longer describe a Not Applicable or Out of Time case', () => {
    const r = classifyRun(envelopesOf('reference'), [{ id: 'LightweightM2M-1.1-int-106', outcome: 'fail', reason: 'TCP bug' }]);
    expect(formatSummary(r)).toContain('Stale expectations (1): the entry no longer describes the outcome\n  N/A LightweightM2M-1.1-int-106   (expected fail)');
  });
});
