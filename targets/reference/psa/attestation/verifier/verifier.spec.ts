import { generateKeyPairSync } from 'node:crypto';
import { cborEncode } from '../cbor';
import { ecdsaIak, hmacIak } from '../iak';
import { verifyPsaToken } from './verify-token';
import { RFC9783_MAC0_KEY, RFC9783_MAC0_TOKEN, RFC9783_NONCE, RFC9783_SIGN1_JWK, RFC9783_SIGN1_TOKEN } from './rfc9783-examples';

const sign1Key = { alg: 'ES256', jwk: RFC9783_SIGN1_JWK };
const mac0Key = { alg: 'HS256', jwk: { kty: 'oct', k: RFC9783_MAC0_KEY.toString('base64url') } };

function flipped(token: Buffer, bit: number): Buffer {
  const copy = Buffer.from(token);
  copy[bit >> 3] ^= 1 << (bit & 7);
  return copy;
}

describe('verifyPsaToken on the RFC 9783 Appendix A examples', () => {
  it('accepts the COSE_Sign1 ES256 example with its challenge', () => {
    const r = verifyPsaToken(RFC9783_SIGN1_TOKEN, { key: sign1Key, challenge: RFC9783_NONCE });
    expect(r).toMatchObject({ ok: true, envelope: 'COSE_Sign1', alg: 'ES256', profile: 'psa-tfm' });
  });

  it('accepts the COSE_Mac0 HMAC 256/256 example with its challenge', () => {
    const r = verifyPsaToken(RFC9783_MAC0_TOKEN, { key: mac0Key, challenge: RFC9783_NONCE });
    expect(r).toMatchObject({ ok: true, envelope: 'COSE_Mac0', alg: 'HS256', profile: 'psa-tfm' });
  });

  it.each([
    ['COSE_Sign1', RFC9783_SIGN1_TOKEN, sign1Key],
    ['COSE_Mac0', RFC9783_MAC0_TOKEN, mac0Key],
  ])('refuses the %s example with any single bit flipped, giving a reason', (_name, token, key) => {
    const accepted: number[] = [];
    const reasons = new Set<string>();
    for (let bit = 0; bit < token.length * 8; bit++) {
      const r = verifyPsaToken(flipped(token, bit), { key, challenge: RFC9783_NONCE });
      if (r.ok) accepted.push(bit);
      else reasons.add(r.reason.replace(/\d+/g, 'N'));
    }
    expect(accepted).toEqual([]);
    expect([...reasons].every((r) => r.length > 10)).toBe(true);
  });

  it('names the failing part: signature, challenge, key, algorithm', () => {
    const sigBit = (RFC9783_SIGN1_TOKEN.length - 10) * 8;
    expect(verifyPsaToken(flipped(RFC9783_SIGN1_TOKEN, sigBit), { key: sign1Key })).toEqual({ ok: false, reason: 'signature does not verify (ES256)' });
    expect(verifyPsaToken(RFC9783_SIGN1_TOKEN, { key: sign1Key, challenge: Buffer.alloc(32, 2) })).toEqual({
      ok: false,
      reason: 'claim 10 (nonce) does not match the challenge',
    });
    const other = ecdsaIak('ES256').verificationKey;
    expect(verifyPsaToken(RFC9783_SIGN1_TOKEN, { key: other })).toEqual({ ok: false, reason: 'signature does not verify (ES256)' });
    expect(verifyPsaToken(RFC9783_SIGN1_TOKEN, { key: mac0Key })).toMatchObject({ ok: false, reason: expect.stringContaining('verification key is for HS256') });
    expect(verifyPsaToken(RFC9783_MAC0_TOKEN, { key: { ...mac0Key, jwk: { kty: 'oct', k: 'AAAA' } } })).toEqual({ ok: false, reason: 'MAC tag does not verify (HS256)' });
  });

  it('refuses indefinite-length CBOR and trailing bytes', () => {
    // 0x84 (array of 4) → 0x9f … 0xff (indefinite array): same items, not definite-length.
    const indefinite = Buffer.concat([Buffer.from([0xd2, 0x9f]), RFC9783_SIGN1_TOKEN.subarray(2), Buffer.from([0xff])]);
    expect(verifyPsaToken(indefinite, { key: sign1Key })).toMatchObject({ ok: false, reason: expect.stringContaining('indefinite-length') });
    const trailing = Buffer.concat([RFC9783_SIGN1_TOKEN, Buffer.from([0x00])]);
    expect(verifyPsaToken(trailing, { key: sign1Key })).toMatchObject({ ok: false, reason: expect.stringContaining('trailing bytes') });
  });

  it('refuses a token whose instance ID is not the expected one', () => {
    const r = verifyPsaToken(RFC9783_SIGN1_TOKEN, { key: sign1Key, instanceId: Buffer.alloc(33, 1) });
    expect(r).toEqual({ ok: false, reason: 'claim 256 (instance ID) does not identify the expected IAK' });
  });
});

