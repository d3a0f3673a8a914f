import { defaultModel } from '../model/object-model';
import { parsePath as p } from '../model/path';
import { decodeOmaJsonAbsolute, omaJsonCodec as codec } from './oma-json';
import { CodecError, type Lwm2mRecord, type ResourceValue } from './types';

const model = defaultModel();
const rec = (path: string, value: ResourceValue): Lwm2mRecord => ({ path: p(path), value });
const json = (x: unknown) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x));

/** TS-Core 1.0 §6.4.4, the JSON example for Read /3/0 (abridged to one value of each kind). */
const DEVICE = {
  bn: '/3/0/',
  e: [
    { n: '0', sv: 'Open Mobile Alliance' },
    { n: '6/0', v: 1 },
    { n: '6/1', v: 5 },
    { n: '11/0', v: 0 },
    { n: '13', v: 1367491215 },
    { n: '16', sv: 'U' },
  ],
};
const DEVICE_RECORDS = [rec('/3/0/0', 'Open Mobile Alliance'), rec('/3/0/6/0', 1), rec('/3/0/6/1', 5), rec('/3/0/11/0', 0), rec('/3/0/13', 1367491215), rec('/3/0/16', 'U')];

describe('OMA-JSON (CF 11543)', () => {
  it('decodes the TS-Core 1.0 §6.4.4 Device example and encodes it to the same document', () => {
    expect(codec.decode(json(DEVICE), p('/3/0'), model)).toEqual(DEVICE_RECORDS);
    expect(JSON.parse(codec.encode(DEVICE_RECORDS, p('/3/0'), model).toString())).toEqual(DEVICE);
  });

  it('carries Boolean in bv, Objlnk in ov, Opaque as padded base64 in sv, and 64-bit integers exactly', () => {
    const records = [rec('/1/0/6', true), rec('/1/0/10', { objectId: 3, instanceId: 0 }), rec('/1/0/11', 2n ** 64n - 1n)];
    expect(codec.encode(records, p('/1/0'), model).toString()).toBe(
      '{"bn":"/1/0/","e":[{"n":"6","bv":true},{"n":"10","ov":"3:0"},{"n":"11","v":18446744073709551615}]}',
    );
    const opaque = codec.encode([rec('/5/0/0', Buffer.from([1, 2]))], p('/5/0/0'), model);
    expect(opaque.toString()).toBe('{"bn":"/5/0/","e":[{"n":"0","sv":"AQI="}]}');
    expect(codec.decode(opaque, p('/5/0/0'), model)).toEqual([rec('/5/0/0', Buffer.from([1, 2]))]);
  });

  it('reads names relative to the request path when there is no bn, and timestamps as bt + t', () => {
    expect(codec.decode(json({ e: [{ n: '1', v: 300 }] }), p('/1/0'), model)).toEqual([rec('/1/0/1', 300)]);
    expect(codec.decode(json({ bn: '/6/0/', bt: 1000, e: [{ n: '0', v: 1.5, t: -5 }] }), p('/6/0'), model)).toEqual([{ ...rec('/6/0/0', 1.5), time: 995 }]);
    expect(decodeOmaJsonAbsolute(json({ e: [{ n: '/1/0/1', v: 300 }] }), model)).toEqual([rec('/1/0/1', 300)]);
  });

  it.each([
    ['not an object', '[]', /not a JSON object/],
    ['no e array', '{"bn":"/3/0/"}', /no "e" array/],
    ['a non-string bn', '{"bn":3,"e":[]}', /"bn" must be a string/],
    ['an entry that is not an object', '{"e":[1]}', /not a JSON object/],
    ['sv for an integer resource', '{"bn":"/3/0/","e":[{"n":"9","sv":"1"}]}', /integer resource cannot carry "vs"/],
    ['bv as a string', '{"bn":"/1/0/","e":[{"n":"6","bv":"true"}]}', /"bv" must be true or false/],
    ['a leading-zero number (the ETS int-220 sample defect)', '{"bn":"/1/0/","e":[{"n":"2","v":0101}]}', /not valid JSON/],
    ['bad base64 for opaque', '{"bn":"/5/0/","e":[{"n":"0","sv":"AQI"}]}', /base64/],
    ['a name outside the request path', '{"bn":"/1/0/","e":[{"n":"1","v":1}]}', /outside/],
    ['a duplicate name', '{"bn":"/3/0/","e":[{"n":"9","v":1},{"n":"9","v":2}]}', /twice/],
    ['an entry without a value', '{"bn":"/3/0/","e":[{"n":"9"}]}', /no value/],
  ])('rejects %s', (_why, text, message) => {
    const path = text.includes('/5/0/') ? p('/5/0') : text.includes('"6","bv"') || text.includes('"2","v"') ? p('/1/0') : p('/3/0');
    expect(() => codec.decode(json(text), path, model)).toThrow(message);
    expect(() => codec.decode(json(text), path, model)).toThrow(CodecError);
  });
});
