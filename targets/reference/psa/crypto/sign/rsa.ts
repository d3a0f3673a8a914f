/**
 * RSA signature encodings on a given hash, RFC 8017: EMSA-PKCS1-v1_5 (§9.2, DigestInfo prefixes
 * from note 1) and EMSA-PSS with MGF1 (§9.1), over node:crypto's raw RSA (private/public
 * "encrypt" with RSA_NO_PADDING, or PKCS#1 type-1 padding for v1.5). node:crypto's sign() always
 * hashes the message itself, and PSA's psa_sign_hash hands over the hash, hence these encodings;
 * sign.spec.ts cross-checks them against crypto.sign/verify.
 */
import { constants, createHash, privateEncrypt, publicDecrypt, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';

/** DigestInfo DER prefix per node hash name (RFC 8017 §9.2 note 1; SHA-3 from NIST CSOR OIDs). */
const DIGEST_INFO: Record<string, string> = {
  md5: '3020300c06082a864886f70d020505000410',
  ripemd160: '3021300906052b2403020105000414',
  sha1: '3021300906052b0e03021a05000414',
  sha224: '302d300d06096086480165030402040500041c',
  sha256: '3031300d060960864801650304020105000420',
  sha384: '3041300d060960864801650304020205000430',
  sha512: '3051300d060960864801650304020305000440',
  'sha512-224': '302d300d06096086480165030402050500041c',
  'sha512-256': '3031300d060960864801650304020605000420',
  'sha3-224': '302d300d06096086480165030402070500041c',
  'sha3-256': '3031300d060960864801650304020805000420',
  'sha3-384': '3041300d060960864801650304020905000430',
  'sha3-512': '3051300d060960864801650304020a05000440',
};

/** EMSA-PKCS1-v1_5 payload T = DigestInfo || H (or H alone for PSA_ALG_RSA_PKCS1V15_SIGN_RAW). */
export function pkcs1v15Payload(hashName: string | undefined, hash: Uint8Array): Buffer | undefined {
  if (hashName === undefined) return Buffer.from(hash);
  const prefix = DIGEST_INFO[hashName];
  return prefix ? Buffer.concat([Buffer.from(prefix, 'hex'), hash]) : undefined;
}

export function signPkcs1v15(key: KeyObject, payload: Buffer): Buffer {
  return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, payload);
}

export function verifyPkcs1v15(key: KeyObject, payload: Buffer, signature: Uint8Array): boolean {
  try {
    const recovered = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature);
    return recovered.length === payload.length && timingSafeEqual(recovered, payload);
  } catch {
    return false;
  }
}

function mgf1(hashName: string, seed: Buffer, length: number): Buffer {
  const out: Buffer[] = [];
  for (let counter = 0; Buffer.concat(out).length < length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    out.push(createHash(hashName).update(seed).update(c).digest());
  }
  return Buffer.concat(out).subarray(0, length);
}

const xor = (a: Buffer, b: Buffer): Buffer => Buffer.from(a.map((v, i) => v ^ b[i]));

/** RFC 8017 §9.1.1 EMSA-PSS-ENCODE with a given mHash; emBits = modulus bits − 1. */
export function pssEncode(hashName: string, mHash: Uint8Array, emBits: number, saltLength: number): Buffer {
  const hLen = mHash.length;
  const emLen = Math.ceil(emBits / 8);
  const salt = randomBytes(saltLength);
  const h = createHash(hashName).update(Buffer.alloc(8)).update(mHash).update(salt).digest();
  const db = Buffer.concat([Buffer.alloc(emLen - saltLength - hLen - 2), Buffer.from([1]), salt]);
  const maskedDb = xor(db, mgf1(hashName, h, db.length));
  maskedDb[0] &= 0xff >> (8 * emLen - emBits);
  return Buffer.concat([maskedDb, h, Buffer.from([0xbc])]);
}

/** RFC 8017 §9.1.2 EMSA-PSS-VERIFY; `saltLength` undefined = any salt length (PSA_ALG_RSA_PSS_ANY_SALT). */
export function pssVerify(hashName: string, mHash: Uint8Array, em: Buffer, emBits: number, saltLength?: number): boolean {
  const hLen = mHash.length;
  const emLen = Math.ceil(emBits / 8);
  const e = em.length > emLen ? em.subarray(em.length - emLen) : em;
  if (em.length > emLen && em.subarray(0, em.length - emLen).some((b) => b !== 0)) return false;
  if (emLen < hLen + 2 || e[emLen - 1] !== 0xbc) return false;
  const maskedDb = e.subarray(0, emLen - hLen - 1);
  const h = e.subarray(emLen - hLen - 1, emLen - 1);
  const topBits = 8 * emLen - emBits;
  if (maskedDb[0] & ~(0xff >> topBits) & 0xff) return false;
  const db = xor(maskedDb, mgf1(hashName, h, maskedDb.length));
  db[0] &= 0xff >> topBits;
  const one = db.indexOf(1);
  if (one < 0 || db.subarray(0, one).some((b) => b !== 0)) return false;
  const salt = db.subarray(one + 1);
  if (saltLength !== undefined && salt.length !== saltLength) return false;
  const h2 = createHash(hashName).update(Buffer.alloc(8)).update(mHash).update(salt).digest();
  return timingSafeEqual(h, h2);
}

export function rawPrivate(key: KeyObject, block: Buffer): Buffer {
  return privateEncrypt({ key, padding: constants.RSA_NO_PADDING }, block);
}

export function rawPublic(key: KeyObject, signature: Uint8Array): Buffer | undefined {
  try {
    return publicDecrypt({ key, padding: constants.RSA_NO_PADDING }, signature);
  } catch {
    return undefined;
  }
}