describe('verifyPsaToken on other profiles and algorithms', () => {
  const component = new Map<number, unknown>([[2, Buffer.alloc(32, 3)], [5, Buffer.alloc(32, 4)]]);

  it('accepts the PSA 2.0.0 draft profile with the boot seed at 2397 (veraison P2ClaimsAll)', () => {
    const iak = ecdsaIak('ES384');
    const claims = new Map<number, unknown>([
      [265, 'http://arm.com/psa/2.0.0'],
      [2394, 2147483647],
      [2395, 12288],
      [2396, Buffer.alloc(32)],
      [2397, Buffer.alloc(8)],
      [2398, '1234567890123-12345'],
      [2399, [component]],
      [10, Buffer.alloc(32, 1)],
      [256, Buffer.concat([Buffer.from([1]), Buffer.alloc(32, 2)])],
      [2400, 'https://veraison.example/v1/challenge-response'],
    ]);
    const r = verifyPsaToken(iak.seal(cborEncode(claims)), { key: iak.verificationKey });
    expect(r).toMatchObject({ ok: true, alg: 'ES384', profile: 'psa-2.0.0' });
  });

  it('accepts legacy PSA_IOT_PROFILE_1 (veraison P1ClaimsAll) signed with ES512', () => {
    const iak = ecdsaIak('ES512', generateKeyPairSync('ec', { namedCurve: 'P-521' }).privateKey);
    const claims = new Map<number, unknown>([
      [-75000, 'PSA_IOT_PROFILE_1'],
      [-75001, 2147483647],
      [-75002, 12288],
      [-75003, Buffer.alloc(32)],
      [-75004, Buffer.alloc(32)],
      [-75005, '1234567890123'],
      [-75006, [component]],
      [-75008, Buffer.alloc(32, 1)],
      [-75009, Buffer.concat([Buffer.from([1]), Buffer.alloc(32, 2)])],
      [-75010, 'https://veraison.example/v1/challenge-response'],
    ]);
    const r = verifyPsaToken(iak.seal(cborEncode(claims)), { key: iak.verificationKey, challenge: Buffer.alloc(32, 1) });
    expect(r).toMatchObject({ ok: true, alg: 'ES512', profile: 'psa-iot-1' });
    claims.delete(-75004);
    expect(verifyPsaToken(iak.seal(cborEncode(claims)), { key: iak.verificationKey })).toEqual({ ok: false, reason: 'claim -75004 (boot seed) is missing' });
  });

  it('verifies HMAC 512/512 Mac0 tokens', () => {
    const iak = hmacIak('HS512');
    const claims = new Map<number, unknown>([
      [265, 'tag:psacertified.org,2023:psa#tfm'],
      [2394, -1],
      [2395, 12288],
      [2396, Buffer.alloc(32)],
      [2399, [component]],
      [10, Buffer.alloc(64, 7)],
      [256, iak.instanceId],
    ]);
    expect(verifyPsaToken(iak.seal(cborEncode(claims)), { key: iak.verificationKey, instanceId: iak.instanceId })).toMatchObject({ ok: true, alg: 'HS512' });
  });
});
