/**
 * The client's traffic across all its endpoints — the shared UDP one and each secured or TCP
 * account's own — as one transcript stream for Connectivity Statistics (/7) and the Event Log (/20):
 * they count what the device sends and receives, whichever transport carried it.
 */
import { Transcript } from '../../../transport/coap-udp/transcript';
import type { CoapEndpoint, TranscriptEntry } from '../../../transport/coap-udp/types';
import type { TrafficSource } from '../objects';

export class TrafficHub implements TrafficSource {
  private readonly transcript = new Transcript();

  /** Feeds an endpoint's transcript in; returns the function that stops it. */
  add(endpoint: Pick<CoapEndpoint, 'onTranscript'>): () => void {
    return endpoint.onTranscript((entry) => this.transcript.emit(entry));
  }

  onTranscript(listener: (entry: TranscriptEntry) => void): () => void {
    return this.transcript.subscribe(listener);
  }
}
