/**
 * RFC 8613 Appendix C.4–C.8 message vectors byte for byte, and the §8.2/§8.4 failures: tampering
 * (every single-bit flip of the ciphertext), replay, wrong key, wrong binding.
 */
import { parseDatagram, serialize } from '../coap-udp/message';
import type { CoapMessage } from '../coap-udp/types';
import { deriveSecurityContext, type SecurityContextParameters } from './context';
import { OscoreVerificationError } from './errors';
import { protectRequest, protectResponse, unprotectRequest, unprotectResponse, type ContextLookup } from './protect';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const parse = (s: string): CoapMessage => parseDatagram(hex(s)).message!;
const wire = (m: CoapMessage): string => serialize(m).toString('hex');

const SECRET = hex('0102030405060708090a0b0c0d0e0f10');
const SALT = hex('9e7ca92223786340');
const ID_CONTEXT = hex('37cbf3210017a2d3');
const C1 = { masterSecret: SECRET, masterSalt: SALT };

const client = (p: Partial<SecurityContextParameters>, seq = 20) => deriveSecurityContext({ ...C1, senderId: hex(''), recipientId: hex('01'), senderSequenceNumber: seq, ...p });
const server = (p: Partial<SecurityContextParameters>, seq = 0) => deriveSecurityContext({ ...C1, senderId: hex('01'), recipientId: hex(''), senderSequenceNumber: seq, ...p });
const lookupOf = (ctx: ReturnType<typeof server>): ContextLookup => (kid) => (kid.equals(ctx.recipient.id) ? ctx : undefined);

const C4_REQUEST = '44015d1f00003974 396c6f63616c686f7374 83747631';
const C4_PROTECTED = '44025d1f00003974 396c6f63616c686f7374 620914 ff 612f1092f1776f1c1668b3825e';
const C7_RESPONSE = '64455d1f00003974 ff 48656c6c6f20576f726c6421';
const C7_PROTECTED = '64445d1f00003974 90 ff dbaad1e9a7e7b2a813d3c31524378303cdafae119106';
const C8_PROTECTED = '64445d1f00003974 92 0100 ff 4d4c13669384b67354b2b6175ff4b8658c666a6cf88e';

function expectVerificationError(fn: () => unknown, code: string, diagnostic: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OscoreVerificationError);
  expect(caught).toMatchObject({ code, diagnostic });
}

describe('request protection (RFC 8613 §8.1, Appendix C.4–C.6)', () => {
  it('C.4: with Master Salt, Sender ID empty, seq 20', () => {
    expect(wire(protectRequest(client({}), parse(C4_REQUEST)).message)).toBe(hex(C4_PROTECTED).toString('hex'));
  });

  it('C.5: without Master Salt, Sender ID 0x00, seq 20', () => {
    const ctx = deriveSecurityContext({ masterSecret: SECRET, senderId: hex('00'), recipientId: hex('01'), senderSequenceNumber: 20 });
    const request = parse('440171c30000b932 396c6f63616c686f7374 83747631');
    expect(wire(protectRequest(ctx, request).message)).toBe('440271c30000b932396c6f63616c686f737463091400ff4ed339a5a379b0b8bc731fffb0');
  });

  it('C.6: with ID Context (kid context in the option), seq 20', () => {
    const ctx = client({ idContext: ID_CONTEXT });
    const request = parse('44012f8eef9bbf7a 396c6f63616c686f7374 83747631');
    expect(wire(protectRequest(ctx, request).message)).toBe('44022f8eef9bbf7a396c6f63616c686f73746b19140837cbf3210017a2d3ff72cd7273fd331ac45cffbe55c3');
  });

  it('the server recovers the C.4 request exactly and binds the response to kid and Partial IV', () => {
    const srv = server({});
    const { message, binding, sequenceNumber } = unprotectRequest(lookupOf(srv), parse(C4_PROTECTED));
    expect(wire(message)).toBe(hex(C4_REQUEST).toString('hex'));
    expect(sequenceNumber).toBe(20);
    expect(binding.requestKid.length).toBe(0);
    expect(binding.requestPiv.toString('hex')).toBe('14');
  });
});

