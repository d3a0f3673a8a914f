import { decodeUint, encodeUint, parseDatagram, pathOf, queryOf, serialize } from './message';
import type { CoapMessage } from './types';

const post: CoapMessage = {
  type: 'CON',
  code: '0.02',
  messageId: 0x1234,
  token: Buffer.from('a1b2c3d4', 'hex'),
  options: [
    { name: 'Uri-Path', value: Buffer.from('rd') },
    { name: 'Content-Format', value: encodeUint(40) },
    { name: 'Uri-Query', value: Buffer.from('ep=node1') },
    { name: 'Uri-Query', value: Buffer.from('lt=20') },
  ],
  payload: Buffer.from('</1/0>,</3/0>'),
};

describe('uint options (RFC 7252 §3.2)', () => {
  it.each([
    [0, ''],
    [40, '28'],
    [255, 'ff'],
    [256, '0100'],
    [11542, '2d16'],
    [0x1000000, '01000000'],
  ])('encodes %d minimally as "%s" and decodes it back', (value, hex) => {
    expect(encodeUint(value).toString('hex')).toBe(hex);
    expect(decodeUint(Buffer.from(hex, 'hex'))).toBe(value);
  });

  it('tolerates leading zeros when decoding and rejects negative or fractional values', () => {
    expect(decodeUint(Buffer.from('0028', 'hex'))).toBe(40);
    expect(() => encodeUint(-1)).toThrow(RangeError);
    expect(() => encodeUint(1.5)).toThrow(RangeError);
    expect(() => decodeUint(Buffer.alloc(7))).toThrow(RangeError);
  });
});

describe('serialize / parseDatagram', () => {
  it('round-trips a request; options come back sorted by number, repeated ones in order', () => {
    const raw = serialize(post);
    const parsed = parseDatagram(raw);
    expect(parsed.error).toBeUndefined();
    expect(parsed.message).toMatchObject({ type: 'CON', code: '0.02', messageId: 0x1234 });
    expect(parsed.message!.token.toString('hex')).toBe('a1b2c3d4');
    expect(parsed.message!.options.map((o) => o.name)).toEqual(['Uri-Path', 'Content-Format', 'Uri-Query', 'Uri-Query']);
    expect(pathOf(parsed.message!)).toBe('/rd');
    expect(queryOf(parsed.message!)).toEqual(['ep=node1', 'lt=20']);
    expect(parsed.message!.payload.toString()).toBe('</1/0>,</3/0>');
  });

  it.each(['NON', 'ACK', 'RST'] as const)('keeps the %s type', (type) => {
    const message: CoapMessage = { ...post, type, code: type === 'RST' ? '0.00' : '2.05', token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) };
    expect(parseDatagram(serialize(message)).message?.type).toBe(type);
  });

  it('keeps unknown option numbers as decimal names', () => {
    const message = { ...post, options: [{ name: '65000', value: Buffer.from('x') }] };
    expect(parseDatagram(serialize(message)).message?.options).toEqual([{ name: '65000', value: Buffer.from('x') }]);
  });

  it('refuses bad codes, unknown option names, bad message IDs and oversize messages', () => {
    expect(() => serialize({ ...post, code: '9.99' })).toThrow(/invalid CoAP code/);
    expect(() => serialize({ ...post, options: [{ name: 'Bogus', value: Buffer.alloc(0) }] })).toThrow(/unknown CoAP option/);
    expect(() => serialize({ ...post, messageId: 70000 })).toThrow(/Message ID/);
    expect(() => serialize({ ...post, payload: Buffer.alloc(2000) })).toThrow(/Max packet size/);
  });

  it('parses an RFC 7252 §3 message byte by byte (GET /3/0 with token 0x42)', () => {
    // 0x41: ver 1, CON, TKL 1; 0x01 GET; mid 0x0001; token 0x42; Uri-Path(11) "3"; delta 0 "0"
    const parsed = parseDatagram(Buffer.from('410100014' + '2b1330130', 'hex'));
    expect(parsed.message).toMatchObject({ type: 'CON', code: '0.01', messageId: 1 });
    expect(pathOf(parsed.message!)).toBe('/3/0');
  });
});

describe('message format errors (RFC 7252 §3)', () => {
  it.each([
    ['an empty datagram', '', /truncated header/],
    ['a 3-byte header', '400100', /truncated header/],
    ['version 2', '80010001', /unsupported version 2/],
    ['token length 9', '49010001' + '00'.repeat(9), /token length 9 is reserved/],
    ['token length 15', '4f010001' + '00'.repeat(20), /token length 15/],
    ['a truncated token', '4401000142', /truncated token/],
    ['an empty message with a token', '41000001aa', /empty message/],
    ['a payload marker with no payload', '40010001ff', /zero-length payload/],
    ['a truncated option value', '40010001b5', /truncated option 11/],
    ['a reserved option delta nibble', '40010001f0', /nibble 15/],
    ['a reserved option length nibble', '400100010f', /nibble 15/],
    ['a truncated extended delta', '40010001d0', /truncated extended option delta/],
  ])('reports %s', (_what, hex, reason) => {
    const parsed = parseDatagram(Buffer.from(hex, 'hex'));
    expect(parsed.message).toBeUndefined();
    expect(parsed.error).toMatch(reason);
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const raw = Buffer.from(Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 256)));
      expect(() => parseDatagram(raw)).not.toThrow();
    }
  });
});
