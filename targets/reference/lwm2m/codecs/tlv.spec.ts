import { defaultModel } from '../model/object-model';
import { parsePath } from '../model/path';
import { randomPayloads, seededRandom } from './seeded-random';
import { tlvCodec as tlv } from './tlv';
import { CodecError, type Lwm2mRecord, type ResourceValue } from './types';

const model = defaultModel();
const p = parsePath;
const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');
const rec = (path: string, value: ResourceValue): Lwm2mRecord => ({ path: p(path), value });

/** TS-Core §7.4.3 example: Read /3/0 answered with the Device object's readable resources (121 bytes). */
const DEVICE = hex(`
  C8 00 14 4F 70 65 6E 20 4D 6F 62 69 6C 65 20 41 6C 6C 69 61 6E 63 65
  C8 01 16 4C 69 67 68 74 77 65 69 67 68 74 20 4D 32 4D 20 43 6C 69 65 6E 74
  C8 02 09 33 34 35 30 30 30 31 32 33
  C3 03 31 2E 30
  86 06 41 00 01 41 01 05
  88 07 08 42 00 0E D8 42 01 13 88
  87 08 41 00 7D 42 01 03 84
  C1 09 64
  C1 0A 0F
  83 0B 41 00 00
  C4 0D 51 82 42 8F
  C6 0E 2B 30 32 3A 30 30
  C1 10 55`);

