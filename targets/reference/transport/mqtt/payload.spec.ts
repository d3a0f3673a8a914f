/**
 * The CBOR map of TS-Transport 1.2 §8.3 / Table 8.7-1: the spec's own example bytes, token widths,
 * type checks, and the CoAP token ⇄ uint mapping (tokens.ts).
 */
import { Encoder } from 'cbor-x';
import { decodeMessage, describeMessage, encodeMessage, MqttPayloadError } from './payload';
import { TokenBook, tokenToUint, uintToToken } from './tokens';

const cbor = new Encoder({ mapsAsObjects: false, useRecords: false });

describe('LwM2M-over-MQTT payload map', () => {
  it('encodes the Read example {1: 9, 2: 56, 5: "/3/0/0"} as the plain CBOR map', () => {
    const bytes = encodeMessage({ operation: 9, token: 56n, uri: '/3/0/0' });
    expect(bytes.toString('hex')).toBe('a3' + '0109' + '021838' + '05' + '66' + Buffer.from('/3/0/0').toString('hex'));
    expect(decodeMessage(bytes)).toEqual({ operation: 9, token: 56n, uri: '/3/0/0' });
  });

  it('carries 8-byte tokens above 2^53 exactly', () => {
    const token = 0xfedcba9876543210n;
    expect(decodeMessage(encodeMessage({ result: 205, token, payload: Buffer.from('v') }))).toEqual({ result: 205, token, payload: Buffer.from('v') });
  });

  it('ignores keys it does not know and refuses wrong types, missing token, and operation+result together', () => {
    expect(decodeMessage(Buffer.from(cbor.encode(new Map<number, unknown>([[1, 9], [2, 1], [99, 'x']]))))).toEqual({ operation: 9, token: 1n });
    const bad = (entries: [number, unknown][]) => () => decodeMessage(Buffer.from(cbor.encode(new Map(entries))));
    expect(bad([[1, 9], [2, 1], [5, 3]])).toThrow(/uri \(key 5\) must be a text string/);
    expect(bad([[1, 9], [2, -1]])).toThrow(/token/);
    expect(bad([[1, 9]])).toThrow(/no token/);
    expect(bad([[1, 9], [2, 1], [18, 205]])).toThrow(/exactly one of operation/);
    expect(bad([[1, 12], [2, 1], [7, 'text']])).toThrow(/payload \(key 7\) must be a byte string/);
    expect(() => decodeMessage(Buffer.from(cbor.encode([1, 2])))).toThrow(MqttPayloadError);
    expect(() => decodeMessage(Buffer.from([0xff, 0x00]))).toThrow(/not CBOR|not a CBOR map/);
  });

  it('describes a map for transcripts', () => {
    expect(describeMessage({ operation: 12, token: 7n, uri: '/1/0/1', ct: 0, payload: Buffer.from('300') })).toBe(`{1: 12, 2: 7, 5: "/1/0/1", 7: h'333030', 19: 0}`);
  });
});

describe('CoAP tokens ⇄ MQTT tokens', () => {
  it('big-endian, empty ↔ 0, shortest form back', () => {
    expect(tokenToUint(Buffer.from('0102', 'hex'))).toBe(0x102n);
    expect(tokenToUint(Buffer.alloc(0))).toBe(0n);
    expect(uintToToken(0x102n).toString('hex')).toBe('0102');
    expect(uintToToken(0n).length).toBe(0);
    expect(() => tokenToUint(Buffer.alloc(9))).toThrow(RangeError);
  });

  it('the book gives back the exact bytes we sent (leading zeros included)', () => {
    const book = new TokenBook();
    const sent = Buffer.from('00000a0b', 'hex');
    const value = book.remember(sent);
    expect(value).toBe(0xa0bn);
    expect(book.bytes(value)).toBe(sent);
    expect(book.bytes(0xa0cn).toString('hex')).toBe('0a0c');
  });
});
