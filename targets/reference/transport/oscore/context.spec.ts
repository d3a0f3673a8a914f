/**
 * RFC 8613 Appendix C.1–C.3: key derivation test vectors, byte for byte.
 */
import { deriveSecurityContext, nextSequenceNumber } from './context';
import { OscoreConfigurationError, OscoreSequenceExhaustedError } from './errors';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const MASTER_SECRET = hex('0102030405060708090a0b0c0d0e0f10');
const MASTER_SALT = hex('9e7ca92223786340');
const ID_CONTEXT = hex('37cbf3210017a2d3');

describe('Security Context derivation (RFC 8613 §3.2)', () => {
  it('C.1.1 client, with Master Salt', () => {
    const c = deriveSecurityContext({ masterSecret: MASTER_SECRET, masterSalt: MASTER_SALT, senderId: hex(''), recipientId: hex('01') });
    expect(c.sender.key.toString('hex')).toBe('f0910ed7295e6ad4b54fc793154302ff');
    expect(c.recipient.key.toString('hex')).toBe('ffb14e093c94c9cac9471648b4f98710');
    expect(c.commonIv.toString('hex')).toBe('4622d4dd6d944168eefb54987c');
  });

  it('C.1.2 server, with Master Salt', () => {
    const c = deriveSecurityContext({ masterSecret: MASTER_SECRET, masterSalt: MASTER_SALT, senderId: hex('01'), recipientId: hex('') });
    expect(c.sender.key.toString('hex')).toBe('ffb14e093c94c9cac9471648b4f98710');
    expect(c.recipient.key.toString('hex')).toBe('f0910ed7295e6ad4b54fc793154302ff');
    expect(c.commonIv.toString('hex')).toBe('4622d4dd6d944168eefb54987c');
  });

  it('C.2.1 client and C.2.2 server, without Master Salt', () => {
    const client = deriveSecurityContext({ masterSecret: MASTER_SECRET, senderId: hex('00'), recipientId: hex('01') });
    expect(client.sender.key.toString('hex')).toBe('321b26943253c7ffb6003b0b64d74041');
    expect(client.recipient.key.toString('hex')).toBe('e57b5635815177cd679ab4bcec9d7dda');
    expect(client.commonIv.toString('hex')).toBe('be35ae297d2dace910c52e99f9');
    const server = deriveSecurityContext({ masterSecret: MASTER_SECRET, senderId: hex('01'), recipientId: hex('00') });
    expect(server.sender.key.toString('hex')).toBe('e57b5635815177cd679ab4bcec9d7dda');
    expect(server.recipient.key.toString('hex')).toBe('321b26943253c7ffb6003b0b64d74041');
  });

  it('C.3.1 client and C.3.2 server, with ID Context', () => {
    const client = deriveSecurityContext({ masterSecret: MASTER_SECRET, masterSalt: MASTER_SALT, idContext: ID_CONTEXT, senderId: hex(''), recipientId: hex('01') });
    expect(client.sender.key.toString('hex')).toBe('af2a1300a5e95788b356336eeecd2b92');
    expect(client.recipient.key.toString('hex')).toBe('e39a0c7c77b43f03b4b39ab9a268699f');
    expect(client.commonIv.toString('hex')).toBe('2ca58fb85ff1b81c0b7181b85e');
    const server = deriveSecurityContext({ masterSecret: MASTER_SECRET, masterSalt: MASTER_SALT, idContext: ID_CONTEXT, senderId: hex('01'), recipientId: hex('') });
    expect(server.sender.key.toString('hex')).toBe('e39a0c7c77b43f03b4b39ab9a268699f');
    expect(server.recipient.key.toString('hex')).toBe('af2a1300a5e95788b356336eeecd2b92');
  });

  it('accepts the /21 HMAC id 5 as HKDF SHA-256 (same keys as the default)', () => {
    const c = deriveSecurityContext({ masterSecret: MASTER_SECRET, masterSalt: MASTER_SALT, senderId: hex(''), recipientId: hex('01'), hkdfAlgorithm: 5 });
    expect(c.sender.key.toString('hex')).toBe('f0910ed7295e6ad4b54fc793154302ff');
  });

  it('refuses unknown algorithms, equal IDs, IDs too long for the nonce and an empty Master Secret', () => {
    const base = { masterSecret: MASTER_SECRET, senderId: hex('00'), recipientId: hex('01') };
    expect(() => deriveSecurityContext({ ...base, aeadAlgorithm: 3 })).toThrow(OscoreConfigurationError);
    expect(() => deriveSecurityContext({ ...base, hkdfAlgorithm: 99 })).toThrow(OscoreConfigurationError);
    expect(() => deriveSecurityContext({ ...base, recipientId: hex('00') })).toThrow(/must differ/);
    expect(() => deriveSecurityContext({ ...base, senderId: hex('0102030405060708') })).toThrow(/§3.3/);
    expect(() => deriveSecurityContext({ ...base, masterSecret: hex('') })).toThrow(/Master Secret/);
  });

  it('counts the Sender Sequence Number up and refuses to pass the maximum (§7.2.1)', () => {
    const c = deriveSecurityContext({ masterSecret: MASTER_SECRET, senderId: hex('00'), recipientId: hex('01'), senderSequenceNumber: 4, maxSequenceNumber: 5 });
    expect(nextSequenceNumber(c)).toBe(4);
    expect(nextSequenceNumber(c)).toBe(5);
    expect(() => nextSequenceNumber(c)).toThrow(OscoreSequenceExhaustedError);
  });
});
