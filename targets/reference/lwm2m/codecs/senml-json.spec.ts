import { defaultModel } from '../model/object-model';
import { parsePath as p } from '../model/path';
import { senmlJsonCodec as codec } from './senml-json';
import { CodecError, type Lwm2mRecord, type ModelLookup, type ResourceValue } from './types';

const model = defaultModel();
const unknown: ModelLookup = { resource: () => undefined };
const rec = (path: string, value: ResourceValue): Lwm2mRecord => ({ path: p(path), value });
const json = (x: unknown) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x));

describe('SenML JSON (CF 110) encoding', () => {
  it('writes bn = request path + "/" and relative names, like Wakaama and Leshan (TS-Core Table 7.4.4-2)', () => {
    const records = [rec('/3/0/0', 'Open Mobile Alliance'), rec('/3/0/6/0', 1), rec('/3/0/13', 1367491215), rec('/3/0/16', 'U')];
    expect(codec.encode(records, p('/3/0'), model).toString()).toBe(
      '[{"bn":"/3/0/","n":"0","vs":"Open Mobile Alliance"},{"n":"6/0","v":1},{"n":"13","v":1367491215},{"n":"16","vs":"U"}]',
    );
  });

  it('writes a lone resource as bn without n (Table 7.4.4-5) and composites with absolute names (Table 7.4.4-7)', () => {
    expect(codec.encode([rec('/3/0/9', 55)], p('/3/0/9'), model).toString()).toBe('[{"bn":"/3/0/9","v":55}]');
    expect(codec.encodeComposite([rec('/3/0/0', 'x'), rec('/1/0/1', 86400)], model).toString()).toBe('[{"n":"/3/0/0","vs":"x"},{"n":"/1/0/1","v":86400}]');
    expect(codec.encodePathList([p('/3/0/0'), p('/1/0')]).toString()).toBe('[{"n":"/3/0/0"},{"n":"/1/0"}]');
  });

  it('writes vd as unpadded base64url, vlo as "oid:iid", vb, and 64-bit integers exactly', () => {
    const records = [rec('/5/0/0', Buffer.from([0xfb, 0xff])), rec('/1/0/10', { objectId: 65535, instanceId: 65535 }), rec('/1/0/6', true), rec('/1/0/11', 2n ** 64n - 1n), rec('/1/0/1', -(2n ** 63n))];
    expect(codec.encodeComposite(records, model).toString()).toBe(
      '[{"n":"/5/0/0","vd":"-_8"},{"n":"/1/0/10","vlo":"65535:65535"},{"n":"/1/0/6","vb":true},{"n":"/1/0/11","v":18446744073709551615},{"n":"/1/0/1","v":-9223372036854775808}]',
    );
  });

  it('refuses what it cannot write', () => {
    expect(() => codec.encode([rec('/1/0/1', 'x')], p('/1/0'), model)).toThrow(CodecError);
    expect(() => codec.encode([rec('/1/0/1', 1)], p('/3/0'), model)).toThrow(/outside the request path/);
    expect(() => codec.encode([rec('/3/0/11', 1)], p('/3/0'), model)).toThrow(/multiple-instance/);
    expect(() => codec.encode([rec('/1/0/1', 1), rec('/1/0/1', 2)], p('/1/0'), model)).toThrow(/twice/);
    expect(() => codec.encode([rec('/6/0/0', NaN)], p('/6/0'), model)).toThrow(/no JSON representation/);
    expect(() => codec.encode([rec('/3/0/0', 'a\ud800')], p('/3/0'), model)).toThrow(/lone UTF-16 surrogate/);
  });
});

