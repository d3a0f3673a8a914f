/**
 * The OSCORE option value (RFC 8613 §6.1) and the option classes (§4.1).
 */
import { splitOptions } from './option-classes';
import { decodeOscoreOption, encodeOscoreOption, partialIvOf, sequenceNumberOf } from './option-value';
import { OscoreVerificationError } from './errors';

const hex = (s: string): Buffer => Buffer.from(s, 'hex');

describe('OSCORE option value (RFC 8613 §6.1)', () => {
  it('encodes the Appendix C values: C.4 09 14, C.5 09 14 00, C.6 19 14 08 <kid context>, C.7 empty, C.8 01 00', () => {
    expect(encodeOscoreOption({ partialIv: hex('14'), kid: hex('') }).toString('hex')).toBe('0914');
    expect(encodeOscoreOption({ partialIv: hex('14'), kid: hex('00') }).toString('hex')).toBe('091400');
    expect(encodeOscoreOption({ partialIv: hex('14'), kid: hex(''), kidContext: hex('37cbf3210017a2d3') }).toString('hex')).toBe('19140837cbf3210017a2d3');
    expect(encodeOscoreOption({}).length).toBe(0);
    expect(encodeOscoreOption({ partialIv: hex('00') }).toString('hex')).toBe('0100');
  });

  it('decodes what it encodes', () => {
    const fields = decodeOscoreOption(hex('19140837cbf3210017a2d342'));
    expect(fields.partialIv!.toString('hex')).toBe('14');
    expect(fields.kidContext!.toString('hex')).toBe('37cbf3210017a2d3');
    expect(fields.kid!.toString('hex')).toBe('42');
    expect(decodeOscoreOption(hex(''))).toEqual({});
  });

  it('refuses reserved bits, reserved Partial IV lengths, truncation and trailing bytes with 4.02', () => {
    for (const bad of ['20', '06', '0314', '1014', '1901', '0114ff']) {
      expect(() => decodeOscoreOption(hex(bad))).toThrow(OscoreVerificationError);
    }
  });

  it('Partial IV: the sequence number in the fewest bytes, 0 as one zero byte', () => {
    expect(partialIvOf(0).toString('hex')).toBe('00');
    expect(partialIvOf(20).toString('hex')).toBe('14');
    expect(partialIvOf(256).toString('hex')).toBe('0100');
    expect(partialIvOf(2 ** 40 - 1).toString('hex')).toBe('ffffffffff');
    expect(sequenceNumberOf(hex('ffffffffff'))).toBe(2 ** 40 - 1);
  });
});

describe('option classes (RFC 8613 §4.1)', () => {
  it('keeps Uri-Host, Uri-Port, Proxy-Uri, Proxy-Scheme outer, Observe in both, everything else (unknown too) inner', () => {
    const o = (name: string) => ({ name, value: Buffer.of(1) });
    const { inner, outer } = splitOptions([o('Uri-Host'), o('Observe'), o('Uri-Port'), o('Uri-Path'), o('Content-Format'), o('Proxy-Uri'), o('Proxy-Scheme'), o('Max-Age'), o('252'), o('65000'), o('OSCORE')]);
    expect(outer.map((x) => x.name)).toEqual(['Uri-Host', 'Observe', 'Uri-Port', 'Proxy-Uri', 'Proxy-Scheme']);
    expect(inner.map((x) => x.name)).toEqual(['Observe', 'Uri-Path', 'Content-Format', 'Max-Age', '252', '65000']);
  });
});
