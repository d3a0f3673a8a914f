/**
 * The `tlvWrongLengthBits` fault of the broken target (client/faults.ts): a TLV encoder that gets the
 * type byte wrong for values longer than 7 bytes. TS-Core §7.4.3 Table 7.4.3-1: bits 4-3 give the size
 * of the length field (00 = the length is in bits 2-0); this encoder writes 00 with the length's low
 * three bits there and still appends an 8-bit length byte, so a conformant decoder reads a short value
 * and then garbage. Containers keep correct framing around the broken leaves.
 */
import { readTlvs, writeTlv, type TlvEntry } from '../codecs/tlv-frame';
import { tlvCodec } from '../codecs/tlv';
import type { ContentCodec } from '../codecs/types';

const KIND_BITS: Record<TlvEntry['kind'], number> = { 'Object Instance': 0, 'Resource Instance': 1, 'Multiple Resource': 2, 'Resource with Value': 3 };

function brokenLeaf(e: TlvEntry): Buffer {
  const wide = e.id > 0xff;
  const head = Buffer.alloc(wide ? 3 : 2);
  head[0] = (KIND_BITS[e.kind] << 6) | (wide ? 0x20 : 0) | (e.value.length & 0x07);
  if (wide) head.writeUInt16BE(e.id, 1);
  else head[1] = e.id;
  return Buffer.concat([head, Buffer.from([e.value.length & 0xff]), e.value]);
}

function rewrite(buf: Buffer): Buffer {
  return Buffer.concat(
    readTlvs(buf).map((e) => {
      if (e.kind === 'Object Instance' || e.kind === 'Multiple Resource') return writeTlv(e.kind, e.id, rewrite(e.value));
      return e.value.length > 7 ? brokenLeaf(e) : writeTlv(e.kind, e.id, e.value);
    }),
  );
}

export const tlvWithWrongLengthBits: ContentCodec = {
  ...tlvCodec,
  encode: (records, requestPath, model) => rewrite(tlvCodec.encode(records, requestPath, model)),
};