describe('response protection (RFC 8613 §8.3, Appendix C.7–C.8)', () => {
  it('C.7: without Partial IV (the request nonce), outer code 2.04, empty OSCORE option', () => {
    const srv = server({});
    const { binding } = unprotectRequest(lookupOf(srv), parse(C4_PROTECTED));
    expect(wire(protectResponse(binding, parse(C7_RESPONSE)))).toBe(hex(C7_PROTECTED).toString('hex'));
    expect(srv.sender.sequenceNumber).toBe(0);
  });

  it('C.8: with the server Partial IV 0', () => {
    const srv = server({}, 0);
    const { binding } = unprotectRequest(lookupOf(srv), parse(C4_PROTECTED));
    expect(wire(protectResponse(binding, parse(C7_RESPONSE), { partialIv: true }))).toBe(hex(C8_PROTECTED).toString('hex'));
    expect(srv.sender.sequenceNumber).toBe(1);
  });

  it('the client opens C.7 and C.8 to the same "Hello World!" 2.05', () => {
    const cli = client({});
    const { binding } = protectRequest(cli, parse(C4_REQUEST));
    for (const v of [C7_PROTECTED, C8_PROTECTED]) {
      const { message } = unprotectResponse(binding, parse(v));
      expect(wire(message)).toBe(hex(C7_RESPONSE).toString('hex'));
    }
    expect(unprotectResponse(binding, parse(C8_PROTECTED)).sequenceNumber).toBe(0);
  });

  it('puts Observe both outside and inside, and uses FETCH / 2.05 for it (§4.1.3.5, §4.2)', () => {
    const cli = client({});
    const get: CoapMessage = { ...parse(C4_REQUEST), options: [{ name: 'Observe', value: Buffer.alloc(0) }, ...parse(C4_REQUEST).options] };
    const { message } = protectRequest(cli, get);
    expect(message.code).toBe('0.05');
    expect(message.options.map((o) => o.name).sort()).toEqual(['OSCORE', 'Observe', 'Uri-Host']);
    const srv = server({});
    const { binding, message: inner } = unprotectRequest(lookupOf(srv), message);
    expect(inner.code).toBe('0.01');
    const notification: CoapMessage = { ...parse(C7_RESPONSE), options: [{ name: 'Observe', value: Buffer.of(7) }] };
    const protectedNotification = protectResponse(binding, notification, { partialIv: true });
    expect(protectedNotification.code).toBe('2.05');
    expect(protectedNotification.options.find((o) => o.name === 'Observe')!.value).toEqual(Buffer.of(7));
  });
});

describe('verification failures (RFC 8613 §8.2, §8.4)', () => {
  it('every single-bit flip of the request ciphertext fails with 4.00 Decryption failed and leaves the window alone', () => {
    const protectedRequest = parse(C4_PROTECTED);
    const srv = server({});
    for (let bit = 0; bit < protectedRequest.payload.length * 8; bit++) {
      const payload = Buffer.from(protectedRequest.payload);
      payload[bit >> 3]! ^= 1 << (bit & 7);
      expectVerificationError(() => unprotectRequest(lookupOf(srv), { ...protectedRequest, payload }), '4.00', 'Decryption failed');
    }
    expect(srv.recipient.replay.highest).toBe(-1);
    expect(unprotectRequest(lookupOf(srv), protectedRequest).sequenceNumber).toBe(20);
  });

  it('a tampered class E option is detected: the inner options are inside the ciphertext, the outer ones are not trusted', () => {
    const srv = server({});
    const m = parse(C4_PROTECTED);
    // Uri-Host is class U: changing it does not break the AEAD (§4.1.3.2), but it is not protected either.
    const other = { ...m, options: m.options.map((o) => (o.name === 'Uri-Host' ? { ...o, value: Buffer.from('evil') } : o)) };
    expect(unprotectRequest(lookupOf(srv), other).message.options.find((o) => o.name === 'Uri-Host')!.value.toString()).toBe('evil');
  });

  it('every single-bit flip of the response ciphertext fails on the client (§8.4)', () => {
    const cli = client({});
    const { binding } = protectRequest(cli, parse(C4_REQUEST));
    const response = parse(C7_PROTECTED);
    for (let bit = 0; bit < response.payload.length * 8; bit++) {
      const payload = Buffer.from(response.payload);
      payload[bit >> 3]! ^= 1 << (bit & 7);
      expectVerificationError(() => unprotectResponse(binding, { ...response, payload }), '4.00', 'Decryption failed');
    }
  });

  it('a replayed request is refused with 4.01 Replay detected', () => {
    const srv = server({});
    unprotectRequest(lookupOf(srv), parse(C4_PROTECTED));
    expectVerificationError(() => unprotectRequest(lookupOf(srv), parse(C4_PROTECTED)), '4.01', 'Replay detected');
  });

  it('an unknown kid is 4.01 Security context not found; a wrong Master Secret is 4.00 Decryption failed', () => {
    expectVerificationError(() => unprotectRequest(() => undefined, parse(C4_PROTECTED)), '4.01', 'Security context not found');
    const wrong = server({ masterSecret: hex('0102030405060708090a0b0c0d0e0f11') });
    expectVerificationError(() => unprotectRequest(lookupOf(wrong), parse(C4_PROTECTED)), '4.00', 'Decryption failed');
  });

  it('a malformed OSCORE option or a missing Partial IV is 4.02 Bad Option', () => {
    const srv = server({});
    const m = parse(C4_PROTECTED);
    const withOption = (value: Buffer) => ({ ...m, options: m.options.map((o) => (o.name === 'OSCORE' ? { ...o, value } : o)) });
    expectVerificationError(() => unprotectRequest(lookupOf(srv), withOption(hex('e0'))), '4.02', 'Bad Option');
    expectVerificationError(() => unprotectRequest(lookupOf(srv), withOption(hex('0614'))), '4.02', 'Bad Option');
    expectVerificationError(() => unprotectRequest(lookupOf(srv), withOption(hex('08'))), '4.02', 'Bad Option');
  });

  it('a response verified against another request fails (request/response binding, §7.1)', () => {
    const cli = client({});
    protectRequest(cli, parse(C4_REQUEST)); // seq 20: the request C.7 answers
    const { binding: second } = protectRequest(cli, parse(C4_REQUEST)); // seq 21
    expectVerificationError(() => unprotectResponse(second, parse(C7_PROTECTED)), '4.00', 'Decryption failed');
  });
});
