/**
 * Signature schemes by algorithm and key type, PSA Crypto API 1.2 §10.7
 * (psa-api doc/crypto/api/ops/signature.rst). A scheme signs and verifies a *hash* (psa_sign_hash);
 * psa_sign_message hashes first with the algorithm's hash, except pure EdDSA, which signs the
 * message itself (then `hashInput` is false).
 * - RSA_PKCS1V15_SIGN(h), RSA_PKCS1V15_SIGN_RAW, RSA_PSS(h) (salt = hash length), RSA_PSS_ANY_SALT(h)
 *   (signs with salt = hash length, verifies any salt): RSA keys, node:crypto raw RSA + rsa.ts;
 * - ECDSA(h) (random k), ECDSA_ANY, DETERMINISTIC_ECDSA(h) (RFC 6979 with HMAC-h): SECP_R1
 *   256/384/521. Randomized signing runs on node's OpenSSL (hash-and-sign through node:crypto for
 *   psa_sign_message, EVP_PKEY_sign through ../native for psa_sign_hash); deterministic signing and
 *   verification use @noble/curves with lowS:false (PSA signatures are the plain r || s, high s allowed);
 * - PURE_EDDSA: Ed25519 / Ed448 (message only); ED25519PH / ED448PH: RFC 8032 prehash variants,
 *   psa_sign_hash takes PH(M) (@noble/curves).
 */
import { createPrivateKey, createPublicKey, sign as nodeSign, type KeyObject } from 'node:crypto';
import { p256, p384, p521 } from '@noble/curves/nist';
import { twistedEdwards } from '@noble/curves/abstract/edwards';
import { ed25519, ed25519ph } from '@noble/curves/ed25519';
import { ed448, ed448ph } from '@noble/curves/ed448';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2';
import * as C from '../../constants/algorithm-classes';
import * as A from '../../constants/algorithms';
import * as T from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { hashInfo, isFixedLengthHash } from '../hash/algorithms';
import { keyTypeHandler } from '../key-types';
import { psaNative, type EcKeyHandle } from '../native';
import * as R from './rsa';

export interface SignScheme {
  /** PSA_SIGN_OUTPUT_SIZE for this key. */
  signatureLength: number;
  /** The expected psa_sign_hash input length; undefined = any (SIGN_RAW, ECDSA_ANY). */
  hashLength?: number;
  /** psa_sign_message hashes with this algorithm first; undefined = signs the message (pure EdDSA). */
  messageHash?: number;
  /** False when psa_sign_hash is not defined for the algorithm (pure EdDSA, §10.7.2). */
  signsHashes: boolean;
  sign(input: Uint8Array): Buffer;
  /**
   * psa_sign_message in one native step, when the algorithm allows it: node:crypto (OpenSSL) can hash
   * and sign, but cannot sign a precomputed digest, so psa_sign_hash always goes through `sign`.
   */
  signMessage?(message: Uint8Array): Buffer;
  verify(input: Uint8Array, signature: Uint8Array): boolean;
}

const NODE_CURVE: Record<number, string> = { 256: 'P-256', 384: 'P-384', 521: 'P-521' };

/** The key pair as a node:crypto KeyObject, for OpenSSL's native hash-and-sign. */
function nativeEcKey(slot: Slot, pub: Uint8Array): KeyObject {
  const n = Math.ceil(slot.bits / 8);
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');
  // PSA exports the public key as 0x04 || X || Y (§9.6.4); JWK wants X and Y apart.
  return createPrivateKey({ key: { kty: 'EC', crv: NODE_CURVE[slot.bits]!, d: b64(slot.material), x: b64(pub.subarray(1, 1 + n)), y: b64(pub.subarray(1 + n)) }, format: 'jwk' });
}

type Slot = { type: number; bits: number; material: Buffer };

