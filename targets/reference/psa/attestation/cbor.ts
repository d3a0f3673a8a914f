/**
 * CBOR for attestation tokens (RFC 8949) through cbor-x, tuned as toolchain.md §8 requires: no record
 * extension, no tag 259 on maps (which would corrupt COSE headers: `{1: -7}` must encode as a10126),
 * and maps decoded as `Map` so integer claim keys stay integers.
 */
import { Decoder, Encoder, Tag } from 'cbor-x';

// `useTag259ForMaps` is missing from cbor-x's Options type (toolchain.md §8).
const encoder = new Encoder({ useRecords: false, mapsAsObjects: false, useTag259ForMaps: false } as never);
const decoder = new Decoder({ useRecords: false, mapsAsObjects: false } as never);

export function cborEncode(value: unknown): Buffer {
  return encoder.encode(value);
}

export function cborDecode(bytes: Uint8Array): unknown {
  return decoder.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** A tagged item, e.g. `cborTag(18, [...])` for COSE_Sign1. */
export function cborTag(tag: number, value: unknown): Tag {
  return new Tag(value, tag);
}

export { Tag as CborTag };

/** COSE header label `alg` (RFC 9052 §3.1). */
export const COSE_HEADER_ALG = 1;
/** CBOR tags: COSE_Sign1 = 18, COSE_Mac0 = 17 (RFC 9052 §2). */
export const CBOR_TAG_COSE_SIGN1 = 18;
export const CBOR_TAG_COSE_MAC0 = 17;
