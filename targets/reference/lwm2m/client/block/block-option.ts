/**
 * RFC 7959 §2.2 Block1/Block2 option values: `NUM << 4 | M << 3 | SZX`, a uint of 0–3 bytes; the
 * block size is 2^(SZX+4) bytes, 16..1024 (SZX 7 is reserved).
 */
import { decodeUint, encodeUint } from '../../../transport/coap-udp/options';
import type { CoapMessage, CoapOption } from '../../../transport/coap-udp/types';

export interface BlockOption {
  num: number;
  more: boolean;
  szx: number;
}

export type BlockOptionName = 'Block1' | 'Block2';

export const blockSize = (szx: number): number => 2 ** (szx + 4);

/** The SZX for a block size (16, 32, … 1024). */
export function szxFor(size: number): number {
  const szx = Math.log2(size) - 4;
  if (!Number.isInteger(szx) || szx < 0 || szx > 6) throw new RangeError(`block size ${size} is not one of 16..1024`);
  return szx;
}

export function blockOption(name: BlockOptionName, block: BlockOption): CoapOption {
  return { name, value: encodeUint(block.num * 16 + (block.more ? 8 : 0) + block.szx) };
}

/** The Block option of a message, or undefined; throws RangeError on a reserved SZX (RFC 7959 §2.2). */
export function readBlockOption(message: Pick<CoapMessage, 'options'>, name: BlockOptionName): BlockOption | undefined {
  const raw = message.options.find((o) => o.name === name)?.value;
  if (raw === undefined) return undefined;
  const v = decodeUint(raw);
  const block = { num: Math.floor(v / 16), more: (v & 8) !== 0, szx: v & 7 };
  if (block.szx === 7) throw new RangeError(`${name} SZX 7 is reserved`);
  return block;
}
