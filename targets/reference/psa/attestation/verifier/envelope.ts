/**
 * Parses the token envelope, RFC 9783 §5: a tagged COSE_Sign1 (18) or COSE_Mac0 (17) array of
 * [protected bstr, unprotected map, payload bstr, signature/tag bstr], definite-length CBOR, with the
 * algorithm in the protected header. Throws VerificationProblem with the reason otherwise.
 */
import { CBOR_TAG_COSE_MAC0, CBOR_TAG_COSE_SIGN1, COSE_HEADER_ALG, CborTag, cborDecode } from '../cbor';
import { coseAlgorithmById, type CoseAlgorithm } from '../cose-algorithms';
import { cborStructureProblem } from './cbor-wellformed';

export class VerificationProblem extends Error {}

export interface CoseEnvelope {
  kind: 'COSE_Sign1' | 'COSE_Mac0';
  protectedBytes: Buffer;
  alg: CoseAlgorithm;
  payload: Buffer;
  /** The signature (Sign1) or the MAC tag (Mac0). */
  signature: Buffer;
}

const isBytes = (v: unknown): v is Buffer => v instanceof Uint8Array;

export function decodeStrict(bytes: Uint8Array, what: string): unknown {
  const problem = cborStructureProblem(bytes);
  if (problem) throw new VerificationProblem(`${what} is not valid definite-length CBOR: ${problem}`);
  try {
    return cborDecode(bytes);
  } catch (e) {
    throw new VerificationProblem(`${what} does not decode: ${(e as Error).message}`);
  }
}

export function parseEnvelope(token: Uint8Array): CoseEnvelope {
  const top = decodeStrict(token, 'token');
  if (!(top instanceof CborTag) || (top.tag !== CBOR_TAG_COSE_SIGN1 && top.tag !== CBOR_TAG_COSE_MAC0)) {
    throw new VerificationProblem('token is not a tagged COSE_Sign1 (tag 18) or COSE_Mac0 (tag 17)');
  }
  const kind = top.tag === CBOR_TAG_COSE_SIGN1 ? 'COSE_Sign1' : 'COSE_Mac0';
  const parts = top.value as unknown;
  if (!Array.isArray(parts) || parts.length !== 4) throw new VerificationProblem(`${kind} must be an array of 4 elements`);
  const [prot, unprot, payload, signature] = parts;
  if (!isBytes(prot)) throw new VerificationProblem(`${kind} protected header must be a byte string`);
  if (!(unprot instanceof Map)) throw new VerificationProblem(`${kind} unprotected header must be a map`);
  if (!isBytes(payload)) throw new VerificationProblem(`${kind} payload must be an attached byte string`);
  if (!isBytes(signature)) throw new VerificationProblem(`${kind} ${kind === 'COSE_Sign1' ? 'signature' : 'tag'} must be a byte string`);
  const header = prot.length === 0 ? new Map() : decodeStrict(prot, 'protected header');
  if (!(header instanceof Map)) throw new VerificationProblem('protected header must encode a map');
  const alg = coseAlgorithmById(header.get(COSE_HEADER_ALG));
  if (!alg) throw new VerificationProblem(`protected header alg ${String(header.get(COSE_HEADER_ALG))} is not one RFC 9783 accepts (ES256/384/512, HMAC 256/384/512)`);
  if ((kind === 'COSE_Sign1') !== (alg.kind === 'ecdsa')) throw new VerificationProblem(`${alg.name} cannot be used in a ${kind}`);
  return { kind, protectedBytes: Buffer.from(prot), alg, payload: Buffer.from(payload), signature: Buffer.from(signature) };
}
