/**
 * The matrix page's only stylesheet, inlined: the page must render from file:// on a machine with no
 * network (a testfest venue), so no external fonts, scripts or stylesheets.
 */
export const MATRIX_CSS = `
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 20px; margin: 0 0 4px; }
.meta { color: #656d76; margin-bottom: 12px; }
.chips { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 16px; }
.chip { border-radius: 12px; padding: 2px 10px; font-weight: 600; }
.bar { display: flex; width: 240px; height: 10px; border-radius: 5px; overflow: hidden; background: #eee; }
.bar span { display: block; height: 100%; }
table.matrix { border-collapse: separate; border-spacing: 0; }
.matrix th, .matrix td { border-bottom: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
.matrix thead th { position: sticky; top: 0; background: #f6f8fa; z-index: 1; font-weight: normal; }
.matrix thead th b { display: block; }
.matrix thead th small, .case small { display: block; color: #656d76; }
.matrix tr.section th { background: #eaeef2; text-transform: uppercase; font-size: 12px; letter-spacing: .04em; color: #424a53; }
.matrix td.cell { text-align: center; }
.matrix tfoot td { font-weight: 600; background: #f6f8fa; }
.badge { display: inline-block; min-width: 44px; border-radius: 10px; padding: 1px 6px; font: 600 12px/1.5 ui-monospace, monospace; text-decoration: none; border: 1px solid transparent; }
.b-pass, .c-pass { background: #dafbe1; color: #116329; }
.b-fail, .c-fail { background: #ffebe9; color: #a40e26; }
.b-inc, .c-inc { background: #fff8c5; color: #7d4e00; }
.b-na, .c-na { background: repeating-linear-gradient(45deg, #f6f8fa, #f6f8fa 4px, #eaeef2 4px, #eaeef2 8px); color: #57606a; }
.b-oot, .c-oot { background: #ddf4ff; color: #0a3069; }
.b-xfail { background: #f6f8fa; color: #a40e26; border-color: #ffcecb; }
.b-xpass { background: #f6f8fa; color: #116329; border-color: #4ac26b; }
.regression { border-color: #cf222e; box-shadow: 0 0 0 1px #cf222e; }
.notrun { color: #8c959f; }
.legend { color: #656d76; margin: 12px 0 24px; }
.legend .badge { min-width: 0; }
.evidence article, .evidence details { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.evidence h4 { margin: 0 0 6px; }
.evidence dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
.evidence dt { color: #656d76; }
.evidence dd { margin: 0; white-space: pre-wrap; word-break: break-word; }
pre { background: #f6f8fa; padding: 8px; overflow: auto; max-height: 480px; font: 12px/1.45 ui-monospace, monospace; }
.harness { color: #7d4e00; }
`;
