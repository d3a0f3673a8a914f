/**
 * The Initial Attestation Key (IAK) of the simulated device: an ECDSA key pair (COSE_Sign1 tokens) or
 * an HMAC secret (COSE_Mac0 tokens), its verification JWK, and the Instance ID derived from it
 * (Attestation API 2.0 §"Instance ID": 0x01 || H(public key) for an asymmetric IAK, 0x01 || H(H(IAK))
 * for a symmetric one; H = SHA-256, giving the 33-byte UEID of RFC 9783 §4.2.1).
 */
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { PsaAttestationVerificationKey } from '../../../roles/psa-attestation';
import { coseAlgorithmByName, type CoseAlgName, type CoseAlgorithm } from './cose-algorithms';
import { coseMac0, coseSign1 } from './cose';

export interface Iak {
  alg: CoseAlgorithm;
  verificationKey: PsaAttestationVerificationKey;
  instanceId: Buffer;
  /** Wraps a claims payload in the token envelope (COSE_Sign1 or COSE_Mac0). */
  seal(payload: Uint8Array): Buffer;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

/** 0x04 || X || Y from an EC public JWK. */
export function uncompressedPoint(jwk: JsonWebKey): Buffer {
  return Buffer.concat([Buffer.from([0x04]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
}

export function ecdsaIak(algName: CoseAlgName, privateKey?: KeyObject): Iak {
  const alg = coseAlgorithmByName(algName);
  if (alg.kind !== 'ecdsa') throw new Error(`${algName} is not an ECDSA algorithm`);
  const key = privateKey ?? generateKeyPairSync('ec', { namedCurve: alg.curve! }).privateKey;
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return {
    alg,
    verificationKey: { alg: alg.name, jwk },
    instanceId: Buffer.concat([Buffer.from([0x01]), sha256(uncompressedPoint(jwk))]),
    seal: (payload) => coseSign1(alg, key, payload),
  };
}

export function hmacIak(algName: CoseAlgName, secret?: Uint8Array): Iak {
  const alg = coseAlgorithmByName(algName);
  if (alg.kind !== 'hmac') throw new Error(`${algName} is not an HMAC algorithm`);
  const key = Buffer.from(secret ?? randomBytes(alg.outputBytes * 2));
  return {
    alg,
    verificationKey: { alg: alg.name, jwk: { kty: 'oct', k: key.toString('base64url') } },
    instanceId: Buffer.concat([Buffer.from([0x01]), sha256(sha256(key))]),
    seal: (payload) => coseMac0(alg, key, payload),
  };
}
