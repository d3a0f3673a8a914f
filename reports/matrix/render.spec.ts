import { buildMatrix } from '.';
import { matrixModel } from './model';
import { renderMatrix } from './render';
import { fixtureRuns } from '../fixtures';

describe('buildMatrix', () => {
  const runs = fixtureRuns();
  const page = buildMatrix(runs);

  it('is self-contained: no script, no external stylesheet, font or image', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(page).toContain('<style>');
  });

  it('escapes what the target sent: an injected <script> appears only as text', () => {
    expect(page).toContain('got &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;');
    expect(page).not.toContain('<script>alert(1)</script>');
  });

  it('links every badge to an evidence anchor that exists on the page', () => {
    const hrefs = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThanOrEqual(22);
    for (const id of hrefs) expect(page).toContain(`id="${id}"`);
  });

  it('shows badges, per-row and per-run totals, and the run headers', () => {
    expect(page).toContain('>XFAIL</a>');
    expect(page).toContain('class="badge b-fail regression"');
    expect(page).toContain('<td>1/2 pass</td>');
    expect(page).toContain('<td>3/11 pass<small>fail 3 · inc 3 · n/a 1 · oot 1</small></td>');
    expect(page).toContain('<b>broken</b><small>target broken</small><small>suite all</small><small>coap / senml-cbor</small><small>timing fast</small><small>2025-01-01 10:00 UTC</small><small>rev 4f2c9e1</small>');
    expect(page).toContain('11 test cases × 2 runs · 22 results · 4 regressions · 3 expected deviations · 0 unexpected passes');
  });

  it('shows the failed step, message and attachments as evidence, passes collapsed', () => {
    const failure = page.slice(page.indexOf('<article id="ev-1-1">'));
    expect(failure).toMatch(/^<article id="ev-1-1"><h4><span class="badge b-xfail">XFAIL<\/span> LightweightM2M-1\.1-int-101<\/h4>/);
    expect(failure).toContain('<dt>Failed at</dt><dd>Then (B) Register carries lwm2m=1.1</dd>');
    expect(failure).toContain('<dt>Message</dt><dd>(B) Register carries lwm2m=1.1: expected &quot;1.1&quot;, got none</dd>');
    expect(failure).toContain('<a href="https://example.org/testfest/broken-target#lwm2m-param" rel="noreferrer">');
    expect(failure).toContain('<h5>psa-calls.txt <small>text/plain</small></h5><pre>psa_crypto_init() -&gt; 0\n</pre>');
    expect(page).toMatch(/<details id="ev-0-1"><summary><span class="badge b-pass">PASS<\/span> LightweightM2M-1\.1-int-101 <small>\(2 attachments\)<\/small><\/summary>/);
    expect(page).toContain('<li>psa-c002: undefined step: When a key is imported with a step nobody wrote yet</li>');
  });

  it('shows "—" for a case a run did not include', () => {
    const partial = [runs[0], { ...runs[1], result: { ...runs[1].result, cases: runs[1].result.cases.slice(1) } }];
    expect(renderMatrix(matrixModel(partial))).toContain('<td class="cell notrun" title="not run">—</td>');
    expect(page).not.toContain('title="not run"');
  });

  it('never turns a javascript: expectation link into an anchor', () => {
    const run = runs[1];
    const cases = run.result.cases.map((c) => (c.expectation ? { ...c, expectation: { ...c.expectation, link: 'javascript:alert(1)' } } : c));
    const evil = buildMatrix([{ ...run, result: { ...run.result, cases } }]);
    expect(evil).not.toContain('href="javascript:');
  });
});
