import { linkFormatCodec, parseLinkFormat, serializeLinkFormat, type Link } from './link-format';
import { seededRandom } from './seeded-random';
import { CodecError } from './types';

describe('parseLinkFormat (RFC 6690 §2)', () => {
  it('parses a Register payload with a root link (TS-Core §6.2.1)', () => {
    expect(parseLinkFormat('</>;rt="oma.lwm2m";ct=11542,</1>;ver=1.1,</1/0>,</3/0>')).toEqual([
      { target: '/', params: { rt: 'oma.lwm2m', ct: '11542' } },
      { target: '/1', params: { ver: '1.1' } },
      { target: '/1/0', params: {} },
      { target: '/3/0', params: {} },
    ]);
  });

  it('keeps commas and semicolons inside quoted values', () => {
    expect(parseLinkFormat('</a>;title="x, y; z",</b>')).toEqual([
      { target: '/a', params: { title: 'x, y; z' } },
      { target: '/b', params: {} },
    ]);
  });

  it('unescapes quoted-pairs', () => {
    expect(parseLinkFormat('</a>;title="say \\"hi\\" \\\\o/"')[0]!.params['title']).toBe('say "hi" \\o/');
  });

  it('reads bare attributes as true and keeps the first of repeated ones', () => {
    expect(parseLinkFormat('</3/0/13>;obs;pmin=10;pmin=20')).toEqual([{ target: '/3/0/13', params: { obs: true, pmin: '10' } }]);
  });

  it('tolerates whitespace and newlines between tokens', () => {
    expect(parseLinkFormat(' </1/0> ; pmin = 10 ,\n  </3/0>;dim=2 \n')).toEqual([
      { target: '/1/0', params: { pmin: '10' } },
      { target: '/3/0', params: { dim: '2' } },
    ]);
  });

  it('parses an empty document as no links', () => {
    expect(parseLinkFormat('')).toEqual([]);
    expect(parseLinkFormat('  \n')).toEqual([]);
  });

  it('accepts an empty quoted value and a BS-Discover lwm2m/uri pair', () => {
    expect(parseLinkFormat('</>;lwm2m="1.1",</0/0>;uri="coap://bs.example:5683",</x>;title=""')).toEqual([
      { target: '/', params: { lwm2m: '1.1' } },
      { target: '/0/0', params: { uri: 'coap://bs.example:5683' } },
      { target: '/x', params: { title: '' } },
    ]);
  });

  it('does not let a parameter named __proto__ change the prototype', () => {
    const [link] = parseLinkFormat('</a>;__proto__=x');
    expect(Object.getPrototypeOf(link!.params)).toBe(Object.prototype);
    expect(Object.keys(link!.params)).toEqual(['__proto__']);
  });

  it.each([
    ['</1/0', /unterminated "<"/],
    ['</1/0,</3/0>', /unterminated "<"/],
    ['</a>;title="open', /char 11: unterminated quoted string/],
    ['</a>;title="ends in backslash\\', /unterminated quoted string/],
    ['/1/0', /expected "<", found "\/"/],
    ['</1/0>,', /trailing ","/],
    ['</1/0>,,</3/0>', /expected "<", found ","/],
    ['</1/0> </3/0>', /expected "," or ";", found "<"/],
    ['</1/0>;', /expected a parameter name/],
    ['</1/0>;=5', /expected a parameter name/],
    ['</1/0>;pmin=', /"pmin" has "=" but no value/],
    ['</1/0>;pmin=,</2>', /"pmin" has "=" but no value/],
  ])('rejects %j', (text, message) => {
    expect(() => parseLinkFormat(text)).toThrow(CodecError);
    expect(() => parseLinkFormat(text)).toThrow(message);
  });

  it('throws only CodecError on 2,000 random strings of link-format characters', () => {
    const next = seededRandom(40);
    const alphabet = '<>/;,="\\ 019az.\n';
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      try {
        const links = parseLinkFormat(text);
        expect(parseLinkFormat(serializeLinkFormat(links))).toEqual(links);
      } catch (e) {
        expect(e).toBeInstanceOf(CodecError);
      }
    }
  });
});

describe('serializeLinkFormat', () => {
  it('writes RFC 6690 without whitespace, quoting rt and values that are not ptokens', () => {
    const links: Link[] = [
      { target: '/', params: { rt: 'oma.lwm2m', ct: '60 110' } },
      { target: '/3/0/13', params: { obs: true, pmin: '10', title: 'a "b"' } },
    ];
    expect(serializeLinkFormat(links)).toBe('</>;rt="oma.lwm2m";ct="60 110",</3/0/13>;obs;pmin=10;title="a \\"b\\""');
  });

  it('round-trips through the parser', () => {
    const text = '</>;rt="oma.lwm2m";ct=11542,</1>;ver=1.1,</1/0>,</3/0/11>;dim=1;gt=5.5';
    expect(serializeLinkFormat(parseLinkFormat(text))).toBe(text);
  });

  it('refuses what it cannot write', () => {
    expect(() => serializeLinkFormat([{ target: '/a>', params: {} }])).toThrow(CodecError);
    expect(() => serializeLinkFormat([{ target: '/a', params: { 'bad name': '1' } }])).toThrow(/invalid link parameter name/);
  });

  it('describes CF 40', () => {
    expect(linkFormatCodec).toEqual({ contentFormat: 40, mediaType: 'application/link-format' });
  });
});
