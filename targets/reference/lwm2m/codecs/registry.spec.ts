import { CONTENT_FORMATS, codecFor, compositeCodecFor, contentFormatName, describePayload } from './registry';

const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');

describe('codecFor', () => {
  it.each([
    [0, 0],
    [42, 42],
    [11542, 11542],
    [1541, 0],
    [1542, 11542],
    [60, 60],
    [110, 110],
    [112, 112],
    [11543, 11543],
    [1543, 11543],
    [11544, 11544],
  ])('CF %i → codec for CF %i', (cf, codecCf) => {
    expect(codecFor(cf)?.contentFormat).toBe(codecCf);
  });

  it('offers the composite API for SenML JSON, SenML CBOR and LwM2M CBOR only', () => {
    expect([110, 112, 11544].map((cf) => compositeCodecFor(cf)?.contentFormat)).toEqual([110, 112, 11544]);
    expect([0, 42, 60, 11542, 11543].map((cf) => compositeCodecFor(cf))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('answers undefined for formats implemented elsewhere or unknown', () => {
    expect(codecFor(40)).toBeUndefined();
    expect(codecFor(65000)).toBeUndefined();
  });

  it('names every LwM2M content format', () => {
    for (const cf of [0, 40, 42, 60, 110, 112, 11542, 11543, 11544, 1541, 1542, 1543]) expect(CONTENT_FORMATS[cf]).toBeDefined();
    expect(contentFormatName(11544)).toBe('application/vnd.oma.lwm2m+cbor');
    expect(contentFormatName(65000)).toBe('content-format 65000');
  });
});

describe('describePayload', () => {
  it('decodes TLV against the request path', () => {
    expect(describePayload(11542, hex('c1 02 65 c1 07 55'), { objectId: 1, instanceId: 0 })).toBe('/1/0/2 = 101\n/1/0/7 = "U"');
  });

  it('outlines TLV structure when the request path is unknown', () => {
    expect(describePayload(11542, hex('08 00 09 c2 00 41 42 83 0b 41 00 00'))).toBe(
      'Object Instance 0\n  Resource with Value 0 = 0x4142 ("AB")\n  Multiple Resource 11\n    Resource Instance 0 = 0x00',
    );
  });

  it('says why a TLV payload is undecodable and shows its bytes', () => {
    expect(describePayload(11542, hex('c1 06 02'), { objectId: 1, instanceId: 0 })).toBe(
      '<undecodable TLV: /1/0/6: boolean byte 0x02 is not 0 or 1> c1 06 02',
    );
    expect(describePayload(1542, hex('c8 00 05 41'))).toMatch(/^<undecodable TLV: TLV at byte 0 of payload: length 5 runs past the end.*> c8 00 05 41$/);
  });

  it('shows text formats as text and binary formats as hex', () => {
    expect(describePayload(40, Buffer.from('</1/0>,</3/0>'))).toBe('</1/0>,</3/0>');
    expect(describePayload(0, Buffer.from('86400'))).toBe('86400');
    expect(describePayload(42, hex('00 ff 10'))).toBe('00 ff 10');
    expect(describePayload(undefined, hex('01'))).toBe('01');
    expect(describePayload(0, hex('c3 28'))).toBe('<invalid UTF-8> c3 28');
    expect(describePayload(0, Buffer.alloc(0))).toBe('<empty>');
  });

  it('decodes every structured format to one line per value', () => {
    const device = '/3/0/0 = "Open Mobile Alliance"\n/3/0/9 = 100';
    expect(describePayload(110, Buffer.from('[{"bn":"/3/0/","n":"0","vs":"Open Mobile Alliance"},{"n":"9","v":100}]'))).toBe(device);
    expect(describePayload(11543, Buffer.from('{"bn":"/3/0/","e":[{"n":"0","sv":"Open Mobile Alliance"},{"n":"9","v":100}]}'), { objectId: 3, instanceId: 0 })).toBe(device);
    expect(describePayload(11544, hex('a1 82 03 00 a2 00 74 4f70656e204d6f62696c6520416c6c69616e6365 09 18 64'))).toBe(device);
    expect(describePayload(112, hex('81 a3 21 65 2f332f302f 00 61 39 02 18 64'))).toBe('/3/0/9 = 100');
    expect(describePayload(60, hex('1a 00 01 51 80'), { objectId: 1, instanceId: 0, resourceId: 1 })).toBe('/1/0/1 = 86400');
    expect(describePayload(60, hex('f5'))).toBe('true');
    expect(describePayload(0, Buffer.from('86400'), { objectId: 1, instanceId: 0, resourceId: 1 })).toBe('/1/0/1 = 86400');
    expect(describePayload(110, Buffer.from('[{"bn":"/72/","bt":10,"n":"1/2","v":22.5,"t":-5}]'))).toBe('/72/1/2 = 22.5 @ 5');
    expect(describePayload(110, Buffer.from('[]'))).toBe('<no values>');
  });

  it('says why a structured payload is undecodable and shows it', () => {
    expect(describePayload(110, Buffer.from('[{"n":"/3/0/9","vs":"x"}]'))).toBe(
      '<undecodable SenML JSON: /3/0/9: integer resource cannot carry "vs"> [{"n":"/3/0/9","vs":"x"}]',
    );
    expect(describePayload(112, hex('81 a0 00'))).toBe('<undecodable SenML CBOR: CBOR: 1 trailing byte(s) after the data item> 81 a0 00');
    expect(describePayload(11544, hex('ff'))).toMatch(/^<undecodable LwM2M CBOR: .*break> ff$/);
  });

  it('shortens long binary payloads', () => {
    expect(describePayload(42, Buffer.alloc(1000))).toMatch(/ … \(1000 bytes\)$/);
  });

  it('never throws, even on nonsense arguments', () => {
    expect(() => describePayload(11542, undefined as unknown as Buffer)).not.toThrow();
    expect(() => describePayload(11542, hex('c1 00 01'), { objectId: 3, resourceId: 1 })).not.toThrow();
  });
});
