/**
 * The COSE algorithms a PSA token may use (RFC 9783 §5: receivers accept ES256/ES384/ES512 in
 * COSE_Sign1 and HMAC 256/256, 384/384, 512/512 in COSE_Mac0), with what node:crypto needs for each.
 */

export type CoseAlgName = 'ES256' | 'ES384' | 'ES512' | 'HS256' | 'HS384' | 'HS512';

export interface CoseAlgorithm {
  name: CoseAlgName;
  /** IANA COSE Algorithms value. */
  id: number;
  kind: 'ecdsa' | 'hmac';
  hash: 'sha256' | 'sha384' | 'sha512';
  /** JWK curve name (ECDSA only). */
  curve?: 'P-256' | 'P-384' | 'P-521';
  /** Signature length in IEEE P1363 form (r||s), or tag length for HMAC. */
  outputBytes: number;
}

export const COSE_ALGORITHMS: readonly CoseAlgorithm[] = [
  { name: 'ES256', id: -7, kind: 'ecdsa', hash: 'sha256', curve: 'P-256', outputBytes: 64 },
  { name: 'ES384', id: -35, kind: 'ecdsa', hash: 'sha384', curve: 'P-384', outputBytes: 96 },
  { name: 'ES512', id: -36, kind: 'ecdsa', hash: 'sha512', curve: 'P-521', outputBytes: 132 },
  { name: 'HS256', id: 5, kind: 'hmac', hash: 'sha256', outputBytes: 32 },
  { name: 'HS384', id: 6, kind: 'hmac', hash: 'sha384', outputBytes: 48 },
  { name: 'HS512', id: 7, kind: 'hmac', hash: 'sha512', outputBytes: 64 },
];

export function coseAlgorithmById(id: unknown): CoseAlgorithm | undefined {
  return COSE_ALGORITHMS.find((a) => a.id === id);
}

export function coseAlgorithmByName(name: string): CoseAlgorithm {
  const found = COSE_ALGORITHMS.find((a) => a.name === name);
  if (!found) throw new Error(`unknown COSE algorithm "${name}"; known: ${COSE_ALGORITHMS.map((a) => a.name).join(', ')}`);
  return found;
}
