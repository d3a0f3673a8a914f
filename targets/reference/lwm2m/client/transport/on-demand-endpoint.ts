/**
 * An account's endpoint that is made when the first request goes out: for coaps and coaps+tcp
 * making it IS the DTLS/TLS handshake (and for coap+tcp the connection and CSM, RFC 8323 §5.3),
 * which can fail — wrong PSK, untrusted certificate, wrong host name, silent server. A failure
 * rejects that request (the Register, Bootstrap-Request...) with the transport's error, so the
 * registration engine logs it and applies its retry policy (TS-Core 1.1 §6.2.1.1); the next request
 * tries again. Once made, the inner endpoint re-associates by itself (dtls client-channel.ts,
 * coap-tcp client.ts); `renewed` reports such re-associations. Handler, transcript and
 * unmatched-response listeners are kept here and moved onto whichever inner endpoint exists, so the
 * runtime's counters see every message of the account.
 */
import type { Timing } from '../../../transport/coap-udp/parameters';
import { Transcript } from '../../../transport/coap-udp/transcript';
import type { CoapEndpoint, CoapMessage, CoapResponse, PeerAddress, RequestHandler, TranscriptEntry } from '../../../transport/coap-udp/types';
import type { RenewableEndpoint } from './link-endpoint';

/** The transport's endpoint and how it reports a new association (after the first). */
export interface OpenedEndpoint {
  endpoint: CoapEndpoint;
  /** Subscribes to re-associations; returns the unsubscribe function. */
  onRenewed?(listener: () => void): () => void;
}

type UnmatchedListener = (response: CoapResponse, peer: PeerAddress) => boolean | void;

export class OnDemandEndpoint implements RenewableEndpoint {
  private inner?: OpenedEndpoint;
  private opening?: Promise<CoapEndpoint>;
  private closed = false;
  private handler?: RequestHandler;
  private readonly transcript = new Transcript();
  private readonly unmatched = new Set<UnmatchedListener>();
  private readonly renewed = new Set<() => void>();
  private readonly detach: (() => void)[] = [];

  constructor(
    private readonly open: () => Promise<OpenedEndpoint>,
    readonly timing: Timing,
  ) {}

  /** Before the first association: the inner endpoint's local address once made. */
  get local(): PeerAddress {
    return this.inner?.endpoint.local ?? { address: '', port: 0 };
  }

  async request(peer: PeerAddress, spec: Parameters<CoapEndpoint['request']>[1], options?: { timeoutMs?: number }): Promise<CoapResponse> {
    return (await this.ready()).request(peer, spec, options);
  }

  async sendMessage(peer: PeerAddress, message: Omit<CoapMessage, 'messageId'> & { messageId?: number }): Promise<CoapMessage> {
    return (await this.ready()).sendMessage(peer, message);
  }

  onRequest(handler: RequestHandler): void {
    this.handler = handler;
    this.inner?.endpoint.onRequest(handler);
  }

  onTranscript(listener: (entry: TranscriptEntry) => void): () => void {
    return this.transcript.subscribe(listener);
  }

  onUnmatchedResponse(listener: UnmatchedListener): () => void {
    this.unmatched.add(listener);
    return () => void this.unmatched.delete(listener);
  }

  onRenewed(listener: () => void): () => void {
    this.renewed.add(listener);
    return () => void this.renewed.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const off of this.detach.splice(0)) off();
    // An opening under way is not waited for (a silent server holds it for the whole handshake
    // bound): adopt() closes what it makes once it settles.
    const inner = this.inner;
    this.inner = undefined;
    await inner?.endpoint.close();
    this.transcript.clear();
    this.unmatched.clear();
    this.renewed.clear();
  }

  /** The inner endpoint, made now if there is none; one attempt at a time. */
  private ready(): Promise<CoapEndpoint> {
    if (this.closed) return Promise.reject(new Error('the account endpoint is closed'));
    if (this.inner) return Promise.resolve(this.inner.endpoint);
    this.opening ??= this.open().then(
      (opened) => this.adopt(opened),
      (error: unknown) => {
        this.opening = undefined;
        throw error;
      },
    );
    return this.opening;
  }

  private async adopt(opened: OpenedEndpoint): Promise<CoapEndpoint> {
    this.opening = undefined;
    const endpoint = opened.endpoint;
    if (this.closed) {
      await endpoint.close();
      throw new Error('the account endpoint was closed while it was being made');
    }
    this.inner = opened;
    if (this.handler) endpoint.onRequest(this.handler);
    this.detach.push(endpoint.onTranscript((entry) => this.transcript.emit(entry)));
    const offUnmatched = endpoint.onUnmatchedResponse?.((response, peer) => {
      let accepted = false;
      for (const listener of [...this.unmatched]) if (listener(response, peer) === true) accepted = true;
      return accepted;
    });
    if (offUnmatched) this.detach.push(offUnmatched);
    const offRenewed = opened.onRenewed?.(() => {
      for (const listener of [...this.renewed]) listener();
    });
    if (offRenewed) this.detach.push(offRenewed);
    return endpoint;
  }
}
