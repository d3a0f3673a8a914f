/**
 * The hot-path wire codec (wire.ts) against coap-packet, the well-kept CoAP codec it replaced on the
 * hot path: for arbitrary valid messages both must produce the same bytes, and each must read the
 * other's bytes back to the same message. This pins wire.ts to an independent implementation.
 */
import fc from 'fast-check';
import { generate, parse } from 'coap-packet';
import { parseDatagram, serialize } from './message';
import type { CoapMessage } from './types';

const OPTIONS: Array<[string, fc.Arbitrary<Buffer>]> = [
  ['If-Match', fc.uint8Array({ maxLength: 8 }).map(Buffer.from)],
  ['Uri-Host', fc.string({ minLength: 1, maxLength: 20 }).map((s) => Buffer.from(s))],
  ['ETag', fc.uint8Array({ minLength: 1, maxLength: 8 }).map(Buffer.from)],
  ['Observe', fc.integer({ min: 0, max: 0xffffff }).map((n) => uint(n))],
  ['Uri-Port', fc.integer({ min: 0, max: 0xffff }).map((n) => uint(n))],
  ['Location-Path', fc.string({ maxLength: 30 }).map((s) => Buffer.from(s))],
  ['Uri-Path', fc.string({ maxLength: 300 }).map((s) => Buffer.from(s))],
  ['Content-Format', fc.integer({ min: 0, max: 0xffff }).map((n) => uint(n))],
  ['Max-Age', fc.integer({ min: 0, max: 0xffffffff }).map((n) => uint(n))],
  ['Uri-Query', fc.string({ maxLength: 40 }).map((s) => Buffer.from(s))],
  ['Accept', fc.integer({ min: 0, max: 0xffff }).map((n) => uint(n))],
  ['Block2', fc.integer({ min: 0, max: 0xffffff }).map((n) => uint(n))],
  ['Block1', fc.integer({ min: 0, max: 0xffffff }).map((n) => uint(n))],
  ['Size1', fc.integer({ min: 0, max: 0xffffffff }).map((n) => uint(n))],
];

function uint(n: number): Buffer {
  if (n === 0) return Buffer.alloc(0);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from(bytes);
}

const NUMBER_ORDER = OPTIONS.map(([name]) => name);

const message: fc.Arbitrary<CoapMessage> = fc
  .record({
    type: fc.constantFrom('CON' as const, 'NON' as const, 'ACK' as const, 'RST' as const),
    code: fc.constantFrom('0.01', '0.02', '0.03', '0.04', '0.05', '2.01', '2.04', '2.05', '4.04', '5.00'),
    messageId: fc.integer({ min: 0, max: 0xffff }),
    token: fc.uint8Array({ maxLength: 8 }).map(Buffer.from),
    options: fc.array(fc.oneof(...OPTIONS.map(([name, value]) => value.map((v) => ({ name, value: v })))), { maxLength: 8 }),
    payload: fc.uint8Array({ maxLength: 200 }).map(Buffer.from),
  })
  // Options travel in ascending number order (RFC 7252 §3.1); keep repeated options stable.
  .map((m) => ({ ...m, options: [...m.options].sort((a, b) => NUMBER_ORDER.indexOf(a.name) - NUMBER_ORDER.indexOf(b.name)) }));

const toPacket = (m: CoapMessage) => ({
  confirmable: m.type === 'CON',
  reset: m.type === 'RST',
  ack: m.type === 'ACK',
  code: m.code,
  messageId: m.messageId,
  token: m.token,
  options: m.options.map((o) => ({ name: o.name, value: o.value })),
  payload: m.payload,
});

describe('wire.ts against coap-packet', () => {
  it('encodes arbitrary messages to the same bytes as coap-packet', () => {
    fc.assert(
      fc.property(message, (m) => {
        expect(serialize(m, 65_535).equals(generate(toPacket(m) as never, 65_535))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads coap-packet bytes back to the message, and coap-packet reads ours', () => {
    fc.assert(
      fc.property(message, (m) => {
        const parsed = parseDatagram(generate(toPacket(m) as never, 65_535));
        expect(parsed.error).toBeUndefined();
        expect(parsed.message!.code).toBe(m.code);
        expect(parsed.message!.messageId).toBe(m.messageId);
        expect(parsed.message!.token.equals(m.token)).toBe(true);
        expect(parsed.message!.payload.equals(m.payload)).toBe(true);
        expect(parsed.message!.options.map((o) => [o.name, o.value.toString('hex')])).toEqual(m.options.map((o) => [o.name, o.value.toString('hex')]));
        const theirs = parse(serialize(m, 65_535));
        expect(theirs.code).toBe(m.code);
        expect(theirs.options.map((o) => [o.name, Buffer.from(o.value as Buffer).toString('hex')])).toEqual(m.options.map((o) => [o.name, o.value.toString('hex')]));
      }),
      { numRuns: 500 },
    );
  });
});
