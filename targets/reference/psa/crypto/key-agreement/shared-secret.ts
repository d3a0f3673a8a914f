/**
 * The raw shared secret of PSA_ALG_ECDH and PSA_ALG_FFDH, PSA Crypto API 1.2 §10.9.2:
 * - ECDH on SECP_R1: the x-coordinate of d·Q, big-endian, ceil(bits/8) bytes (node:crypto ECDH);
 *   the peer key is 0x04 || X || Y and must be a point on the private key's curve;
 * - ECDH on Montgomery curves: X25519 / X448 (RFC 7748), 32 / 56 bytes (@noble/curves);
 * - FFDH on RFC 7919 groups: g^(xy) mod p, big-endian, padded to the prime's length; the peer value
 *   must lie in 2..p−2.
 * A peer key that does not fit → INVALID_ARGUMENT; an algorithm that does not fit the key type →
 * INVALID_ARGUMENT.
 */
import { createECDH } from 'node:crypto';
import { x25519 } from '@noble/curves/ed25519';
import { x448 } from '@noble/curves/ed448';
import { PSA_ALG_ECDH, PSA_ALG_FFDH } from '../../constants/algorithms';
import * as T from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { ffdhGroup } from '../key-types/dh';

const OPENSSL_CURVE: Record<number, string> = { 224: 'secp224r1', 256: 'prime256v1', 384: 'secp384r1', 521: 'secp521r1' };

export function sharedSecret(ka: number, slot: { type: number; bits: number; material: Buffer }, peer: Uint8Array): Buffer | number {
  const { type, bits, material } = slot;
  if (!T.PSA_KEY_TYPE_IS_KEY_PAIR(type)) return PSA_ERROR_INVALID_ARGUMENT;
  if (ka === PSA_ALG_ECDH && T.PSA_KEY_TYPE_IS_ECC(type)) {
    const family = T.PSA_KEY_TYPE_ECC_GET_FAMILY(type);
    try {
      if (family === T.PSA_ECC_FAMILY_MONTGOMERY) {
        if (peer.length !== material.length) return PSA_ERROR_INVALID_ARGUMENT;
        return Buffer.from((bits === 255 ? x25519 : x448).getSharedSecret(material, peer));
      }
      if (family !== T.PSA_ECC_FAMILY_SECP_R1) return family === T.PSA_ECC_FAMILY_TWISTED_EDWARDS ? PSA_ERROR_INVALID_ARGUMENT : PSA_ERROR_NOT_SUPPORTED;
      const ecdh = createECDH(OPENSSL_CURVE[bits]);
      ecdh.setPrivateKey(material);
      if (peer.length !== 1 + 2 * Math.ceil(bits / 8)) return PSA_ERROR_INVALID_ARGUMENT;
      const secret = ecdh.computeSecret(peer);
      return Buffer.concat([Buffer.alloc(Math.ceil(bits / 8) - secret.length), secret]);
    } catch {
      return PSA_ERROR_INVALID_ARGUMENT;
    }
  }
  if (ka === PSA_ALG_FFDH && (type & 0xff00) === 0x7200) {
    const group = ffdhGroup(bits);
    if (!group || peer.length !== bits / 8) return PSA_ERROR_INVALID_ARGUMENT;
    const p = BigInt(`0x${group.prime.toString('hex')}`);
    const y = BigInt(`0x${Buffer.from(peer).toString('hex')}`);
    if (y < 2n || y > p - 2n) return PSA_ERROR_INVALID_ARGUMENT;
    const secret = group.diffieHellman(material).computeSecret(peer);
    return Buffer.concat([Buffer.alloc(bits / 8 - secret.length), secret]);
  }
  return PSA_ERROR_INVALID_ARGUMENT;
}
