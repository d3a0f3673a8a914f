/**
 * The Send operation as the server receives it (TS-Core §6.4.4 "Send", TS-Transport §6.4.5 Table
 * 6.4.5-1): `POST /dp` from a registered client, a composite payload (SenML JSON 110, SenML CBOR
 * 112, or LwM2M CBOR 11544 in 1.2) with absolutely named values. The server answers 2.04 Changed
 * and keeps the data; 4.04 when no registration belongs to the sender (a Send carries no endpoint
 * name, so the source address is all there is), 4.15 for a format that cannot carry composite
 * content, 4.00 for a payload that does not decode.
 */
import { codecFor } from '../../codecs/registry';
import { isCompositeCodec } from '../../codecs/composite';
import { CodecError, type Lwm2mRecord, type ModelLookup } from '../../codecs/types';
import type { CoapResponseSpec, IncomingRequest } from '../../../transport/coap-udp/types';
import type { Registration } from '../registration-store';

/** Sends kept per client; the oldest go first. */
export const MAX_SENDS_KEPT = 1000;

export interface ReceivedSend {
  at: number;
  endpoint: string;
  contentFormat: number;
  payload: Buffer;
  records: Lwm2mRecord[];
}

const diagnostic = (code: string, text: string): CoapResponseSpec => ({ code, payload: Buffer.from(text, 'utf8') });

export class SendInbox {
  private readonly byEndpoint = new Map<string, ReceivedSend[]>();

  constructor(
    private readonly model: ModelLookup,
    private readonly onSend: (send: ReceivedSend) => void,
  ) {}

  /** Handles `POST /dp` from `registration` (undefined: nobody registered from that address). */
  handle(req: IncomingRequest, registration: Registration | undefined): CoapResponseSpec {
    if (req.method !== 'POST') return { code: '4.05' };
    if (!registration) return diagnostic('4.04', 'Send from an address with no registration; register first (TS-Core §6.4.4)');
    const cf = req.contentFormat;
    const codec = cf === undefined ? undefined : codecFor(cf);
    if (cf === undefined || !isCompositeCodec(codec)) {
      return diagnostic('4.15', `Send needs SenML JSON (110), SenML CBOR (112) or LwM2M CBOR (11544), got ${cf === undefined ? 'no Content-Format' : `Content-Format ${cf}`}`);
    }
    let records: Lwm2mRecord[];
    try {
      records = codec.decodeComposite(req.payload, this.model);
    } catch (e) {
      if (e instanceof CodecError) return diagnostic('4.00', `Send payload does not decode: ${e.message}`);
      throw e;
    }
    const send: ReceivedSend = { at: Date.now(), endpoint: registration.endpoint, contentFormat: cf, payload: req.payload, records };
    const list = this.byEndpoint.get(send.endpoint) ?? [];
    list.push(send);
    if (list.length > MAX_SENDS_KEPT) list.shift();
    this.byEndpoint.set(send.endpoint, list);
    this.onSend(send);
    return { code: '2.04' };
  }

  received(endpoint: string): ReceivedSend[] {
    return this.byEndpoint.get(endpoint) ?? [];
  }

  clear(): void {
    this.byEndpoint.clear();
  }
}
