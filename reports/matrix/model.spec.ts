import { matrixModel } from './model';
import { fixtureRuns } from '../fixtures';

describe('matrixModel', () => {
  const runs = fixtureRuns();
  const model = matrixModel(runs);
  const rows = model.sections.flatMap((s) => s.rows);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('has one column per run with its metadata and totals', () => {
    expect(model.columns.map((c) => [c.label, c.target, c.transport, c.timing, c.date, c.revision])).toEqual([
      ['reference', 'reference', 'coap / senml-cbor', 'fast', '2025-01-01 09:00 UTC', '4f2c9e1'],
      ['broken', 'broken', 'coap / senml-cbor', 'fast', '2025-01-01 10:00 UTC', '4f2c9e1'],
    ]);
    expect(model.columns[1].totals).toEqual({ pass: 3, fail: 3, inconclusive: 3, 'not-applicable': 1, 'out-of-time': 1 });
    expect(model.columns[1].deviations).toEqual({ expected: 3, regressions: 3, unexpectedPasses: 0 });
    expect(model.totals.pass).toBe(12);
    expect(model.caseCount).toBe(11);
    const dirty = matrixModel([{ ...runs[0], metadata: { ...runs[0].metadata, gitRevision: '4f2c9e1a7b3d+dirty' } }]);
    expect(dirty.columns[0].revision).toBe('4f2c9e1+dirty');
  });

  it('groups rows by ETS interface and PSA API, in report order', () => {
    expect(model.sections.map((s) => s.name)).toEqual([
      'LwM2M · Bootstrap',
      'LwM2M · Registration',
      'LwM2M · Device Management & Service Enablement',
      'PSA · Crypto',
      'PSA · Storage',
      'Other · Harness smoke',
    ]);
    expect(model.sections[1].rows.map((r) => r.testId)).toEqual(['LightweightM2M-1.1-int-101', 'LightweightM2M-1.1-int-102', 'LightweightM2M-1.1-int-106', 'LightweightM2M-1.1-int-109']);
  });

  it('gives each cell a badge, XFAIL for expected deviations, and counts passes per row', () => {
    expect(row('LightweightM2M-1.1-int-101').cells.map((c) => c?.badge)).toEqual(['PASS', 'XFAIL']);
    expect(row('LightweightM2M-1.1-int-102').cells.map((c) => c?.badge)).toEqual(['PASS', 'FAIL']);
    expect(row('LightweightM2M-1.1-int-0').cells.map((c) => c?.badge)).toEqual(['PASS', 'XFAIL']);
    expect(row('LightweightM2M-1.1-int-109').cells.map((c) => c?.badge)).toEqual(['PASS', 'OOT']);
    expect(row('LightweightM2M-1.1-int-106').cells.map((c) => c?.badge)).toEqual(['N/A', 'N/A']);
    expect(row('psa-s001').cells.map((c) => [c?.badge, c?.classification])).toEqual([['PASS', 'ok'], ['INC', 'regression']]);
    expect(row('LightweightM2M-1.1-int-101')).toMatchObject({ passed: 1, ran: 2 });
  });

  it('leaves a hole (null) where a run did not include a case, and gives unique anchors', () => {
    const partial = matrixModel([runs[0], { ...runs[1], result: { ...runs[1].result, cases: runs[1].result.cases.filter((c) => c.testId !== 'psa-s001') } }]);
    const s001 = partial.sections.flatMap((s) => s.rows).find((r) => r.key === 'psa-s001')!;
    expect(s001.cells[1]).toBeNull();
    expect(s001).toMatchObject({ passed: 1, ran: 1 });
    const anchors = rows.flatMap((r) => r.cells.map((c) => c?.anchor));
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('marks an unexpected pass XPASS', () => {
    const r = { ...runs[0], result: { ...runs[0].result, cases: runs[0].result.cases.map((c) => (c.testId === 'psa-s001' ? { ...c, classification: 'unexpected-pass' as const } : c)) } };
    const m = matrixModel([r]);
    expect(m.sections.flatMap((s) => s.rows).find((x) => x.key === 'psa-s001')!.cells[0]!.badge).toBe('XPASS');
  });
});
