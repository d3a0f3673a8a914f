import { CODE_NAMES, formatCoapMessage } from './format';
import { encodeUint } from './message';
import type { CoapMessage } from './types';

const base: CoapMessage = { type: 'CON', code: '0.02', messageId: 1234, token: Buffer.from('a1b2c3d4', 'hex'), options: [], payload: Buffer.alloc(0) };

describe('formatCoapMessage', () => {
  it('renders a Register on one line', () => {
    const message: CoapMessage = {
      ...base,
      options: [
        { name: 'Uri-Path', value: Buffer.from('rd') },
        { name: 'Content-Format', value: encodeUint(40) },
        { name: 'Uri-Query', value: Buffer.from('ep=node1') },
        { name: 'Uri-Query', value: Buffer.from('lt=20') },
      ],
      payload: Buffer.from('</1/0>,</3/0>'),
    };
    expect(formatCoapMessage(message)).toBe(
      'CON 0.02 POST mid=1234 token=a1b2c3d4 Uri-Path=rd Content-Format=40 Uri-Query=ep=node1&lt=20 | </1/0>,</3/0>',
    );
  });

  it('renders a piggy-backed 2.01 Created with its Location-Path', () => {
    const message: CoapMessage = {
      ...base,
      type: 'ACK',
      code: '2.01',
      options: [{ name: 'Location-Path', value: Buffer.from('rd') }, { name: 'Location-Path', value: Buffer.from('abc') }],
    };
    expect(formatCoapMessage(message)).toBe('ACK 2.01 Created mid=1234 token=a1b2c3d4 Location-Path=rd/abc');
  });

  it('renders an empty ACK without token, and an unknown code as is', () => {
    expect(formatCoapMessage({ ...base, type: 'ACK', code: '0.00', token: Buffer.alloc(0) })).toBe('ACK 0.00 Empty mid=1234');
    expect(formatCoapMessage({ ...base, code: '3.01' })).toBe('CON 3.01 mid=1234 token=a1b2c3d4');
  });

  it('renders Observe, Block2 and ETag values by format, binary payloads as hex', () => {
    const message: CoapMessage = {
      ...base,
      type: 'NON',
      code: '2.05',
      options: [
        { name: 'Observe', value: encodeUint(7) },
        { name: 'ETag', value: Buffer.from('beef', 'hex') },
        { name: 'Content-Format', value: encodeUint(11542) },
        { name: 'Block2', value: encodeUint((2 << 4) | 0x08 | 2) },
      ],
      payload: Buffer.from([0xc8, 0x00, 0x14]),
    };
    expect(formatCoapMessage(message)).toBe(
      'NON 2.05 Content mid=1234 token=a1b2c3d4 Observe=7 ETag=0xbeef Content-Format=11542 Block2=2/1/64 | 0xc80014',
    );
  });

  it('hands the payload to a describer with its Content-Format', () => {
    const describe = jest.fn((cf: number | undefined, payload: Buffer) => `TLV(${cf}) ${payload.length} B`);
    const message: CoapMessage = { ...base, code: '2.05', options: [{ name: 'Content-Format', value: encodeUint(11542) }], payload: Buffer.alloc(3) };
    expect(formatCoapMessage(message, describe)).toMatch(/\| TLV\(11542\) 3 B$/);
  });

  it('cuts long payloads', () => {
    const line = formatCoapMessage({ ...base, payload: Buffer.from('x'.repeat(1000)) });
    expect(line).toMatch(/… \(1000 bytes\)$/);
    expect(line.length).toBeLessThan(500);
  });

  it('names the RFC 7252 codes', () => {
    expect(CODE_NAMES['2.05']).toBe('Content');
    expect(CODE_NAMES['4.04']).toBe('Not Found');
    expect(CODE_NAMES['5.00']).toBe('Internal Server Error');
    expect(CODE_NAMES['0.01']).toBe('GET');
  });
});
