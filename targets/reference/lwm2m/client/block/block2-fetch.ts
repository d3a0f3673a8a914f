/**
 * A block-wise GET (RFC 7959 §2.4): asks for block 0 with the preferred size (early negotiation) and
 * follows the Block2 options of the answers until M=0, handing each block to `onBlock` as it comes.
 * The server may pick a smaller block size; the next NUM is then computed from the byte offset
 * (§2.4). A response without Block2 is the whole representation.
 */
import type { CoapEndpoint, PeerAddress } from '../../../transport/coap-udp/types';
import { blockOption, blockSize, readBlockOption } from './block-option';

export interface Block2Request {
  path: string;
  query?: string[];
  /** Preferred SZX; default 6 (1024-byte blocks). */
  szx?: number;
}

/** Resolves with the final response code (2.05 when everything arrived); rejects on timeout/reset. */
export async function fetchBlockwise(
  coap: CoapEndpoint,
  peer: PeerAddress,
  target: Block2Request,
  onBlock: (chunk: Buffer) => boolean,
): Promise<string> {
  let szx = target.szx ?? 6;
  let offset = 0;
  for (;;) {
    const num = offset / blockSize(szx);
    const response = await coap.request(peer, {
      method: 'GET',
      path: target.path,
      query: target.query,
      options: [blockOption('Block2', { num, more: false, szx })],
    });
    if (response.code !== '2.05') return response.code;
    const block = readBlockOption(response.message, 'Block2');
    if (!onBlock(response.payload)) return '2.05';
    if (!block || !block.more) return '2.05';
    szx = Math.min(szx, block.szx);
    offset += response.payload.length;
    if (offset % blockSize(szx) !== 0) throw new Error(`Block2 ${block.num}: ${response.payload.length} bytes is not a whole block of ${blockSize(szx)}`);
  }
}
