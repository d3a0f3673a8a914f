import { CborTag, readCbor } from './cbor-reader';
import { CodecError } from './types';

const read = (h: string) => readCbor(Buffer.from(h.replace(/\s/g, ''), 'hex'), 60);

describe('readCbor: RFC 8949 Appendix A examples', () => {
  it.each([
    ['00', 0],
    ['17', 23],
    ['1818', 24],
    ['1903e8', 1000],
    ['1b000000e8d4a51000', 1000000000000],
    ['1bffffffffffffffff', 18446744073709551615n],
    ['1b001fffffffffffff', Number.MAX_SAFE_INTEGER],
    ['1b0020000000000000', 2n ** 53n],
    ['c249010000000000000000', 18446744073709551616n],
    ['3bffffffffffffffff', -18446744073709551616n],
    ['3b001ffffffffffffe', -Number.MAX_SAFE_INTEGER],
    ['3b001fffffffffffff', -(2n ** 53n)],
    ['c349010000000000000000', -18446744073709551617n],
    ['20', -1],
    ['3903e7', -1000],
    ['f90000', 0],
    ['f93c00', 1],
    ['fb3ff199999999999a', 1.1],
    ['f93e00', 1.5],
    ['f97bff', 65504],
    ['fa47c35000', 100000],
    ['f90001', 5.960464477539063e-8],
    ['f90400', 0.00006103515625],
    ['f9c400', -4],
    ['f97c00', Infinity],
    ['f9fc00', -Infinity],
    ['f4', false],
    ['f5', true],
    ['f6', null],
    ['f7', undefined],
    ['60', ''],
    ['6161', 'a'],
    ['62225c', '"\\'],
    ['62c3bc', 'ü'],
    ['63e6b0b4', '水'],
    ['64f0908591', '𐅑'],
    ['7f657374726561646d696e67ff', 'streaming'],
  ])('%s', (h, expected) => {
    expect(read(h)).toEqual(expected);
  });

  it('-0 and NaN', () => {
    expect(Object.is(read('f98000'), -0)).toBe(true);
    expect(read('f97e00')).toBeNaN();
    expect(read('fb7ff8000000000000')).toBeNaN();
  });

  it('byte strings, arrays, maps, tags', () => {
    expect(read('40')).toEqual(Buffer.alloc(0));
    expect(read('4401020304')).toEqual(Buffer.from([1, 2, 3, 4]));
    expect(read('5f42010243030405ff')).toEqual(Buffer.from([1, 2, 3, 4, 5]));
    expect(read('83010203')).toEqual([1, 2, 3]);
    expect(read('9fff')).toEqual([]);
    expect(read('9f018202039f0405ffff')).toEqual([1, [2, 3], [4, 5]]);
    expect(read('a201020304')).toEqual(new Map([[1, 2], [3, 4]]));
    expect(read('bf61610161629f0203ffff')).toEqual(new Map<unknown, unknown>([['a', 1], ['b', [2, 3]]]));
    expect(read('c11a514b67b0')).toEqual(new CborTag(1, 1363896240));
    expect(read('d82076687474703a2f2f7777772e6578616d706c652e636f6d')).toEqual(new CborTag(32, 'http://www.example.com'));
  });

  it('copies byte strings out of the payload', () => {
    const payload = Buffer.from('4401020304', 'hex');
    const bytes = readCbor(payload, 60) as Buffer;
    payload[1] = 0xff;
    expect(bytes[0]).toBe(1);
  });
});

describe('readCbor rejects', () => {
  it.each([
    ['an empty payload', ''],
    ['trailing bytes', '0000'],
    ['a truncated integer', '19 03'],
    ['a truncated string', '62 61'],
    ['reserved additional information', '1c'],
    ['an indefinite integer', '1f'],
    ['an unassigned simple value', 'f0'],
    ['a two-byte simple value', 'f8 20'],
    ['a lone break', 'ff'],
    ['a break inside a definite array', '82 01 ff'],
    ['an unterminated indefinite array', '9f 01'],
    ['a text chunk inside an indefinite byte string', '5f 61 61 ff'],
    ['a nested indefinite chunk', '5f 5f ff ff'],
    ['a duplicate map key', 'a2 01 02 01 03'],
    ['a duplicate text key', 'a2 61 61 01 61 61 02'],
    ['a map with a missing value', 'bf 01 ff'],
    ['invalid UTF-8', '62 c3 28'],
    ['a UTF-16 surrogate in UTF-8', '63 ed a0 80'],
    ['a bignum tag on text', 'c2 61 61'],
    ['an indefinite tag', 'df 01'],
    ['a length beyond the payload', '5a ff ff ff ff 00'],
    ['nesting past the depth limit', `${'81'.repeat(17)}00`],
  ])('%s', (_why, h) => {
    expect(() => read(h)).toThrow(CodecError);
  });

  it('refuses a non-Buffer payload with CodecError', () => {
    expect(() => readCbor('00' as unknown as Buffer, 60)).toThrow(CodecError);
  });
});
