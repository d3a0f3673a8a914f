import { readTlvs, writeTlv } from './tlv-frame';
import { CodecError } from './types';

const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');

describe('TLV framing, TS-Core §7.4.3 Table 7.4.3-1', () => {
  it.each([
    ['Resource with Value', 2, 1, 'c1 02'],
    ['Resource Instance', 1, 2, '42 01'],
    ['Multiple Resource', 6, 6, '86 06'],
    ['Object Instance', 0, 0, '00 00'],
  ] as const)('writes a %s TLV with the length in bits 2-0 below 8 bytes', (kind, id, length, header) => {
    expect(writeTlv(kind, id, Buffer.alloc(length)).subarray(0, 2)).toEqual(hex(header));
  });

  it.each([
    [8, 'c8 00 08'],
    [255, 'c8 00 ff'],
    [256, 'd0 00 01 00'],
    [65535, 'd0 00 ff ff'],
    [65536, 'd8 00 01 00 00'],
  ])('uses the shortest length field for %i bytes', (length, header) => {
    const tlv = writeTlv('Resource with Value', 0, Buffer.alloc(length, 0x61));
    expect(tlv.subarray(0, header.split(' ').length)).toEqual(hex(header));
    expect(readTlvs(tlv)).toEqual([expect.objectContaining({ id: 0, value: Buffer.alloc(length, 0x61) })]);
  });

  it('sets bit 5 for a 16-bit identifier', () => {
    expect(writeTlv('Resource with Value', 5700, Buffer.alloc(4))).toEqual(hex('e4 16 44 00 00 00 00'));
    expect(writeTlv('Resource with Value', 255, Buffer.alloc(0))).toEqual(hex('c0 ff'));
  });

  it('ignores bits 2-0 when a length field is present', () => {
    expect(readTlvs(hex('cf 02 01 65'))).toEqual([expect.objectContaining({ id: 2, value: hex('65') })]);
  });

  it('reads nested TLVs as opaque values with their offsets', () => {
    const [mr] = readTlvs(hex('86 06 41 00 01 41 01 05'));
    expect(mr).toMatchObject({ kind: 'Multiple Resource', id: 6, offset: 0 });
    expect(readTlvs(mr!.value).map((e) => [e.kind, e.id, e.offset])).toEqual([['Resource Instance', 0, 0], ['Resource Instance', 1, 3]]);
  });

  it.each([
    ['c1', /truncated header/],
    ['c8 00', /truncated header/],
    ['e1 16', /truncated header/],
    ['d8 00 00 01', /truncated header/],
    ['c1 02', /length 1 runs past the end/],
    ['c8 00 05 41 42', /length 5 runs past the end/],
    ['c1 02 65 ff', /byte 3 of payload: truncated header/],
  ])('rejects %s', (bytes, message) => {
    expect(() => readTlvs(hex(bytes))).toThrow(CodecError);
    expect(() => readTlvs(hex(bytes))).toThrow(message);
  });

  it('refuses identifiers and lengths the format cannot hold', () => {
    expect(() => writeTlv('Resource with Value', 65536, Buffer.alloc(0))).toThrow(/not 16-bit/);
    expect(() => writeTlv('Resource with Value', 0, Buffer.alloc(0x1000000))).toThrow(/24-bit length/);
  });
});
