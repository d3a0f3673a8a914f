/**
 * CoAP over UDP (RFC 7252) message-layer types. The transport knows CoAP, never LwM2M.
 */

export type CoapType = 'CON' | 'NON' | 'ACK' | 'RST';
export type CoapMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'FETCH' | 'PATCH' | 'iPATCH';

/** RFC 7252 §5.10 option, by registered name (`Uri-Path`, `Content-Format`, `Observe`, ...). */
export interface CoapOption {
  name: string;
  value: Buffer;
}

/** A parsed CoAP message exactly as on the wire (RFC 7252 §3). */
export interface CoapMessage {
  type: CoapType;
  /** Dotted code: `0.01` GET, `2.05` Content, `0.00` empty. */
  code: string;
  messageId: number;
  token: Buffer;
  options: CoapOption[];
  payload: Buffer;
  /**
   * Set on messages of CoAP over TCP/TLS (RFC 8323 §3.2), which have no Type and no Message ID:
   * `type` is then 'CON' and `messageId` 0 by convention, and transcripts omit both.
   */
  transport?: 'tcp';
}

export interface PeerAddress {
  address: string;
  port: number;
}

/** A request the endpoint should send. */
export interface CoapRequestSpec {
  method: CoapMethod;
  /** `/rd` or `/3/0/1`; split into Uri-Path segments. */
  path: string;
  /** Raw Uri-Query values, e.g. `['ep=node1', 'lt=20']`. */
  query?: string[];
  contentFormat?: number;
  accept?: number;
  observe?: number;
  payload?: Buffer;
  /** Default true: CON with RFC 7252 §4.2 retransmission. */
  confirmable?: boolean;
  /** Default: a fresh random 4-byte token. */
  token?: Buffer;
  /** Extra options, appended after the ones derived from the fields above. */
  options?: CoapOption[];
}

/** A response to one of our requests (piggy-backed or separate). */
export interface CoapResponse {
  code: string;
  contentFormat?: number;
  locationPath: string[];
  observe?: number;
  payload: Buffer;
  message: CoapMessage;
}

/** A request received from a peer. */
export interface IncomingRequest {
  method: CoapMethod;
  /** Decoded Uri-Path segments. */
  pathSegments: string[];
  /** `/` + segments joined with `/`. */
  path: string;
  /** Raw Uri-Query values in order. */
  query: string[];
  contentFormat?: number;
  accept?: number;
  observe?: number;
  payload: Buffer;
  message: CoapMessage;
  peer: PeerAddress;
  /** Who the peer authenticated as, when the channel is secured (DTLS); absent on plain UDP. */
  peerIdentity?: PeerIdentity;
}

/**
 * The identity a secured channel authenticated: the PSK identity (RFC 4279), the X.509
 * certificate subject (RFC 5280 §4.1.2.6), or the OSCORE sender (RFC 8613 §3.1). An LwM2M server binds the endpoint name to it (TS-Transport §5.2.6).
 */
export type PeerIdentity =
  | { mode: 'psk'; identity: string }
  | { mode: 'certificate'; subject: string; commonName?: string }
  /** RFC 8613: the peer's Sender ID (kid) and ID Context, hex; an OSCORE-protected request authenticates them. */
  | { mode: 'oscore'; kid: string; idContext?: string };

/** How to answer a request. `undefined` from a handler means: send nothing at all (a silent peer). */
export interface CoapResponseSpec {
  code: string;
  contentFormat?: number;
  payload?: Buffer;
  locationPath?: string[];
  observe?: number;
  options?: CoapOption[];
}

export type RequestHandler = (req: IncomingRequest) => Promise<CoapResponseSpec | undefined> | CoapResponseSpec | undefined;

/** One datagram seen by the endpoint, for the evidence transcript. */
export interface TranscriptEntry {
  /** Wall-clock time, ms since the epoch. */
  time: number;
  direction: 'in' | 'out';
  peer: PeerAddress;
  /** The parsed message, or undefined if the datagram was not valid CoAP. */
  message?: CoapMessage;
  /** Why the datagram could not be parsed (in), or could not be sent (out). */
  error?: string;
  raw: Buffer;
  /** What the endpoint made of it, e.g. `retransmission 1/4`, `reply to duplicate`, `no matching exchange`. */
  note?: string;
}

/** RFC 7252 §4.8 transmission parameters, in milliseconds; scaled down for `--timing fast`. */
export interface TransmissionParameters {
  ackTimeoutMs: number;
  ackRandomFactor: number;
  maxRetransmit: number;
}

export interface CoapEndpoint {
  /** The locally bound address (port chosen by the OS when 0 was asked). */
  readonly local: PeerAddress;
  /** Sends a request and resolves with its response; rejects with CoapTimeoutError after the RFC 7252 exchange gives up. */
  request(peer: PeerAddress, spec: CoapRequestSpec, options?: { timeoutMs?: number }): Promise<CoapResponse>;
  /** Installs the handler for incoming requests (one handler; replaces the previous). */
  onRequest(handler: RequestHandler): void;
  /** Listens to every datagram in and out (transcript). Returns an unsubscribe function. */
  onTranscript(listener: (entry: TranscriptEntry) => void): () => void;
  /** Sends a prepared message as is (for scripted peers that need exact control). */
  sendMessage(peer: PeerAddress, message: Omit<CoapMessage, 'messageId'> & { messageId?: number }): Promise<CoapMessage>;
  close(): Promise<void>;
  /**
   * Listens to responses that match no pending request (e.g. RFC 7641 Observe notifications, which
   * reuse the token of a finished request). A listener returning true accepts the response (a CON
   * one gets an ACK); if none accepts, a CON response is rejected with RST (RFC 7252 §4.2).
   */
  onUnmatchedResponse?(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void;
  /** Sends arbitrary bytes (malformed-message tests); recorded in the transcript. */
  sendRaw?(peer: PeerAddress, datagram: Buffer): Promise<void>;
}
