/**
 * psa_key_derivation_output_key material, PSA Crypto API 1.2 §10.6.4: how many bytes each key type
 * draws from the stream and how they become a key.
 * - unstructured types (AES, DES, HMAC, DERIVE, RAW_DATA, PASSWORD, PASSWORD_HASH, PEPPER,
 *   CHACHA20…): `bits / 8` bytes, validated by the key-type handler (so AES-100 → INVALID_ARGUMENT);
 * - ECC key pairs on SECP_R1: ceil(bits/8) bytes, excess high bits masked, redrawn while the value is
 *   0 or ≥ n (the spec's rejection sampling); Montgomery / Edwards pairs: the RFC 7748 / 8032 byte
 *   string;
 * - public-key types → INVALID_ARGUMENT; RSA and DH key pairs → NOT_SUPPORTED (the spec allows it).
 */
import * as T from '../../constants/key-types';
import { PSA_ERROR_INSUFFICIENT_DATA, PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { keyTypeHandler } from '../key-types';

/** A draw function gives the next n bytes of the derivation stream, or undefined past the capacity. */
export type Draw = (n: number) => Buffer | undefined;

export type Derived = { material: Buffer; bits: number } | { status: number };

export function deriveKeyMaterial(type: number, bits: number, draw: Draw): Derived {
  if (bits === 0) return { status: PSA_ERROR_INVALID_ARGUMENT };
  if (T.PSA_KEY_TYPE_IS_PUBLIC_KEY(type)) return { status: PSA_ERROR_INVALID_ARGUMENT };
  const handler = keyTypeHandler(type);
  if (!handler || T.PSA_KEY_TYPE_IS_RSA(type) || (type & 0xff00) === 0x7200) return { status: PSA_ERROR_NOT_SUPPORTED };
  if (T.PSA_KEY_TYPE_IS_ECC_KEY_PAIR(type)) {
    const family = T.PSA_KEY_TYPE_ECC_GET_FAMILY(type);
    const bytes = family === T.PSA_ECC_FAMILY_TWISTED_EDWARDS && bits === 448 ? 57 : Math.ceil(bits / 8);
    for (let attempt = 0; attempt < 256; attempt++) {
      const drawn = draw(bytes);
      if (!drawn) return { status: PSA_ERROR_INSUFFICIENT_DATA };
      if (family === T.PSA_ECC_FAMILY_SECP_R1 && bits % 8) drawn[0] &= 0xff >> (8 - (bits % 8));
      const made = handler.import(type, drawn, bits);
      if (made.ok) return { material: made.material, bits: made.bits };
      if (family !== T.PSA_ECC_FAMILY_SECP_R1) return { status: made.status };
    }
    return { status: PSA_ERROR_NOT_SUPPORTED };
  }
  if (bits % 8) return { status: PSA_ERROR_INVALID_ARGUMENT };
  const drawn = draw(bits / 8);
  if (!drawn) return { status: PSA_ERROR_INSUFFICIENT_DATA };
  const made = handler.import(type, drawn, bits);
  return made.ok ? { material: made.material, bits: made.bits } : { status: made.status };
}