const DEVICE_RECORDS: Lwm2mRecord[] = [
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

/** TS-Core §7.4.3 example: Read /2, two Access Control instances, one ACL id above 255 (38 bytes). */
const ACCESS_CONTROL = hex('08 00 0E C1 00 01 C1 01 00 83 02 41 7F 07 C1 03 7F 08 02 12 C1 00 03 C1 01 00 87 02 41 7F 07 61 01 36 01 C1 03 7F');
const ACCESS_CONTROL_RECORDS = [
  rec('/2/0/0', 1), rec('/2/0/1', 0), rec('/2/0/2/127', 7), rec('/2/0/3', 127),
  rec('/2/2/0', 3), rec('/2/2/1', 0), rec('/2/2/2/127', 7), rec('/2/2/2/310', 1), rec('/2/2/3', 127),
];

/** ETS int-215: Write (partial update) on /1/0. */
const INT_215 = hex('C1 02 65 C2 03 03 F2 C2 05 07 D0 C1 06 01 C1 07 55');
const INT_215_RECORDS = [rec('/1/0/2', 101), rec('/1/0/3', 1010), rec('/1/0/5', 2000), rec('/1/0/6', true), rec('/1/0/7', 'U')];

describe('TLV (CF 11542) spec vectors', () => {
  it('decodes and re-encodes the TS-Core Device example on /3/0 exactly', () => {
    expect(tlv.decode(DEVICE, p('/3/0'), model)).toEqual(DEVICE_RECORDS);
    expect(tlv.encode(DEVICE_RECORDS, p('/3/0'), model)).toEqual(DEVICE);
  });

  it('wraps the Device example in an Object Instance TLV for /3 (08 00 79 …)', () => {
    const wrapped = Buffer.concat([hex('08 00 79'), DEVICE]);
    expect(tlv.encode(DEVICE_RECORDS, p('/3'), model)).toEqual(wrapped);
    expect(tlv.decode(wrapped, p('/3'), model)).toEqual(DEVICE_RECORDS);
  });

  it('accepts the ETS int-203 form (Object Instance TLV) for /3/0 too', () => {
    expect(tlv.decode(Buffer.concat([hex('08 00 79'), DEVICE]), p('/3/0'), model)).toEqual(DEVICE_RECORDS);
  });

  it('decodes and re-encodes the TS-Core Access Control example on /2', () => {
    expect(tlv.decode(ACCESS_CONTROL, p('/2'), model)).toEqual(ACCESS_CONTROL_RECORDS);
    expect(tlv.encode(ACCESS_CONTROL_RECORDS, p('/2'), model)).toEqual(ACCESS_CONTROL);
  });

  it('decodes and re-encodes the ETS int-215 payload on /1/0', () => {
    expect(tlv.decode(INT_215, p('/1/0'), model)).toEqual(INT_215_RECORDS);
    expect(tlv.encode(INT_215_RECORDS, p('/1/0'), model)).toEqual(INT_215);
  });

  it('uses a Multiple Resource TLV for a multi-instance resource read on its own', () => {
    const records = [rec('/3/0/6/0', 1), rec('/3/0/6/1', 5)];
    expect(tlv.encode(records, p('/3/0/6'), model)).toEqual(hex('86 06 41 00 01 41 01 05'));
    expect(tlv.decode(hex('86 06 41 00 01 41 01 05'), p('/3/0/6'), model)).toEqual(records);
    expect(tlv.decode(hex('80 06'), p('/3/0/6'), model)).toEqual([]);
  });

  it('uses a Resource Instance TLV for a resource instance path', () => {
    expect(tlv.encode([rec('/3/0/6/1', 5)], p('/3/0/6/1'), model)).toEqual(hex('41 01 05'));
    expect(tlv.decode(hex('41 01 05'), p('/3/0/6/1'), model)).toEqual([rec('/3/0/6/1', 5)]);
  });
});

describe('TLV values round-trip for every data type', () => {
  it.each<[string, string, ResourceValue, string]>([
    ['integer 0', '/1/0/1', 0, 'c1 01 00'],
    ['integer 127', '/1/0/1', 127, 'c1 01 7f'],
    ['integer 128 (2 bytes)', '/1/0/1', 128, 'c2 01 00 80'],
    ['integer -128', '/1/0/1', -128, 'c1 01 80'],
    ['integer -129', '/1/0/1', -129, 'c2 01 ff 7f'],
    ['integer 32768 (4 bytes)', '/1/0/1', 32768, 'c4 01 00 00 80 00'],
    ['integer 2^31 (8 bytes)', '/1/0/1', 2 ** 31, 'c8 01 08 00 00 00 00 80 00 00 00'],
    ['integer -2^63', '/1/0/1', -(2n ** 63n), 'c8 01 08 80 00 00 00 00 00 00 00'],
    ['integer 2^53 + 1 as bigint', '/1/0/1', 2n ** 53n + 1n, 'c8 01 08 00 20 00 00 00 00 00 01'],
    ['unsigned 255 (1 byte)', '/1/0/14', 255, 'c1 0e ff'],
    ['unsigned 256', '/1/0/14', 256, 'c2 0e 01 00'],
    ['unsigned 2^64 - 1', '/1/0/14', 2n ** 64n - 1n, 'c8 0e 08 ff ff ff ff ff ff ff ff'],
    ['float exact in 4 bytes', '/3303/0/5700', 1.5, 'e4 16 44 3f c0 00 00'],
    ['float needing 8 bytes', '/3303/0/5700', 0.1, 'e8 16 44 08 3f b9 99 99 99 99 99 9a'],
    ['boolean true', '/1/0/6', true, 'c1 06 01'],
    ['boolean false', '/1/0/6', false, 'c1 06 00'],
    ['objlnk', '/1/0/10', { objectId: 11, instanceId: 0 }, 'c4 0a 00 0b 00 00'],
    ['time', '/3/0/13', 1367491215, 'c4 0d 51 82 42 8f'],
    ['negative time', '/3/0/13', -1, 'c1 0d ff'],
    ['empty string', '/3/0/0', '', 'c0 00'],
    ['UTF-8 string', '/3/0/0', 'é', 'c2 00 c3 a9'],
    ['opaque', '/5/0/0', Buffer.from([0, 0xff]), 'c2 00 00 ff'],
    ['corelnk', '/25/0/3', '</3/0>', 'c6 03 3c 2f 33 2f 30 3e'],
  ])('%s', (_name, path, value, bytes) => {
    expect(tlv.encode([rec(path, value)], p(path), model)).toEqual(hex(bytes));
    expect(tlv.decode(hex(bytes), p(path), model)).toEqual([rec(path, value)]);
  });

  it('decodes a resource the model does not know as opaque', () => {
    expect(tlv.decode(hex('c1 63 2a'), p('/3/0'), model)).toEqual([rec('/3/0/99', Buffer.of(0x2a))]);
  });

  it('infers the type of an unknown resource from the value when encoding', () => {
    const records = [rec('/4242/0/0', 'x'), rec('/4242/0/1', 7), rec('/4242/0/2', 0.5), rec('/4242/0/3', true), rec('/4242/0/4/9', Buffer.of(1))];
    expect(tlv.encode(records, p('/4242/0'), model)).toEqual(hex('c1 00 78 c1 01 07 c4 02 3f 00 00 00 c1 03 01 83 04 41 09 01'));
  });

  it('encodes a multi-instance object read with one Object Instance TLV per instance', () => {
    const records = [rec('/1/0/1', 300), rec('/1/1/1', 60)];
    expect(tlv.encode(records, p('/1'), model)).toEqual(hex('04 00 c2 01 01 2c 03 01 c1 01 3c'));
  });
});

describe('TLV rejects malformed payloads with CodecError', () => {
  it.each([
    ['/1/0', '41 02 65', /Resource Instance TLV where a Resource TLV belongs/],
    ['/3', '08 00 03 08 00 00', /Object Instance TLV where a Resource TLV belongs/],
    ['/3/0', '83 06 c1 00 01', /Resource with Value TLV inside a Multiple Resource TLV/],
    ['/3', 'c1 09 64', /Object Instance TLVs are mandatory/],
    ['/3/0', '08 01 03 c1 09 64', /Object Instance TLV has id 1/],
    ['/3/0', '08 00 03 c1 09 64 c1 0a 0f', /exactly one Object Instance TLV/],
    ['/1/0', 'c1 06 02', /boolean byte 0x02 is not 0 or 1/],
    ['/1/0', 'c2 06 00 01', /boolean length 2/],
    ['/1/0', 'c3 02 00 00 65', /integer length 3 is not 1, 2, 4 or 8/],
    ['/1/0', 'c0 02', /integer length 0/],
    ['/3303/0', 'e2 16 44 00 00', /float length 2 is not 4 or 8/],
    ['/1/0', 'c3 0a 00 0b 00', /objlnk length 3 is not 4/],
    ['/1/0', '83 01 41 00 01', /single-instance but arrived as a Multiple Resource TLV/],
    ['/3/0', 'c1 06 01', /Multiple Resource TLV is mandatory/],
    ['/1/0', 'c1 02 65 c1 02 66', /Resource 2 appears twice/],
    ['/3/0', '86 06 41 00 01 41 00 05', /Resource Instance 0 appears twice/],
    ['/3', '00 00 00 00 00 00', /Object Instance 0 appears twice/],
    ['/4242/0', 'e1 ff ff 01', /65535 is reserved/],
    ['/3/0', 'c2 00 c3 28', /not valid UTF-8/],
    ['/3/0', 'c8 0d 08 7f ff ff ff ff ff ff ff', /time .* beyond/],
    ['/1/0', 'c1 02 65 00', /truncated header/],
    ['/1/0/2', 'c1 03 65', /carries resource 3/],
    ['/1/0/2', 'c1 02 65 c1 02 65', /exactly one TLV, got 2/],
    ['/1/0/2', '', /exactly one TLV, got 0/],
    ['/3/0/6/1', '41 00 05', /Resource Instance TLV with id 1/],
    ['/3/0/6/1', '83 06 41 01 05', /Resource Instance TLV with id 1, got Multiple Resource 6/],
  ])('%s %s', (path, bytes, message) => {
    expect(() => tlv.decode(hex(bytes), p(path), model)).toThrow(CodecError);
    expect(() => tlv.decode(hex(bytes), p(path), model)).toThrow(message);
  });

  it('treats an empty payload on an object or instance as no resources', () => {
    expect(tlv.decode(Buffer.alloc(0), p('/3'), model)).toEqual([]);
    expect(tlv.decode(Buffer.alloc(0), p('/3/0'), model)).toEqual([]);
  });

  const PATHS = ['/3', '/3/0', '/3/0/0', '/3/0/6', '/3/0/6/0', '/1/0', '/3303/0/5700', '/4242/0'];
  const decodeOnlyCodecErrors = (payload: Buffer) => {
    for (const path of PATHS) {
      try {
        tlv.decode(payload, p(path), model);
      } catch (e) {
        if (!(e instanceof CodecError)) throw new Error(`${path} ${payload.toString('hex')}: ${String(e)}`);
      }
    }
  };

  it('throws only CodecError on 2,000 random payloads', () => {
    let decoded = 0;
    for (const payload of randomPayloads(11542, 2000, 32)) {
      decodeOnlyCodecErrors(payload);
      decoded++;
    }
    expect(decoded).toBe(2000);
  });

  it('throws only CodecError on 2,000 mutations of the spec examples', () => {
    const next = seededRandom(42);
    for (let n = 0; n < 2000; n++) {
      const base = Buffer.from(n % 2 ? DEVICE : Buffer.concat([hex('08 00 79'), DEVICE]));
      for (let flips = 1 + Math.floor(next() * 3); flips > 0; flips--) base[Math.floor(next() * base.length)] = Math.floor(next() * 256);
      decodeOnlyCodecErrors(base.subarray(0, Math.floor(next() * (base.length + 1))));
    }
  });
});

describe('TLV refuses records it cannot encode', () => {
  it.each<[string, Lwm2mRecord[], RegExp]>([
    ['/3/0', [rec('/3/1/0', 'x')], /not a resource value under \/3\/0/],
    ['/3', [{ path: p('/3/0'), value: 'x' }], /not a resource value/],
    ['/3/0', [rec('/3/0/0', 'a'), rec('/3/0/0', 'b')], /single-instance resource; expected one value, got 2/],
    ['/3/0', [rec('/3/0/0/1', 'a')], /single-instance resource/],
    ['/3/0', [rec('/3/0/6', 1)], /every record needs a Resource Instance ID/],
    ['/3/0', [rec('/3/0/6/1', 1), rec('/3/0/6/1', 2)], /\/3\/0\/6\/1 appears 2 times/],
    ['/3/0', [rec('/3/0/9', 'full')], /integer needs an integer/],
    ['/3/0/6/0', [], /carries one value, got 0/],
    ['/3/0/9', [], /no value to encode/],
  ])('%s %p', (path, records, message) => {
    expect(() => tlv.encode(records, p(path), model)).toThrow(CodecError);
    expect(() => tlv.encode(records, p(path), model)).toThrow(message);
  });
});
