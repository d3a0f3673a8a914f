/**
 * Checks the envelope's signature (ECDSA, IEEE P1363 r||s, RFC 9053 §2.1) or MAC tag (HMAC, RFC 9053
 * §3.1) over the Sig_structure / MAC_structure with the verification key. Returns the problem, if any.
 */
import { createHmac, createPublicKey, timingSafeEqual, verify } from 'node:crypto';
import type { PsaAttestationVerificationKey } from '../../../../roles/psa-attestation';
import { macStructure, sigStructure } from '../cose';
import type { CoseEnvelope } from './envelope';

export function signatureProblem(env: CoseEnvelope, key: PsaAttestationVerificationKey): string | undefined {
  const alg = env.alg;
  if (key.alg !== alg.name) return `token is signed with ${alg.name} but the verification key is for ${key.alg}`;
  if (env.signature.length !== alg.outputBytes) {
    return `${alg.name} ${env.kind === 'COSE_Sign1' ? 'signature' : 'tag'} must be ${alg.outputBytes} bytes, got ${env.signature.length}`;
  }
  if (alg.kind === 'hmac') {
    if (key.jwk.kty !== 'oct' || !key.jwk.k) return 'a COSE_Mac0 token needs a symmetric (kty oct) verification key';
    const expected = createHmac(alg.hash, Buffer.from(key.jwk.k, 'base64url')).update(macStructure(env.protectedBytes, env.payload)).digest();
    return timingSafeEqual(expected, env.signature) ? undefined : `MAC tag does not verify (${alg.name})`;
  }
  if (key.jwk.kty !== 'EC' || key.jwk.crv !== alg.curve) return `${alg.name} needs an EC ${alg.curve} verification key`;
  let ok: boolean;
  try {
    const publicKey = createPublicKey({ key: key.jwk, format: 'jwk' });
    ok = verify(alg.hash, sigStructure(env.protectedBytes, env.payload), { key: publicKey, dsaEncoding: 'ieee-p1363' }, env.signature);
  } catch (e) {
    return `verification key unusable: ${(e as Error).message}`;
  }
  return ok ? undefined : `signature does not verify (${alg.name})`;
}