describe('SenML JSON decoding of other producers’ shapes', () => {
  it('reads Wakaama’s [{"bn":"/3/0/9","v":55}] (no n at all)', () => {
    expect(codec.decode(json('[{"bn":"/3/0/9","v":55}]'), p('/3/0/9'), model)).toEqual([rec('/3/0/9', 55)]);
  });

  it('reads absolute names without bn, bn on every record, and bn recurring mid-pack', () => {
    const expected = [rec('/3/0/0', 'a'), rec('/3/0/11/0', 0), rec('/3/0/9', 7)];
    const shapes = [
      [{ n: '/3/0/0', vs: 'a' }, { n: '/3/0/11/0', v: 0 }, { n: '/3/0/9', v: 7 }],
      [{ bn: '/3/0/', n: '0', vs: 'a' }, { bn: '/3/0/', n: '11/0', v: 0 }, { bn: '/3/0/', n: '9', v: 7 }],
      [{ bn: '/3/0/', n: '0', vs: 'a' }, { bn: '/3/0/11/', n: '0', v: 0 }, { bn: '/3/', n: '0/9', v: 7 }],
      [{ bn: '/', n: '3/0/0', vs: 'a' }, { n: '3/0/11/0', v: 0 }, { bn: '/3/0/9', v: 7 }],
    ];
    for (const shape of shapes) expect(codec.decode(json(shape), p('/3'), model)).toEqual(expected);
  });

  it('resolves timestamps as bt + t (TS-Core Table 7.4.4-3) and keeps same-name values at different times', () => {
    const pack = [{ bn: '/72/', bt: 25462634, n: '1/2', v: 22.4, t: -5 }, { n: '1/2', v: 22.9, t: -30 }, { n: '1/2', v: 24.1, t: -50 }];
    expect(codec.decode(json(pack), p('/72'), unknown)).toEqual([
      { path: p('/72/1/2'), value: 22.4, time: 25462629 },
      { path: p('/72/1/2'), value: 22.9, time: 25462604 },
      { path: p('/72/1/2'), value: 24.1, time: 25462584 },
    ]);
  });

  it('reads 64-bit integers exactly, also next to long digit runs inside strings', () => {
    const text = '[{"bn":"/1/0/","n":"11","v":18446744073709551615},{"n":"1","v":-9223372036854775808},{"n":"7","vs":"12345678901234567890"},{"n":"2","v":9007199254740993}]';
    expect(codec.decode(json(text), p('/1/0'), model)).toEqual([
      rec('/1/0/11', 2n ** 64n - 1n),
      rec('/1/0/1', -(2n ** 63n)),
      rec('/1/0/7', '12345678901234567890'),
      rec('/1/0/2', 9007199254740993n),
    ]);
  });

  it('reads floats, unknown resources by their value label, and ignores harmless labels', () => {
    const pack = [{ bn: '/6/0/', n: '0', v: 52.5, u: 'lat' }, { n: '5', v: 1.5e9 }, { bn: '/9999/0/', n: '1', vb: false, ver: 10 }, { n: '2', vd: 'AQI' }, { n: '3', vlo: '1:2' }];
    expect(codec.decodeComposite(json(pack), model)).toEqual([
      rec('/6/0/0', 52.5),
      rec('/6/0/5', 1.5e9),
      rec('/9999/0/1', false),
      rec('/9999/0/2', Buffer.from([1, 2])),
      rec('/9999/0/3', { objectId: 1, instanceId: 2 }),
    ]);
  });

  it('reads the Read-Composite path list of Table 7.4.4-6', () => {
    expect(codec.decodePathList(json('[{"n":"/3/0/0"},{"n":"/3/0/9"},{"n":"/1/0/1"},{"bn":"/5","n":"/0"}]'))).toEqual([p('/3/0/0'), p('/3/0/9'), p('/1/0/1'), p('/5/0')]);
  });
});