function rsaScheme(alg: number, slot: Slot): SignScheme | number {
  const pair = T.PSA_KEY_TYPE_IS_KEY_PAIR(slot.type);
  const hashAlg = C.PSA_ALG_GET_HASH(alg);
  const info = hashAlg ? hashInfo(hashAlg) : undefined;
  if (hashAlg && (!info || !isFixedLengthHash(hashAlg))) return PSA_ERROR_NOT_SUPPORTED;
  const der = { key: slot.material, format: 'der' as const, type: 'pkcs1' as const };
  const priv: KeyObject | undefined = pair ? createPrivateKey(der) : undefined;
  const pub = pair ? createPublicKey(priv!) : createPublicKey(der);
  const k = slot.bits / 8;
  const base = { signatureLength: k, hashLength: info?.length, messageHash: hashAlg || undefined, signsHashes: true };
  if (C.PSA_ALG_IS_RSA_PKCS1V15_SIGN(alg)) {
    return {
      ...base,
      sign: (h) => R.signPkcs1v15(priv!, R.pkcs1v15Payload(info?.node, h)!),
      verify: (h, s) => R.verifyPkcs1v15(pub, R.pkcs1v15Payload(info?.node, h)!, s),
    };
  }
  if (!info) return PSA_ERROR_INVALID_ARGUMENT;
  const anySalt = C.PSA_ALG_IS_RSA_PSS_ANY_SALT(alg);
  return {
    ...base,
    sign: (h) => R.rawPrivate(priv!, R.pssEncode(info.node, h, slot.bits - 1, info.length)),
    verify: (h, s) => {
      if (s.length !== k) return false;
      const em = R.rawPublic(pub, s);
      return em !== undefined && R.pssVerify(info.node, h, em, slot.bits - 1, anySalt ? undefined : info.length);
    },
  };
}

const WEIERSTRASS: Record<number, typeof p256> = { 256: p256, 384: p384, 521: p521 };
const NOBLE_HASH: Record<number, typeof sha256> = { [A.PSA_ALG_SHA_256]: sha256, [A.PSA_ALG_SHA_384]: sha384, [A.PSA_ALG_SHA_512]: sha512 };

function ecdsaScheme(alg: number, slot: Slot): SignScheme | number {
  if (T.PSA_KEY_TYPE_ECC_GET_FAMILY(slot.type) !== T.PSA_ECC_FAMILY_SECP_R1) return PSA_ERROR_NOT_SUPPORTED;
  const curve = WEIERSTRASS[slot.bits];
  if (!curve) return PSA_ERROR_NOT_SUPPORTED;
  const hashAlg = C.PSA_ALG_GET_HASH(alg);
  const info = hashAlg ? hashInfo(hashAlg) : undefined;
  if (hashAlg && (!info || !isFixedLengthHash(hashAlg))) return PSA_ERROR_NOT_SUPPORTED;
  const deterministic = C.PSA_ALG_IS_DETERMINISTIC_ECDSA(alg);
  // RFC 6979 §3.2 uses HMAC with the message hash: build the curve around that hash.
  const signer = deterministic ? (NOBLE_HASH[hashAlg] ? curve.create?.(NOBLE_HASH[hashAlg]) : undefined) : curve;
  if (!signer) return PSA_ERROR_NOT_SUPPORTED;
  const pair = T.PSA_KEY_TYPE_IS_KEY_PAIR(slot.type);
  const pub = pair ? keyTypeHandler(slot.type)!.exportPublic!(slot.type, slot.material) : slot.material;
  const opts = { lowS: false, prehash: false } as const;
  // Built on first use; the scheme itself is cached per key (signScheme), so this happens once per key.
  let native: KeyObject | undefined;
  let nativeHandle: EcKeyHandle | undefined;
  const addon = psaNative();
  const n = Math.ceil(slot.bits / 8);
  return {
    signatureLength: 2 * n,
    hashLength: info?.length,
    messageHash: hashAlg || undefined,
    signsHashes: true,
    sign: (h) => {
      // Randomized ECDSA of a key pair on node's OpenSSL when the addon is built (EVP_PKEY_sign signs
      // the digest as given); deterministic ECDSA (RFC 6979 needs OpenSSL 3.2) and no addon: noble.
      if (!deterministic && pair && addon) {
        nativeHandle ??= addon.loadEcPrivateKey((native ??= nativeEcKey(slot, pub)).export({ format: 'der', type: 'pkcs8' }));
        return addon.ecdsaSignDigest(nativeHandle, Buffer.isBuffer(h) ? h : Buffer.from(h), n);
      }
      return Buffer.from(signer.sign(h, slot.material, { ...opts, extraEntropy: !deterministic }).toCompactRawBytes());
    },
    // Randomized ECDSA over a SHA-2 message hash: OpenSSL does hash-and-sign natively and much faster.
    signMessage:
      !deterministic && pair && info && ['sha256', 'sha384', 'sha512'].includes(info.node)
        ? (m) => nodeSign(info.node, m, { key: (native ??= nativeEcKey(slot, pub)), dsaEncoding: 'ieee-p1363' })
        : undefined,
    verify: (h, s) => {
      if (s.length !== 2 * Math.ceil(slot.bits / 8)) return false;
      try {
        return curve.verify(s, h, pub, opts);
      } catch {
        return false;
      }
    },
  };
}

