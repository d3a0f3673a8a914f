import { defaultModel } from '../model/object-model';
import { parsePath as p } from '../model/path';
import { senmlCborCodec as codec } from './senml-cbor';
import { CodecError, type Lwm2mRecord, type ModelLookup, type ResourceValue } from './types';

const model = defaultModel();
const unknown: ModelLookup = { resource: () => undefined };
const rec = (path: string, value: ResourceValue): Lwm2mRecord => ({ path: p(path), value });
/** `hex` with 'text' pieces in double quotes, like the byte tables of Wakaama's senml_cbor_tests.c. */
const bytes = (s: string) =>
  Buffer.concat(s.split(/("[^"]*")/).map((part) => (part.startsWith('"') ? Buffer.from(part.slice(1, -1)) : Buffer.from(part.replace(/\s/g, ''), 'hex'))));

/** TS-Core 1.1 Table 7.4.4-2 in SenML CBOR (the bytes of Wakaama tests/senml_cbor_tests.c, test 1): Read /3/0. */
const DEVICE = bytes(`
  90 a3 21 65 "/3/0/" 00 61 "0" 03 74 "Open Mobile Alliance"
  a2 00 61 "1" 03 76 "Lightweight M2M Client"
  a2 00 61 "2" 03 69 "345000123"
  a2 00 61 "3" 03 63 "1.0"
  a2 00 63 "6/0" 02 01    a2 00 63 "6/1" 02 05
  a2 00 63 "7/0" 02 19 0e d8    a2 00 63 "7/1" 02 19 13 88
  a2 00 63 "8/0" 02 18 7d    a2 00 63 "8/1" 02 19 03 84
  a2 00 61 "9" 02 18 64    a2 00 62 "10" 02 0f    a2 00 64 "11/0" 02 00
  a2 00 62 "13" 02 1a 51 82 42 8f    a2 00 62 "14" 03 66 "+02:00"    a2 00 62 "16" 03 61 "U"`);

const DEVICE_RECORDS = [
  rec('/3/0/0', 'Open Mobile Alliance'),
  rec('/3/0/1', 'Lightweight M2M Client'),
  rec('/3/0/2', '345000123'),
  rec('/3/0/3', '1.0'),
  rec('/3/0/6/0', 1),
  rec('/3/0/6/1', 5),
  rec('/3/0/7/0', 3800),
  rec('/3/0/7/1', 5000),
  rec('/3/0/8/0', 125),
  rec('/3/0/8/1', 900),
  rec('/3/0/9', 100),
  rec('/3/0/10', 15),
  rec('/3/0/11/0', 0),
  rec('/3/0/13', 1367491215),
  rec('/3/0/14', '+02:00'),
  rec('/3/0/16', 'U'),
];

describe('SenML CBOR (CF 112) spec vectors', () => {
  it('decodes TS-Core Table 7.4.4-2 (Read /3/0) and encodes it to the same bytes', () => {
    expect(codec.decode(DEVICE, p('/3/0'), model)).toEqual(DEVICE_RECORDS);
    expect(codec.encode(DEVICE_RECORDS, p('/3/0'), model).equals(DEVICE)).toBe(true);
  });

  it('decodes Table 7.4.4-3: timestamped values resolve bt + t', () => {
    const pack = bytes(`83 a5 21 64 "/72/" 22 1a 01 84 87 6a 00 63 "1/2" 02 fb 4036666666666666 06 24
      a3 00 63 "1/2" 02 fb 4036e66666666666 06 38 1d   a3 00 63 "1/2" 02 fb 403819999999999a 06 38 31`);
    expect(codec.decode(pack, p('/72'), unknown)).toEqual([
      { path: p('/72/1/2'), value: 22.4, time: 25462629 },
      { path: p('/72/1/2'), value: 22.9, time: 25462604 },
      { path: p('/72/1/2'), value: 24.1, time: 25462584 },
    ]);
  });

  it('decodes Table 7.4.4-4: bn "/" and object links under the text label "vlo"', () => {
    const pack = bytes(`83 a3 21 61 "/" 00 68 "65/0/0/0" 63 "vlo" 64 "66:0"
      a2 00 66 "66/1/2" 63 "vlo" 6b "65535:65535"   a2 00 66 "67/0/1" 03 6d "85.76.255.255"`);
    expect(codec.decodeComposite(pack, unknown)).toEqual([
      rec('/65/0/0/0', { objectId: 66, instanceId: 0 }),
      rec('/66/1/2', { objectId: 65535, instanceId: 65535 }),
      rec('/67/0/1', '85.76.255.255'),
    ]);
  });

  it('Table 7.4.4-5: a single resource is a bn without n, both ways', () => {
    const pack = bytes(`81 a2 21 66 "/3/0/0" 03 74 "Open Mobile Alliance"`);
    expect(codec.decode(pack, p('/3/0/0'), model)).toEqual([rec('/3/0/0', 'Open Mobile Alliance')]);
    expect(codec.encode([rec('/3/0/0', 'Open Mobile Alliance')], p('/3/0/0'), model).equals(pack)).toBe(true);
  });

  it('Table 7.4.4-6: the Read-Composite request path list, both ways', () => {
    const list = bytes(`83 a1 00 66 "/3/0/0" a1 00 66 "/3/0/9" a1 00 66 "/1/0/1"`);
    expect(codec.decodePathList(list)).toEqual([p('/3/0/0'), p('/3/0/9'), p('/1/0/1')]);
    expect(codec.encodePathList([p('/3/0/0'), p('/3/0/9'), p('/1/0/1')]).equals(list)).toBe(true);
  });

  it('Table 7.4.4-7: the Read-Composite response with absolute names, both ways', () => {
    const pack = bytes(`83 a2 00 66 "/3/0/0" 03 74 "Open Mobile Alliance" a2 00 66 "/3/0/9" 02 18 5f
      a2 00 66 "/1/0/1" 02 1a 00 01 51 80`);
    const records = [rec('/3/0/0', 'Open Mobile Alliance'), rec('/3/0/9', 95), rec('/1/0/1', 86400)];
    expect(codec.decodeComposite(pack, model)).toEqual(records);
    expect(codec.encodeComposite(records, model).equals(pack)).toBe(true);
  });

  it('Table 7.4.4-8: Write-Composite with booleans and an object the model does not know', () => {
    const pack = bytes(`84 a2 00 6c "/3311/0/5850" 04 f4 a2 00 6c "/3311/1/5850" 04 f4
      a2 00 6c "/3311/2/5851" 02 14 a2 00 6c "/3308/0/5900" 02 12`);
    expect(codec.decodeComposite(pack, model)).toEqual([
      rec('/3311/0/5850', false),
      rec('/3311/1/5850', false),
      rec('/3311/2/5851', 20),
      rec('/3308/0/5900', 18),
    ]);
  });

  it('ETS int-257 Write-Composite (/1/0/2 = 101, /1/0/6 = true, /3/0/13 = 0), built from the case text', () => {
    const pack = bytes(`83 a2 00 66 "/1/0/2" 02 18 65 a2 00 66 "/1/0/6" 04 f5 a2 00 67 "/3/0/13" 02 00`);
    const records = [rec('/1/0/2', 101), rec('/1/0/6', true), rec('/3/0/13', 0)];
    expect(codec.decodeComposite(pack, model)).toEqual(records);
    expect(codec.encodeComposite(records, model).equals(pack)).toBe(true);
  });

  it('accepts labels in any order and bn recurring or ending without "/" (Wakaama tests 8, 9, 10)', () => {
    expect(codec.decode(bytes(`81 a3 21 64 "/2/3" 00 62 "/0" 02 19 04 d2`), p('/2/3'), model)).toEqual([rec('/2/3/0', 1234)]);
    const pack = bytes(`82 a3 02 19 07 df 00 61 "1" 21 66 "/65/5/"  a2 04 f4 00 63 "2/1"`);
    expect(codec.decode(pack, p('/65'), unknown)).toEqual([rec('/65/5/1', 2015), rec('/65/5/2/1', false)]);
  });

  it('accepts indefinite-length arrays, maps and strings', () => {
    const pack = bytes(`9f bf 00 7f 62 "/1" 64 "/0/1" ff 02 19 01 2c ff ff`);
    expect(codec.decodeComposite(pack, model)).toEqual([rec('/1/0/1', 300)]);
  });

  it('carries opaque as a byte string and 64-bit integers exactly', () => {
    const records = [rec('/5/0/0', Buffer.from([0, 1, 255])), rec('/1/0/11', 2n ** 64n - 1n), rec('/1/0/1', -(2n ** 63n))];
    const pack = codec.encodeComposite(records, model);
    expect(pack.includes(Buffer.from('4300 01ff'.replace(' ', ''), 'hex'))).toBe(true);
    expect(codec.decodeComposite(pack, model)).toEqual(records);
  });
});

describe('SenML CBOR rejects', () => {
  const at = (hexBody: string, path = '/3/0') => () => codec.decode(bytes(hexBody), p(path), model);

  it.each([
    ['a map instead of an array', `a0`],
    ['a record that is not a map', `81 01`],
    ['a duplicate label', `81 a2 00 66 "/3/0/0" 00 66 "/3/0/1"`],
    ['vs for an integer resource', `81 a2 00 66 "/3/0/9" 03 62 "95"`],
    ['v as text', `81 a2 00 66 "/3/0/9" 02 62 "95"`],
    ['vd as text', `81 a2 00 66 "/3/0/0" 08 62 "AA"`],
    ['an epoch tag in v', `81 a2 00 66 "/3/0/9" 02 c1 01`],
    ['a name that is not a path', `81 a2 00 65 "3/0/0" 03 61 "x"`],
    ['a name outside the request path', `81 a2 00 66 "/1/0/1" 02 01`],
    ['the same name twice', `82 a2 00 66 "/3/0/9" 02 01 a2 00 66 "/3/0/9" 02 02`],
    ['two values in one record', `81 a3 00 66 "/3/0/9" 02 01 03 61 "x"`],
    ['a record without a value', `81 a1 00 66 "/3/0/9"`],
    ['a multiple-instance resource without instance ids', `81 a2 00 67 "/3/0/11" 02 00`],
    ['instance ids on a single-instance resource', `81 a2 00 68 "/3/0/9/0" 02 00`],
    ['a value for an Executable resource', `81 a2 00 66 "/3/0/4" 08 40`],
    ['bv (base value)', `81 a3 00 66 "/3/0/9" 02 01 24 01`],
    ['a must-understand label', `81 a3 00 66 "/3/0/9" 02 01 62 "x_" 01`],
    ['invalid UTF-8 in a name', `81 a2 00 62 c3 28 02 01`],
    ['trailing bytes', `81 a2 00 66 "/3/0/9" 02 01 00`],
    ['a truncated payload', `81 a2 00 66 "/3/0/9" 02`],
    ['an integer beyond int64 for an integer resource', `81 a2 00 66 "/3/0/9" 02 1b 80 00 00 00 00 00 00 00`],
    ['a float with a fraction for an integer resource', `81 a2 00 66 "/3/0/9" 02 f9 3e 00`],
    ['a bad object link', `81 a2 00 68 "/3/0/22/0" 63 "vlo" 65 "3:0:1"`],
  ])('%s', (_why, body) => {
    expect(at(body)).toThrow(CodecError);
  });
});
