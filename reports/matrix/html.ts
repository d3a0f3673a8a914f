/**
 * Escaping for the matrix page. Everything shown comes from runs (scenario names, error messages,
 * transcripts of what a vendor's device sent), so it is hostile input: the `html` tag escapes every
 * interpolated value unless it is already an `Html` fragment built by this same tag. Forgetting to
 * escape therefore needs an explicit `raw()`, which is easy to review.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A fragment of trusted, already-escaped markup. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

/** Template tag: literal parts are markup, interpolations are escaped (arrays are concatenated). */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new Html(out);
}

/** Markup the caller vouches for (the inline stylesheet). */
export function raw(markup: string): Html {
  return new Html(markup);
}

function render(v: Interpolation): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.markup;
  if (Array.isArray(v)) return v.map(render).join('');
  return esc(String(v));
}
