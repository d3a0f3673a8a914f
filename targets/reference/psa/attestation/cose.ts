/**
 * COSE_Sign1 and COSE_Mac0 (RFC 9052 §4.2, §6.2) as PSA tokens use them (RFC 9783 §5): protected
 * header {1: alg} only, empty unprotected header, attached payload, no external AAD. Signatures are
 * ECDSA in IEEE P1363 form (r||s, RFC 9053 §2.1); MACs are full-length HMAC (RFC 9053 §3.1).
 */
import { createHmac, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { CBOR_TAG_COSE_MAC0, CBOR_TAG_COSE_SIGN1, COSE_HEADER_ALG, cborEncode, cborTag } from './cbor';
import type { CoseAlgorithm } from './cose-algorithms';

const EMPTY = Buffer.alloc(0);

/** The protected header bucket: the serialised map {1: alg}. */
export function protectedHeader(alg: CoseAlgorithm): Buffer {
  return cborEncode(new Map([[COSE_HEADER_ALG, alg.id]]));
}

/** Sig_structure = ["Signature1", body_protected, external_aad = h'', payload] (RFC 9052 §4.4). */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Buffer {
  return cborEncode(['Signature1', Buffer.from(protectedBytes), EMPTY, Buffer.from(payload)]);
}

/** MAC_structure = ["MAC0", protected, external_aad = h'', payload] (RFC 9052 §6.3). */
export function macStructure(protectedBytes: Uint8Array, payload: Uint8Array): Buffer {
  return cborEncode(['MAC0', Buffer.from(protectedBytes), EMPTY, Buffer.from(payload)]);
}

/** A tagged COSE_Sign1 over `payload` with an ECDSA private key. */
export function coseSign1(alg: CoseAlgorithm, privateKey: KeyObject, payload: Uint8Array): Buffer {
  const prot = protectedHeader(alg);
  const signature = cryptoSign(alg.hash, sigStructure(prot, payload), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return cborEncode(cborTag(CBOR_TAG_COSE_SIGN1, [prot, new Map(), Buffer.from(payload), signature]));
}

/** A tagged COSE_Mac0 over `payload` with an HMAC key. */
export function coseMac0(alg: CoseAlgorithm, secret: Uint8Array, payload: Uint8Array): Buffer {
  const prot = protectedHeader(alg);
  const tag = createHmac(alg.hash, secret).update(macStructure(prot, payload)).digest();
  return cborEncode(cborTag(CBOR_TAG_COSE_MAC0, [prot, new Map(), Buffer.from(payload), tag]));
}
