/**
 * The on-disk form of one stored asset: a fixed header, the data, and a SHA-256 over both, so a file
 * that was damaged (or belongs to another asset) is detected instead of served. Secure Storage API 1.0
 * lets PS report PSA_ERROR_DATA_CORRUPT for that and ITS PSA_ERROR_STORAGE_FAILURE.
 *
 * Layout (big-endian): "PSAS" | version u8 | client i32 | uid u64 | flags u32 | capacity u32 |
 * size u32 | data[size] | sha256[32].
 */
import { createHash } from 'node:crypto';

export interface StoredAsset {
  client: number;
  uid: bigint;
  flags: number;
  capacity: number;
  data: Buffer;
}

const MAGIC = Buffer.from('PSAS', 'ascii');
const VERSION = 1;
const HEADER = 4 + 1 + 4 + 8 + 4 + 4 + 4;
const DIGEST = 32;

export function encodeAsset(asset: StoredAsset): Buffer {
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header, 0);
  header.writeUInt8(VERSION, 4);
  header.writeInt32BE(asset.client, 5);
  header.writeBigUInt64BE(asset.uid, 9);
  header.writeUInt32BE(asset.flags >>> 0, 17);
  header.writeUInt32BE(asset.capacity, 21);
  header.writeUInt32BE(asset.data.length, 25);
  const body = Buffer.concat([header, asset.data]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Decodes a file's bytes; throws with the reason when they are not an intact asset. */
export function decodeAsset(bytes: Buffer): StoredAsset {
  if (bytes.length < HEADER + DIGEST) throw new Error(`truncated asset file (${bytes.length} bytes)`);
  if (!bytes.subarray(0, 4).equals(MAGIC)) throw new Error('not an asset file (bad magic)');
  if (bytes.readUInt8(4) !== VERSION) throw new Error(`unknown asset format version ${bytes.readUInt8(4)}`);
  const size = bytes.readUInt32BE(25);
  if (bytes.length !== HEADER + size + DIGEST) throw new Error(`asset file length ${bytes.length} does not match its size field ${size}`);
  const body = bytes.subarray(0, HEADER + size);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(HEADER + size))) throw new Error('asset digest mismatch');
  return {
    client: bytes.readInt32BE(5),
    uid: bytes.readBigUInt64BE(9),
    flags: bytes.readUInt32BE(17),
    capacity: bytes.readUInt32BE(21),
    data: Buffer.from(bytes.subarray(HEADER, HEADER + size)),
  };
}
