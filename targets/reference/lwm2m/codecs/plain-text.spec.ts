import { defaultModel } from '../model/object-model';
import { parsePath } from '../model/path';
import { plainTextCodec as text } from './plain-text';
import { randomPayloads } from './seeded-random';
import { CodecError, type ResourceValue } from './types';

const model = defaultModel();
const p = parsePath;
const encode = (path: string, value: ResourceValue) => text.encode([{ path: p(path), value }], p(path), model).toString('utf8');
const decode = (path: string, payload: string | Buffer) =>
  text.decode(typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload, p(path), model);

describe('plain text (CF 0): one value per type, TS-Core §7.4.1', () => {
  it.each<[string, string, ResourceValue, string]>([
    ['string', '/3/0/0', 'Open Mobile Alliance', 'Open Mobile Alliance'],
    ['string with UTF-8', '/3/0/0', 'Zürich ☃', 'Zürich ☃'],
    ['integer', '/1/0/1', 86400, '86400'],
    ['negative integer', '/3/0/7/0', -5, '-5'],
    ['64-bit integer as bigint', '/1/0/1', -(2n ** 63n), '-9223372036854775808'],
    ['unsigned', '/1/0/14', 7, '7'],
    ['float', '/3303/0/5700', 21.5, '21.5'],
    ['float without exponent', '/3303/0/5700', 1e21, '1000000000000000000000'],
    ['tiny float without exponent', '/3303/0/5700', -1.5e-7, '-0.00000015'],
    ['boolean true', '/1/0/6', true, '1'],
    ['boolean false', '/1/0/6', false, '0'],
    ['time', '/3/0/13', 1367491215, '1367491215'],
    ['opaque, padded base64', '/5/0/0', Buffer.from([0xde, 0xad, 0xbe, 0xef]), '3q2+7w=='],
    ['empty opaque', '/5/0/0', Buffer.alloc(0), ''],
    ['objlnk', '/1/0/10', { objectId: 11, instanceId: 0 }, '11:0'],
    ['objlnk "no link"', '/1/0/10', { objectId: 65535, instanceId: 65535 }, '65535:65535'],
    ['resource instance', '/3/0/11/1', 3, '3'],
  ])('%s', (_name, path, value, wire) => {
    expect(encode(path, value)).toBe(wire);
    expect(decode(path, wire)).toEqual([{ path: p(path), value }]);
  });

  it('decodes integers beyond 2^53 as bigint and keeps numbers otherwise', () => {
    expect(decode('/1/0/1', '9007199254740993')[0]!.value).toBe(9007199254740993n);
    expect(decode('/1/0/1', '+12')[0]!.value).toBe(12);
  });

  it('treats a resource the model does not know as a string', () => {
    expect(decode('/4242/0/1', '1.5')).toEqual([{ path: p('/4242/0/1'), value: '1.5' }]);
  });

  it.each([
    ['/1/0/1', '1.5', /not a decimal integer/],
    ['/1/0/1', ' 1', /not a decimal integer/],
    ['/1/0/1', '', /not a decimal integer/],
    ['/1/0/1', '9223372036854775808', /integer range/],
    ['/1/0/14', '-1', /not a decimal unsigned/],
    ['/1/0/6', 'true', /not a boolean/],
    ['/1/0/6', '2', /not a boolean/],
    ['/3303/0/5700', 'NaN', /finite decimal float/],
    ['/3303/0/5700', '1e999', /finite decimal float/],
    ['/3303/0/5700', '0x10', /finite decimal float/],
    ['/5/0/0', '3q2+7w', /not padded base64/],
    ['/5/0/0', '3q2+7x==', /non-canonical/],
    ['/1/0/10', '11', /object link/],
    ['/1/0/10', '70000:0', /object link/],
    ['/3/0/13', '1e3', /not a decimal time/],
    ['/3/0/6', '1', /multiple-instance Resource \/3\/0\/6/],
    ['/3/0', 'x', /not a Resource path/],
    ['/1/0/8', '', /Executable/],
  ])('rejects %s = %j', (path, payload, message) => {
    expect(() => decode(path, payload)).toThrow(CodecError);
    expect(() => decode(path, payload)).toThrow(message);
  });

  it('rejects bad UTF-8', () => {
    expect(() => decode('/3/0/0', Buffer.from([0x41, 0xc3, 0x28]))).toThrow(/not valid UTF-8/);
  });

  it.each<[string, ResourceValue, RegExp]>([
    ['/1/0/1', 1.5, /needs an integer/],
    ['/1/0/1', '5', /needs an integer/],
    ['/1/0/14', -1, /outside the unsigned range/],
    ['/1/0/6', 1, /needs true\/false/],
    ['/3303/0/5700', Infinity, /no decimal form/],
    ['/5/0/0', 'abc', /needs a Buffer/],
    ['/1/0/10', { objectId: 70000, instanceId: 0 }, /objlnk/],
  ])('refuses to encode %s = %p', (path, value, message) => {
    expect(() => encode(path, value)).toThrow(CodecError);
    expect(() => encode(path, value)).toThrow(message);
  });

  it('encodes exactly one record at the request path', () => {
    const r = { path: p('/3/0/0'), value: 'a' };
    expect(() => text.encode([r, r], p('/3/0/0'), model)).toThrow(/exactly one value, got 2/);
    expect(() => text.encode([r], p('/3/0/1'), model)).toThrow(/not the request path/);
  });

  it('throws only CodecError on random bytes', () => {
    for (const payload of randomPayloads(0x7e57, 2000, 24)) {
      for (const path of ['/1/0/1', '/3303/0/5700', '/5/0/0', '/1/0/10', '/3/0/0']) {
        try {
          decode(path, payload);
        } catch (e) {
          expect(e).toBeInstanceOf(CodecError);
        }
      }
    }
  });
});
