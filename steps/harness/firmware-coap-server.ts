/**
 * The suite's CoAP file server for pull delivery (TS-Core App. E.6 Package URI: "a CoAP server
 * implementing block-wise transfer is sufficient"): serves images with Block2 (RFC 7959 §2.4, early
 * negotiation honoured, at most 1024-byte blocks), each answer paced so a download takes a moment
 * (the Server can see State 1 Downloading), and can "lose the connection" after some blocks by
 * answering RST (ETS int-775). Every datagram goes into the evidence.
 */
import { blockOption, blockSize, readBlockOption } from '../../targets/reference/lwm2m/client/block/block-option';
import { createUdpEndpoint, type UdpCoapEndpoint } from '../../targets/reference/transport/coap-udp/endpoint';
import { uintOptionOf } from '../../targets/reference/transport/coap-udp/options';
import type { CoapResponseSpec, IncomingRequest } from '../../targets/reference/transport/coap-udp/types';
import { recordTranscript, type EvidenceSink } from './transcript-recorder';

const OPAQUE = 42;
const MAX_SZX = 6;

interface Published {
  image: Buffer;
  /** Blocks served before the "connection" is lost; undefined = never. */
  cutAfter?: number;
}

export class FirmwareCoapServer {
  private readonly files = new Map<string, Published>();
  private readonly stopRecording: () => void;
  /** Block requests seen, by path. */
  readonly requests = new Map<string, number>();

  private constructor(
    private readonly coap: UdpCoapEndpoint,
    evidence: EvidenceSink,
    private readonly paceMs: number,
  ) {
    this.stopRecording = recordTranscript(coap, evidence, 'CoAP image server');
    coap.onRequest((req) => this.serve(req));
  }

  /** `paceMs`: the delay before each answer (keep it under ACK_TIMEOUT/2 so answers stay piggy-backed). */
  static async start(options: { evidence: EvidenceSink; timeScale: number; paceMs: number }): Promise<FirmwareCoapServer> {
    const coap = await createUdpEndpoint({ address: '127.0.0.1', port: 0, timeScale: options.timeScale });
    return new FirmwareCoapServer(coap, options.evidence, options.paceMs);
  }

  publish(path: string, image: Buffer, cutAfter?: number): string {
    this.files.set(path, { image, cutAfter });
    return `coap://127.0.0.1:${this.coap.local.port}${path}`;
  }

  /** A URI on this server that names nothing (ETS int-778: 4.04). */
  missing(path: string): string {
    return `coap://127.0.0.1:${this.coap.local.port}${path}`;
  }

  async close(): Promise<void> {
    this.stopRecording();
    await this.coap.close();
  }

  private async serve(req: IncomingRequest): Promise<CoapResponseSpec | undefined> {
    this.requests.set(req.path, (this.requests.get(req.path) ?? 0) + 1);
    // Every answer is paced, a 4.04 too, so the Client is seen Downloading before any outcome.
    await new Promise((resolve) => setTimeout(resolve, this.paceMs));
    if (req.method !== 'GET') return { code: '4.05' };
    const file = this.files.get(req.path);
    if (!file) return { code: '4.04' };
    let asked;
    try {
      asked = readBlockOption(req.message, 'Block2');
    } catch {
      return { code: '4.02' };
    }
    const szx = Math.min(asked?.szx ?? MAX_SZX, MAX_SZX);
    const num = asked?.num ?? 0;
    if (file.cutAfter !== undefined && num >= file.cutAfter) {
      // The "connection" is gone: reject the request as a peer that lost its state would (RFC 7252 §4.2).
      await this.coap.sendMessage(req.peer, { type: 'RST', code: '0.00', messageId: req.message.messageId, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) });
      return undefined;
    }
    const start = num * blockSize(szx);
    if (start >= file.image.length && num > 0) return { code: '4.02' };
    const end = Math.min(file.image.length, start + blockSize(szx));
    const options = [blockOption('Block2', { num, more: end < file.image.length, szx })];
    if (num === 0) options.push(uintOptionOf('Size2', file.image.length));
    return { code: '2.05', contentFormat: OPAQUE, payload: file.image.subarray(start, end), options };
  }
}
