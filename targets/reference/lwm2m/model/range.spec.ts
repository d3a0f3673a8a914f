import { parseRangeEnumeration } from './range';

describe('parseRangeEnumeration', () => {
  it.each([
    ['0..255', { kind: 'value', min: 0, max: 255 }],
    ['-158..-44', { kind: 'value', min: -158, max: -44 }],
    ['1..65534', { kind: 'value', min: 1, max: 65534 }],
    ['0..255 bytes', { kind: 'length', min: 0, max: 255 }],
    ['32 bytes', { kind: 'length', min: 32, max: 32 }],
    ['16,32,48', { kind: 'enum', values: [16, 32, 48] }],
  ])('understands %j', (text, range) => {
    expect(parseRangeEnumeration(text)).toEqual(range);
  });

  it.each(['', '8-Bits', 'The possible values are those listed in the LwM2M Core Specification', '255'])(
    'leaves free text %j unparsed',
    (text) => {
      expect(parseRangeEnumeration(text)).toBeUndefined();
    },
  );
});
