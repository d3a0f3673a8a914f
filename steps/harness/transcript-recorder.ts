/**
 * Writes every datagram the harness endpoint sends or receives into the scenario evidence, one line
 * each: timestamp, direction, peer, the decoded CoAP message and its LwM2M payload. Responses to the
 * harness's own requests are decoded against the path they answer (TLV needs it).
 */
import { describePayload } from '../../targets/reference/lwm2m/codecs/registry';
import type { Lwm2mPath } from '../../targets/reference/lwm2m/codecs/types';
import { parsePath } from '../../targets/reference/lwm2m/model/path';
import { formatCoapMessage } from '../../targets/reference/transport/coap-udp/format';
import { pathOf } from '../../targets/reference/transport/coap-udp/options';
import type { CoapEndpoint, CoapMessage, TranscriptEntry } from '../../targets/reference/transport/coap-udp/types';

/** What the recorder needs of the scenario evidence (steps/support/evidence.ts). */
export interface EvidenceSink {
  line(section: string, text: string): void;
  stamp(at?: number): string;
}

export const TRANSCRIPT_SECTION = 'transcript';

const isRequest = (m: CoapMessage) => m.code.startsWith('0.') && m.code !== '0.00';

function lwm2mPath(text: string): Lwm2mPath | undefined {
  try {
    return parsePath(text);
  } catch {
    return undefined;
  }
}

export function recordTranscript(endpoint: CoapEndpoint, evidence: EvidenceSink, role = 'Server'): () => void {
  /** token (hex) of a request the harness sent → the path it addressed. */
  const requestPaths = new Map<string, Lwm2mPath | undefined>();
  return endpoint.onTranscript((entry: TranscriptEntry) => {
    const peer = `${entry.peer.address}:${entry.peer.port}`;
    const head = `${evidence.stamp(entry.time)} ${entry.direction === 'out' ? `${role} → ${peer}` : `${peer} → ${role}`}`;
    const message = entry.message;
    let body: string;
    if (!message) {
      body = `<not CoAP: ${entry.error ?? 'unparseable'}> ${entry.raw.toString('hex')}`;
    } else {
      const path = isRequest(message) ? lwm2mPath(pathOf(message)) : requestPaths.get(message.token.toString('hex'));
      if (isRequest(message) && entry.direction === 'out') requestPaths.set(message.token.toString('hex'), path);
      body = formatCoapMessage(message, (cf, payload) => describePayload(cf, payload, path).replace(/\n/g, ' ; '));
    }
    const tail = [entry.note, entry.message && entry.error].filter(Boolean).join('; ');
    evidence.line(TRANSCRIPT_SECTION, tail ? `${head} ${body} (${tail})` : `${head} ${body}`);
  });
}
