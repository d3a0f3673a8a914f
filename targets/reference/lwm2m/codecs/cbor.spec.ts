import { defaultModel } from '../model/object-model';
import { parsePath as p } from '../model/path';
import { cborCodec as codec } from './cbor';
import { CodecError, type ModelLookup, type ResourceValue } from './types';

const model = defaultModel();
const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');
const decode = (bytes: string, path: string, m: ModelLookup = model) => codec.decode(hex(bytes), p(path), m)[0]!.value;
const encode = (path: string, value: ResourceValue) => codec.encode([{ path: p(path), value }], p(path), model).toString('hex');

describe('CBOR (CF 60)', () => {
  it('ETS int-211: /1/0/0 = 1, /1/0/6 = false, /1/0/7 = "U", both ways', () => {
    expect(decode('01', '/1/0/0')).toBe(1);
    expect(decode('f4', '/1/0/6')).toBe(false);
    expect(decode('61 55', '/1/0/7')).toBe('U');
    expect([encode('/1/0/0', 1), encode('/1/0/6', false), encode('/1/0/7', 'U')]).toEqual(['01', 'f4', '6155']);
  });

  it('ETS int-212: writes /1/0/2, /1/0/3 (integers) and /1/0/6 (boolean)', () => {
    expect(decode('18 65', '/1/0/2')).toBe(101);
    expect(decode('19 03 f2', '/1/0/3')).toBe(1010);
    expect(decode('f5', '/1/0/6')).toBe(true);
  });

  it('Time: an integer, tag 1 (epoch) or tag 0 (RFC 3339, as Zephyr sends); written as an integer', () => {
    expect(decode('1a 51 82 42 8f', '/3/0/13')).toBe(1367491215);
    expect(decode('c1 1a 51 82 42 8f', '/3/0/13')).toBe(1367491215);
    expect(decode(`c1 fb ${Buffer.from(new Float64Array([1367491215]).buffer).reverse().toString('hex')}`, '/3/0/13')).toBe(1367491215);
    const rfc3339 = Buffer.concat([hex('c0 78 19'), Buffer.from('2013-05-02T10:40:15-00:00')]).toString('hex');
    expect(decode(rfc3339, '/3/0/13')).toBe(1367491215);
    expect(encode('/3/0/13', 1367491215)).toBe('1a5182428f');
    expect(() => decode('c1 f9 3e 00', '/3/0/13')).toThrow(/exact integer/);
  });

  it('Float, Objlnk, Opaque, Unsigned 64-bit, and Resource Instances', () => {
    expect(decode('f9 3e 00', '/6/0/0')).toBe(1.5);
    expect(decode('fb 40 36 66 66 66 66 66 66', '/6/0/0')).toBe(22.4);
    expect(decode('02', '/6/0/0')).toBe(2);
    expect(encode('/6/0/0', 22.4)).toBe('fb4036666666666666');
    expect(decode('63 33 3a 30', '/1/0/10')).toEqual({ objectId: 3, instanceId: 0 });
    expect(encode('/1/0/10', { objectId: 65535, instanceId: 65535 })).toBe('6b36353533353a3635353335');
    expect(decode('43 00 01 ff', '/5/0/0')).toEqual(hex('0001ff'));
    expect(decode('40', '/5/0/0')).toEqual(Buffer.alloc(0));
    expect(decode('1b ff ff ff ff ff ff ff ff', '/1/0/11')).toBe(2n ** 64n - 1n);
    expect(encode('/1/0/11', 2n ** 64n - 1n)).toBe('1bffffffffffffffff');
    expect(decode('3b 7f ff ff ff ff ff ff ff', '/1/0/1')).toBe(-(2n ** 63n));
    expect(decode('05', '/3/0/11/0')).toBe(5);
    expect(decode('7f 61 55 ff', '/1/0/7')).toBe('U');
  });

  it('infers the type of a resource the model does not know', () => {
    const unknown: ModelLookup = { resource: () => undefined };
    expect(decode('61 55', '/9/0/9', unknown)).toBe('U');
    expect(decode('f5', '/9/0/9', unknown)).toBe(true);
    expect(decode('f9 3e 00', '/9/0/9', unknown)).toBe(1.5);
    expect(decode('c1 01', '/9/0/9', unknown)).toBe(1);
  });

  it.each([
    ['an object path', '01', '/1', /not a Resource path/],
    ['an instance path', '01', '/1/0', /not a Resource path/],
    ['a multiple-instance resource', '01', '/3/0/11', /multiple-instance/],
    ['text for an integer', '61 31', '/1/0/1', /integer cannot be a CBOR text string/],
    ['a fraction for an integer', 'f9 3e 00', '/1/0/1', /exact integer/],
    ['an integer beyond int64', '1b 80 00 00 00 00 00 00 00', '/1/0/1', /outside the integer range/],
    ['a negative unsigned', '20', '/1/0/11', /outside the unsigned range/],
    ['an integer for a boolean', '01', '/1/0/6', /boolean cannot be/],
    ['a bad object link', '65 37 30 30 30 30', '/1/0/10', /object link/],
    ['null', 'f6', '/1/0/7', /null/],
    ['an array', '81 01', '/1/0/1', /array/],
    ['an epoch tag on a non-time value', 'c1 01', '/1/0/1', /unsupported CBOR tag 1/],
    ['an unknown tag', 'd8 20 61 55', '/1/0/7', /string cannot be a CBOR tag 32/],
    ['trailing bytes', '01 01', '/1/0/1', /trailing/],
    ['an empty payload', '', '/1/0/1', /empty/],
    ['invalid UTF-8', '62 c3 28', '/1/0/7', /UTF-8/],
    ['an Executable resource', '40', '/1/0/4', /Executable/],
  ])('rejects %s', (_why, bytes, path, message) => {
    expect(() => decode(bytes, path)).toThrow(message);
    expect(() => decode(bytes, path)).toThrow(CodecError);
  });

  it('encodes exactly one record at the request path', () => {
    expect(() => codec.encode([], p('/1/0/1'), model)).toThrow(CodecError);
    expect(() => codec.encode([{ path: p('/1/0/2'), value: 1 }], p('/1/0/1'), model)).toThrow(CodecError);
    expect(() => codec.encode([{ path: p('/1/0/1'), value: 'x' }], p('/1/0/1'), model)).toThrow(CodecError);
    expect(() => codec.encode([{ path: p('/1/0/7'), value: '\ud800' }], p('/1/0/7'), model)).toThrow(/surrogate/);
  });
});
