import { defaultModel } from '../model/object-model';
import { parsePath as p } from '../model/path';
import { lwm2mCborCodec as codec } from './lwm2m-cbor';
import { CodecError, type Lwm2mRecord, type ModelLookup, type ResourceDef, type ResourceType, type ResourceValue } from './types';

const model = defaultModel();
const rec = (path: string, value: ResourceValue): Lwm2mRecord => ({ path: p(path), value });
const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');

/** Object 13 as Anjay's tests type it (tests/core/io/lwm2m_cbor_in.c "all_types"); /14 unknown. */
const TYPES: Record<number, ResourceType> = { 1: 'unsigned', 2: 'integer', 3: 'float', 4: 'string', 5: 'opaque', 6: 'objlnk', 7: 'unsigned' };
const anjay: ModelLookup = {
  resource: (o, r) => (o === 13 && TYPES[r] ? ({ id: r, name: `r${r}`, type: TYPES[r], multiple: false, mandatory: false, operations: 'RW' } as ResourceDef) : undefined),
};

describe('LwM2M CBOR (CF 11544) decoding, vectors of Anjay tests/core/io/lwm2m_cbor_in.c', () => {
  const one = [rec('/13/26/1', 42)];

  it.each([
    ['{[13, 26, 1]: 42}', 'a1 83 0d 18 1a 01 18 2a'],
    ['{_ [_ 13, 26, 1]: 42}', 'bf 9f 0d 18 1a 01 ff 18 2a ff'],
    ['{13: {26: {1: 42}}}', 'a1 0d a1 18 1a a1 01 18 2a'],
    ['{[13]: {[26]: {[1]: 42}}}', 'a1 81 0d a1 81 18 1a a1 81 01 18 2a'],
    ['{_ [_ 13]: {_ [_ 26]: {_ [_ 1]: 42}}}', 'bf 9f 0d ff bf 9f 18 1a ff bf 9f 01 ff 18 2a ff ff ff'],
  ])('%s at /13/26/1', (_diag, bytes) => {
    expect(codec.decode(hex(bytes), p('/13/26/1'), anjay)).toEqual(one);
  });

  it.each([
    ['{[13, 26]: {1: 42, 2: 21}}', 'a1 82 0d 18 1a a2 01 18 2a 02 15'],
    ['{[13, 26, 1]: 42, [13, 26, 2]: 21}', 'a2 83 0d 18 1a 01 18 2a 83 0d 18 1a 02 15'],
    ['{[13, 26]: {1: 42}, [13, 26, 2]: 21}', 'a2 82 0d 18 1a a1 01 18 2a 83 0d 18 1a 02 15'],
    ['{[13, 26, 1]: 42, [13, 26]: {[2]: 21}}', 'a2 83 0d 18 1a 01 18 2a 82 0d 18 1a a1 81 02 15'],
  ])('%s at /13/26', (_diag, bytes) => {
    expect(codec.decode(hex(bytes), p('/13/26'), anjay)).toEqual([rec('/13/26/1', 42), rec('/13/26/2', 21)]);
  });

  it('a decimal fraction at the deepest nesting: {[13]: {[26]: {[1]: {[2]: 4([-1, 45])}}}}', () => {
    const unknown: ModelLookup = { resource: () => undefined };
    expect(codec.decode(hex('a1 81 0d a1 81 18 1a a1 81 01 a1 81 02 c4 82 20 18 2d'), p('/13/26/1/2'), unknown)).toEqual([rec('/13/26/1/2', 4.5)]);
  });

  it('every data type: {[13, 26]: {1: 1, 2: -1, 3: 2.5, 4: "test", 5: h\'11223344\', 6: "12:34", 7: 1}}', () => {
    const bytes = hex('a1 82 0d 18 1a a7 01 01 02 20 03 f9 41 00 04 64 74 65 73 74 05 44 11 22 33 44 06 65 31 32 3a 33 34 07 01');
    expect(codec.decode(bytes, p('/13/26'), anjay)).toEqual([
      rec('/13/26/1', 1),
      rec('/13/26/2', -1),
      rec('/13/26/3', 2.5),
      rec('/13/26/4', 'test'),
      rec('/13/26/5', Buffer.from([0x11, 0x22, 0x33, 0x44])),
      rec('/13/26/6', { objectId: 12, instanceId: 34 }),
      rec('/13/26/7', 1),
    ]);
  });

  it('indefinite-length byte strings: {[13, 26]: {1: (_ h\'0011…77\', h\'8899…FF\'), 2: 7}}', () => {
    const bytes = hex('a1 82 0d 18 1a a2 01 5f 48 0011223344556677 48 8899aabbccddeeff ff 02 07');
    const unknown: ModelLookup = { resource: () => undefined };
    expect(codec.decode(bytes, p('/13/26'), unknown)).toEqual([rec('/13/26/1', hex('00112233445566778899aabbccddeeff')), rec('/13/26/2', 7)]);
  });

  it('composite payloads, definite and indefinite', () => {
    const expected = [rec('/13/26/1', 1), rec('/14/27/2', 2)];
    expect(codec.decodeComposite(hex('a2 0d a1 18 1a a1 01 01 0e a1 18 1b a1 02 02'), anjay)).toEqual(expected);
    expect(codec.decodeComposite(hex('bf 9f 0d ff bf 9f 18 1a ff bf 9f 01 ff 01 ff ff 9f 0e ff bf 9f 18 1b ff bf 9f 02 ff 02 ff ff ff'), anjay)).toEqual(expected);
  });

  it.each([
    ['an id of 65536', 'a1 82 0d 18 1a a1 1a 00 01 00 00 05', '/13/26', /path id/],
    ['an id of 65536 in an array key', 'a1 83 0d 18 1a 1a 00 01 00 00 05', '/13/26', /path id/],
    ['a five-id path', 'a1 85 0d 18 1a 03 04 05 05', '/13/26', /deeper/],
    ['a path too long through nesting', 'a1 83 0d 18 1a 01 a2 02 05 82 03 04 05', '/13/26/1/2', /deeper/],
    ['empty array keys', 'a2 0d a1 80 18 1a a1 80 01 18 2a', '/13', /non-empty array/],
    ['a path outside the request path (object)', 'a1 83 0d 18 1a 01 18 2a', '/14', /outside/],
    ['a path outside the request path (instance)', 'a1 83 0d 18 1a 01 18 2a', '/13/27', /outside/],
    ['a path outside the request path (resource)', 'a1 83 0d 18 1a 01 18 2a', '/13/26/2', /outside/],
    ['a path above the request path', 'a1 83 0d 18 1a 01 18 2a', '/13/26/1/69', /outside/],
    ['a float id', 'a1 83 0d fb 3fd0a3d70a3d70a4 01 18 2a', '/13', /path id/],
    ['a float key', 'a1 fb 3fc0a3d70a3d70a4 a1 82 18 1a 01 18 2a', '/13', /path id/],
    ['a text key', 'a1 0d a1 62 32 36 a1 01 18 2a', '/13', /text string "26"/],
    ['a bare integer', '00', '/13', /not a map/],
    ['an array', '84 01 02 03 04', '/13', /not a map/],
    ['an array as a value', 'a1 0d a1 18 1a 81 a1 01 18 2a', '/13', /Resource or Resource Instance/],
    ['an array as a resource value', 'a1 83 0d 18 1a 01 81 01', '/13', /cannot be a CBOR array/],
    ['a truncated map', 'a1 82 0d 18 1a a1', '/13', /runs past the end/],
    ['a value above Resource level', 'a1 82 0d 18 1a 05', '/13', /Resource or Resource Instance/],
    ['a null value', 'a1 83 0d 18 1a 01 f6', '/13', /null/],
    ['the same path twice', 'a2 83 0d 18 1a 01 01 82 0d 18 1a a1 01 02', '/13', /twice/],
    ['a duplicate map key', 'a2 0d a0 0d a0', '/13', /duplicate map key/],
    ['a type the model refuses', 'a1 83 0d 18 1a 04 01', '/13', /string cannot be a CBOR integer/],
    ['trailing bytes', 'a1 83 0d 18 1a 01 18 2a 00', '/13', /trailing/],
  ])('rejects %s', (_why, bytes, path, message) => {
    expect(() => codec.decode(hex(bytes), p(path), anjay)).toThrow(message);
    expect(() => codec.decode(hex(bytes), p(path), anjay)).toThrow(CodecError);
  });

  it('reads a multiple-instance resource of the real model and enforces its shape', () => {
    expect(codec.decode(hex('a1 83 03 00 0b a2 00 00 01 05'), p('/3/0'), model)).toEqual([rec('/3/0/11/0', 0), rec('/3/0/11/1', 5)]);
    expect(() => codec.decode(hex('a1 83 03 00 0b 00'), p('/3/0'), model)).toThrow(/multiple-instance/);
    expect(() => codec.decode(hex('a1 84 03 00 09 00 01'), p('/3/0'), model)).toThrow(/single-instance/);
  });
});