/**
 * Ed25519ph / Ed448ph over a given PH(M) (SHA-512 / SHAKE256-512 of the message, RFC 8032 §5.1 /
 * §5.2): the library's ph curves hash the message themselves, so these twins of them take the
 * prehash as it is (same domain separation, identity prehash).
 */
const ED25519PH_ON_HASH = twistedEdwards({ ...(ed25519ph as unknown as { CURVE: object }).CURVE, prehash: (m: Uint8Array) => m } as never);
const ED448PH_ON_HASH = twistedEdwards({ ...(ed448ph as unknown as { CURVE: object }).CURVE, prehash: (m: Uint8Array) => m } as never);

function eddsaScheme(alg: number, slot: Slot): SignScheme | number {
  const is25519 = slot.bits === 255;
  const pure = alg === A.PSA_ALG_PURE_EDDSA;
  if (!pure && alg !== (is25519 ? A.PSA_ALG_ED25519PH : A.PSA_ALG_ED448PH)) return PSA_ERROR_INVALID_ARGUMENT;
  const curve = pure ? (is25519 ? ed25519 : ed448) : is25519 ? ED25519PH_ON_HASH : ED448PH_ON_HASH;
  const pair = T.PSA_KEY_TYPE_IS_KEY_PAIR(slot.type);
  const pub = pair ? keyTypeHandler(slot.type)!.exportPublic!(slot.type, slot.material) : slot.material;
  return {
    signatureLength: is25519 ? 64 : 114,
    hashLength: pure ? undefined : 64,
    messageHash: pure ? undefined : C.PSA_ALG_GET_HASH(alg),
    signsHashes: !pure,
    sign: (m) => Buffer.from(curve.sign(m, slot.material)),
    verify: (m, s) => {
      try {
        return curve.verify(s, m, pub);
      } catch {
        return false;
      }
    },
  };
}

/**
 * Schemes are pure functions of (algorithm, key type, bits, key material), and building one derives
 * the public key and native key objects: build each once per key. Keyed by the material Buffer, which
 * the key store never mutates, so a destroyed key's entries go with its material.
 */
const SCHEMES = new WeakMap<Buffer, Map<string, SignScheme | number>>();

/** The scheme for an operation algorithm and key, or a status (§10.7 error rules). */
export function signScheme(alg: number, slot: Slot): SignScheme | number {
  let forKey = SCHEMES.get(slot.material);
  if (!forKey) SCHEMES.set(slot.material, (forKey = new Map()));
  const cacheKey = `${alg}:${slot.type}:${slot.bits}`;
  let scheme = forKey.get(cacheKey);
  if (scheme === undefined) forKey.set(cacheKey, (scheme = buildSignScheme(alg, slot)));
  return scheme;
}

function buildSignScheme(alg: number, slot: Slot): SignScheme | number {
  if (!C.PSA_ALG_IS_SIGN(alg) || C.PSA_ALG_IS_WILDCARD_HASH(alg)) return PSA_ERROR_INVALID_ARGUMENT;
  const isRsaAlg = C.PSA_ALG_IS_RSA_PKCS1V15_SIGN(alg) || C.PSA_ALG_IS_RSA_PSS(alg);
  const isEcdsa = C.PSA_ALG_IS_ECDSA(alg);
  const isEddsa = C.PSA_ALG_IS_PURE_EDDSA(alg) || C.PSA_ALG_IS_HASH_EDDSA(alg);
  if (T.PSA_KEY_TYPE_IS_RSA(slot.type)) return isRsaAlg ? rsaScheme(alg, slot) : PSA_ERROR_INVALID_ARGUMENT;
  if (T.PSA_KEY_TYPE_IS_ECC(slot.type)) {
    const family = T.PSA_KEY_TYPE_ECC_GET_FAMILY(slot.type);
    if (family === T.PSA_ECC_FAMILY_TWISTED_EDWARDS) return isEddsa ? eddsaScheme(alg, slot) : PSA_ERROR_INVALID_ARGUMENT;
    if (family === T.PSA_ECC_FAMILY_MONTGOMERY) return PSA_ERROR_INVALID_ARGUMENT;
    return isEcdsa ? ecdsaScheme(alg, slot) : PSA_ERROR_INVALID_ARGUMENT;
  }
  return PSA_ERROR_INVALID_ARGUMENT;
}

export const isScheme = (s: SignScheme | number): s is SignScheme => typeof s !== 'number';
