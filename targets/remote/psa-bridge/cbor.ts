/**
 * CBOR for the bridge (RFC 8949 via cbor-x): maps with text keys decode to plain objects, byte strings
 * to Buffers (so Uint8Array arguments and results arrive as Uint8Array). `toWire` normalises what a
 * role method may hand over: Uint8Array → byte string (never cbor-x's typed-array tag 64), undefined →
 * null in arrays and omitted in maps (CBOR `undefined` is not in the protocol).
 */
import { Decoder, Encoder } from 'cbor-x';

const encoder = new Encoder({ useRecords: false, mapsAsObjects: true, tagUint8Array: false, useTag259ForMaps: false } as ConstructorParameters<typeof Encoder>[0]);
const decoder = new Decoder({ useRecords: false, mapsAsObjects: true } as ConstructorParameters<typeof Decoder>[0]);

export function encodeMessage(message: unknown): Buffer {
  return encoder.encode(toWire(message));
}

/** Decodes one CBOR data item; throws on malformed input or trailing bytes. */
export function decodeMessage(payload: Uint8Array): unknown {
  return decoder.decode(payload);
}

export function toWire(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Uint8Array) return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v);
    return out;
  }
  return value;
}
