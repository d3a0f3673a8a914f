/**
 * /21 instance → Security Context: the RFC 8613 C.1 parameters stored as an LwM2M client would.
 */
import { oscoreContextFromObject21 } from './object21';
import { OscoreConfigurationError } from './errors';

const hex = (s: string): Buffer => Buffer.from(s, 'hex');
const C1 = new Map<number, unknown>([
  [0, hex('0102030405060708090a0b0c0d0e0f10')],
  [1, hex('')],
  [2, hex('01')],
  [3, 10],
  [4, 5], // HMAC 256/256 (RFC 8152 Table 7)
  [5, hex('9e7ca92223786340')],
]);

describe('oscoreContextFromObject21', () => {
  it('derives the C.1.1 client context from the instance, and C.1.2 in the server role', () => {
    const client = oscoreContextFromObject21(C1);
    expect(client.sender.key.toString('hex')).toBe('f0910ed7295e6ad4b54fc793154302ff');
    expect(client.commonIv.toString('hex')).toBe('4622d4dd6d944168eefb54987c');
    const server = oscoreContextFromObject21(Object.fromEntries(C1), { role: 'server' });
    expect(server.sender.id.toString('hex')).toBe('01');
    expect(server.sender.key.toString('hex')).toBe('ffb14e093c94c9cac9471648b4f98710');
  });

  it('reads ID Context (resource 6) and accepts a lookup function', () => {
    const withContext = new Map(C1).set(6, hex('37cbf3210017a2d3'));
    const c = oscoreContextFromObject21((id) => withContext.get(id));
    expect(c.sender.key.toString('hex')).toBe('af2a1300a5e95788b356336eeecd2b92');
  });

  it('refuses a missing mandatory resource, a non-opaque value, an unknown AEAD', () => {
    const without = new Map(C1);
    without.delete(0);
    expect(() => oscoreContextFromObject21(without)).toThrow(/resource 0/);
    expect(() => oscoreContextFromObject21(new Map(C1).set(1, 'abc'))).toThrow(OscoreConfigurationError);
    expect(() => oscoreContextFromObject21(new Map(C1).set(3, 1))).toThrow(/AEAD/);
  });
});