describe('SenML JSON rejects', () => {
  it.each([
    ['invalid JSON', '[{"n":"/3/0/9","v":1}', /not valid JSON/],
    ['invalid UTF-8', Buffer.from([0x5b, 0xc3, 0x28, 0x5d]), /UTF-8/],
    ['a leading BOM', '\ufeff[]', /not valid JSON/],
    ['an object instead of an array', '{"n":"/3/0/9","v":1}', /not a JSON array/],
    ['a record that is not an object', '[1]', /not a JSON object/],
    ['vs for an integer resource', '[{"n":"/3/0/9","vs":"1"}]', /integer resource cannot carry "vs"/],
    ['v as a string', '[{"n":"/3/0/9","v":"1"}]', /"v" must be a number/],
    ['a fraction for an integer resource', '[{"n":"/3/0/9","v":1.5}]', /not an exact integer/],
    ['an integer beyond 2^53 written as a float', '[{"n":"/1/0/1","v":9007199254740993.0}]', /not an exact integer/],
    ['an integer beyond int64', '[{"n":"/1/0/1","v":9223372036854775808}]', /outside the integer range/],
    ['a negative unsigned integer', '[{"n":"/1/0/11","v":-1}]', /outside the unsigned range/],
    ['a name that is not a path', '[{"n":"/3/0/x","vs":"a"}]', /not an LwM2M path/],
    ['a relative name without bn', '[{"n":"3/0/0","vs":"a"}]', /not an LwM2M path/],
    ['a trailing slash', '[{"n":"/3/0/0/","vs":"a"}]', /not an LwM2M path/],
    ['a reserved id 65535', '[{"n":"/3/0/65535","vs":"a"}]', /reserved/],
    ['a duplicate name', '[{"n":"/3/0/9","v":1},{"bn":"/3/0/","n":"9","v":2}]', /appears twice/],
    ['two values', '[{"n":"/3/0/9","v":1,"vs":"1"}]', /two values/],
    ['no value', '[{"n":"/3/0/9"}]', /no value/],
    ['a value above Resource level', '[{"n":"/3/0","v":1}]', /Resource or Resource Instance path/],
    ['padded base64 in vd', '[{"n":"/5/0/0","vd":"AQI="}]', /unpadded base64url/],
    ['standard-alphabet base64 in vd', '[{"n":"/5/0/0","vd":"+/8"}]', /unpadded base64url/],
    ['non-canonical base64url bits', '[{"n":"/5/0/0","vd":"AR"}]', /non-canonical/],
    ['bv (base value)', '[{"n":"/3/0/9","v":1,"bv":1}]', /not supported by LwM2M/],
    ['a must-understand label', '[{"n":"/3/0/9","v":1,"x_":1}]', /must-understand/],
    ['bn that is not a string', '[{"bn":3,"n":"/3/0/9","v":1}]', /"bn" must be a string/],
    ['a multiple-instance resource without instance ids', '[{"n":"/3/0/11","v":0}]', /multiple-instance/],
    ['instance ids on a single-instance resource', '[{"n":"/3/0/9/0","v":0}]', /single-instance/],
    ['a value for an Executable resource', '[{"n":"/3/0/4","vd":""}]', /Executable/],
    ['a bad object link', '[{"n":"/3/0/22/0","vlo":"70000:0"}]', /object link/],
    ['a lone surrogate in a string', '[{"n":"/3/0/0","vs":"\\udc00x"}]', /lone UTF-16 surrogate/],
  ])('%s', (_why, payload, message) => {
    expect(() => codec.decodeComposite(Buffer.isBuffer(payload) ? payload : json(payload), model)).toThrow(message);
    expect(() => codec.decodeComposite(Buffer.isBuffer(payload) ? payload : json(payload), model)).toThrow(CodecError);
  });

  it('a name outside the request path', () => {
    expect(() => codec.decode(json('[{"n":"/1/0/1","v":1}]'), p('/3/0'), model)).toThrow(/outside the request path/);
    expect(() => codec.decode(json('[{"bn":"/3/0/","n":"1"}]'), p('/3/1'), model)).toThrow(CodecError);
  });

  it('a path list with a value, or a duplicate path', () => {
    expect(() => codec.decodePathList(json('[{"n":"/3/0/0","vs":"x"}]'))).toThrow(/carries no values/);
    expect(() => codec.decodePathList(json('[{"n":"/3/0/0"},{"n":"/3/0/0"}]'))).toThrow(/twice/);
  });
});
