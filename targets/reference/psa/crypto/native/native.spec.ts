import { createCipheriv, createHash, generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { p256, p384, p521 } from '@noble/curves/nist';
import { psaNative } from './index';

// The addon is built by `npm install`; CI must have it (the DTLS transport needs the same toolchain).
const native = psaNative();

describe('psa native ECDSA over a precomputed digest', () => {
  it('is built', () => {
    expect(native).toBeDefined();
  });

  it.each([
    ['prime256v1', p256, 32, 32],
    ['secp384r1', p384, 48, 48],
    ['secp521r1', p521, 66, 64],
  ] as const)('%s: r || s over the raw digest verifies with @noble/curves (an independent implementation)', (curve, noble, field, digestLength) => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
    const handle = native!.loadEcPrivateKey(privateKey.export({ format: 'der', type: 'pkcs8' }));
    const digest = randomBytes(digestLength);
    const signature = native!.ecdsaSignDigest(handle, digest, field);
    expect(signature.length).toBe(2 * field);
    const jwk = publicKey.export({ format: 'jwk' });
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
    const options = { prehash: false, lowS: false } as const;
    expect(noble.verify(signature, digest, point, options)).toBe(true);
    const other = Buffer.from(digest);
    other[0] ^= 1;
    expect(noble.verify(signature, other, point, options)).toBe(false);
    expect(signature.equals(native!.ecdsaSignDigest(handle, digest, field))).toBe(false); // a fresh random k per signature
  });

  it('refuses what is not an EC private key, with a message', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    expect(() => native!.loadEcPrivateKey(privateKey.export({ format: 'der', type: 'pkcs8' }))).toThrow(/not an EC key/);
    expect(() => native!.loadEcPrivateKey(Buffer.from('nope'))).toThrow(/not a private key/);
  });

  it('a signature over one digest does not verify for another (P-256, checked by node:crypto over SHA-256)', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const handle = native!.loadEcPrivateKey(privateKey.export({ format: 'der', type: 'pkcs8' }));
    const message = randomBytes(100);
    const digest = createHash('sha256').update(message).digest();
    const signature = native!.ecdsaSignDigest(handle, digest, 32);
    expect(verify('sha256', message, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
    expect(verify('sha256', Buffer.concat([message, Buffer.from([0])]), { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(false);
  });

  it('AES-CCM on one reused context equals node:crypto for every nonce and tag length, key size and AD length', () => {
    for (const keyLength of [16, 24, 32]) {
      const key = randomBytes(keyLength);
      const handle = native!.ccmKey(key);
      for (const nonceLength of [7, 10, 13]) {
        for (const tagLength of [4, 8, 16]) {
          for (const [adLength, ptLength] of [[0, 1], [20, 16], [0, 1024]]) {
            const nonce = randomBytes(nonceLength);
            const ad = randomBytes(adLength);
            const pt = randomBytes(ptLength);
            const c = createCipheriv(`aes-${keyLength * 8}-ccm` as 'aes-128-ccm', key, nonce, { authTagLength: tagLength });
            c.setAAD(ad, { plaintextLength: pt.length });
            const expected = Buffer.concat([c.update(pt), c.final(), c.getAuthTag()]);
            expect(native!.ccmEncrypt(handle, nonce, ad, pt, tagLength).toString('hex')).toBe(expected.toString('hex'));
          }
        }
      }
    }
  });

  it('AES-CCM refuses what RFC 3610 does not allow, with a message', () => {
    const handle = native!.ccmKey(randomBytes(16));
    expect(() => native!.ccmKey(Buffer.alloc(15))).toThrow(/16, 24 or 32 bytes/);
    expect(() => native!.ccmEncrypt(handle, Buffer.alloc(6), Buffer.alloc(0), Buffer.alloc(4), 8)).toThrow(/nonce length 7\.\.13/);
    expect(() => native!.ccmEncrypt(handle, Buffer.alloc(13), Buffer.alloc(0), Buffer.alloc(4), 5)).toThrow(/tag length/);
  });
});
