/**
 * The server side of a Block1 transfer (RFC 7959 §2.3, §2.5): the request payload arrives in blocks,
 * each acknowledged with 2.31 Continue echoing its Block1 option, until the block with M=0, whose
 * response (from the real handler) echoes Block1 again. Transfers are told apart by peer and path. A
 * block that does not follow the previous one is answered 4.08 Request Entity Incomplete; block 0
 * always starts afresh.
 */
import type { CoapResponseSpec, IncomingRequest } from '../../../transport/coap-udp/types';
import { blockOption, blockSize, readBlockOption, type BlockOption } from './block-option';

export type Block1Step =
  /** Not a Block1 request: handle as usual. */
  | { kind: 'plain' }
  /** More blocks to come: answer with `response`. */
  | { kind: 'continue'; response: CoapResponseSpec }
  /** The last block arrived: handle `payload`, then add `finalOption` to the response. */
  | { kind: 'complete'; payload: Buffer; finalOption: CoapResponseSpec['options'] }
  | { kind: 'error'; response: CoapResponseSpec };

interface Transfer {
  next: number;
  chunks: Buffer[];
}

export class Block1Receiver {
  private readonly transfers = new Map<string, Transfer>();

  receive(req: IncomingRequest): Block1Step {
    let block: BlockOption | undefined;
    try {
      block = readBlockOption(req.message, 'Block1');
    } catch {
      return { kind: 'error', response: { code: '4.02' } };
    }
    if (!block) return { kind: 'plain' };
    const key = `${req.peer.address}:${req.peer.port}${req.path}`;
    if (block.num === 0) this.transfers.set(key, { next: 0, chunks: [] });
    const transfer = this.transfers.get(key);
    if (!transfer || transfer.next !== block.num || (block.more && req.payload.length !== blockSize(block.szx))) {
      this.transfers.delete(key);
      return { kind: 'error', response: { code: '4.08' } };
    }
    transfer.chunks.push(req.payload);
    transfer.next += 1;
    if (block.more) return { kind: 'continue', response: { code: '2.31', options: [blockOption('Block1', block)] } };
    this.transfers.delete(key);
    return { kind: 'complete', payload: Buffer.concat(transfer.chunks), finalOption: [blockOption('Block1', block)] };
  }

  clear(): void {
    this.transfers.clear();
  }
}
