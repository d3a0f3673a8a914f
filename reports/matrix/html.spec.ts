import { esc, html, raw } from './html';

describe('html escaping', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(esc(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('escapes every interpolation of the html tag but not nested fragments or raw()', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const inner = html`<b>${evil}</b>`;
    expect(html`<p title="${evil}">${inner}${[evil, 1, null, undefined, false]}${raw('<br>')}</p>`.toString()).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;"><b>&lt;img src=x onerror=alert(1)&gt;</b>&lt;img src=x onerror=alert(1)&gt;1<br></p>',
    );
  });
});
