/**
 * CF 40 `application/link-format`: the CoRE Link Format of RFC 6690 §2, as LwM2M uses it for the
 * Register/Update object list (TS-Core §6.2.1), Discover (§6.3) and Bootstrap-Discover (§6.1).
 * Not a ContentCodec: link format is not addressed by an LwM2M path.
 *
 *   link-value = "<" URI-Reference ">" *( ";" link-param )
 *   link-param = parmname [ "=" ( ptoken / quoted-string ) ]
 *
 * RFC 6690 has no whitespace between tokens; the parser tolerates it (payloads are often pretty-printed)
 * and the serialiser never writes it.
 */
import { CodecError } from './types';

const CF = 40;

export interface Link {
  /** The URI-Reference between `<` and `>`, e.g. `/3/0`. */
  target: string;
  /** Parameters in order of appearance; a bare parameter (`;obs`) is `true`. First occurrence wins. */
  params: Record<string, string | true>;
}

export const linkFormatCodec = { contentFormat: CF, mediaType: 'application/link-format' } as const;

/** RFC 5987 parmname (attr-char), plus `*` for extended names such as `title*`. */
const PARMNAME = /[A-Za-z0-9!#$&+\-.^_`|~*]+/y;
/** RFC 6690 ptokenchar. */
const PTOKEN = /[!#$%&'()*+\-./0-9:<=>?@A-Z[\]^_`a-z{|}~]+/y;
const WHITESPACE = /[ \t\r\n]*/y;

export function parseLinkFormat(text: string): Link[] {
  let i = 0;
  const fail = (why: string, at = i) => new CodecError(CF, `link format, char ${at}: ${why}`);
  const skipWs = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  const sticky = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) i = re.lastIndex;
    return m?.[0];
  };
  const quoted = (): string => {
    const start = i++;
    let value = '';
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') return (i++, value);
      if (c === '\\') {
        if (++i >= text.length) break;
        value += text[i];
      } else value += c;
    }
    throw fail('unterminated quoted string', start);
  };

  const links: Link[] = [];
  skipWs();
  if (i === text.length) return links;
  for (;;) {
    if (text[i] !== '<') throw fail(`expected "<", found ${JSON.stringify(text[i] ?? 'end of text')}`);
    const close = text.indexOf('>', i + 1);
    const target = close < 0 ? '' : text.slice(i + 1, close);
    if (close < 0 || target.includes('<')) throw fail('unterminated "<"');
    i = close + 1;
    const params = new Map<string, string | true>();
    for (skipWs(); text[i] === ';'; skipWs()) {
      i++;
      skipWs();
      const name = sticky(PARMNAME);
      if (name === undefined) throw fail('expected a parameter name after ";"');
      skipWs();
      let value: string | true = true;
      if (text[i] === '=') {
        i++;
        skipWs();
        if (text[i] === '"') value = quoted();
        else {
          const token = sticky(PTOKEN);
          if (token === undefined) throw fail(`parameter "${name}" has "=" but no value`);
          value = token;
        }
      }
      if (!params.has(name)) params.set(name, value);
    }
    links.push({ target, params: Object.fromEntries(params) });
    if (i === text.length) return links;
    if (text[i] !== ',') throw fail(`expected "," or ";", found ${JSON.stringify(text[i])}`);
    i++;
    skipWs();
    if (i === text.length) throw fail('trailing ","');
  }
}

/** Parameters written as quoted-strings even when a ptoken would do, matching LwM2M's examples. */
const ALWAYS_QUOTED = new Set(['rt', 'if', 'title', 'anchor', 'rel', 'rev', 'lwm2m', 'uri']);

function formatParam(name: string, value: string | true): string {
  if (!new RegExp(`^${PARMNAME.source}$`).test(name)) throw new CodecError(CF, `invalid link parameter name ${JSON.stringify(name)}`);
  if (value === true) return `;${name}`;
  const bare = !ALWAYS_QUOTED.has(name) && new RegExp(`^${PTOKEN.source}$`).test(value);
  return bare ? `;${name}=${value}` : `;${name}="${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function serializeLinkFormat(links: readonly Link[]): string {
  return links
    .map((link) => {
      if (/[<>]/.test(link.target)) throw new CodecError(CF, `link target ${JSON.stringify(link.target)} contains "<" or ">"`);
      return `<${link.target}>` + Object.entries(link.params).map(([k, v]) => formatParam(k, v)).join('');
    })
    .join(',');
}