describe('LwM2M CBOR encoding in Anjay’s form (tests/core/io/lwm2m_cbor_out.c, definite lengths)', () => {
  it('roots the payload at the request path: {[13, 26, 1]: 42}, {[13, 26]: {1: 42, 2: 21}}', () => {
    expect(codec.encode([rec('/13/26/1', 42)], p('/13/26/1'), anjay).toString('hex')).toBe('a1830d181a01182a');
    expect(codec.encode([rec('/13/26/1', 42), rec('/13/26/2', 21)], p('/13/26'), anjay).toString('hex')).toBe('a1820d181aa201182a0215');
  });

  it('nests resource instances: {[13, 26]: {1: 42, 3: {21: 69.68, 37: false}}}', () => {
    const unknown: ModelLookup = { resource: () => undefined };
    const records = [rec('/13/26/1', 42), rec('/13/26/3/21', 69.68), rec('/13/26/3/37', false)];
    expect(codec.encode(records, p('/13/26'), unknown).toString('hex')).toBe('a1820d181aa201182a03a215fb40516b851eb851ec1825f4');
  });

  it('writes a lone object id as the key and composites from the root', () => {
    expect(codec.encode([rec('/3/0/9', 55)], p('/3'), model).toString('hex')).toBe('a103a100a1091837');
    const records = [rec('/13/26/1', 42), rec('/13/26/2', 21), rec('/14/27/1', 43), rec('/14/27/2', 22)];
    expect(codec.encodeComposite(records, anjay).toString('hex')).toBe('a20da1181aa201182a02150ea1181ba201182b0216');
  });

  it('writes path lists as flat keys with null leaves, and reads them back', () => {
    const paths = [p('/3/0/0'), p('/1'), p('/3/0')];
    const bytes = codec.encodePathList(paths);
    expect(bytes.toString('hex')).toBe('a3830300 00f6 01f6 820300f6'.replace(/ /g, ''));
    expect(codec.decodePathList(bytes)).toEqual(paths);
    expect(() => codec.decodePathList(hex('a1 01 05'))).toThrow(/null leaves/);
  });

  it('refuses what the format cannot say', () => {
    expect(() => codec.encode([{ ...rec('/3/0/9', 1), time: 5 } as Lwm2mRecord], p('/3/0'), model)).toThrow(/timestamp/);
    expect(() => codec.encode([rec('/3/0/9', 1)], p('/1'), model)).toThrow(/outside/);
    expect(() => codec.encode([rec('/3/0/9', 1), rec('/3/0/9', 2)], p('/3'), model)).toThrow(/twice/);
    expect(() => codec.encode([rec('/3/0/9', 'x')], p('/3'), model)).toThrow(CodecError);
  });
});
