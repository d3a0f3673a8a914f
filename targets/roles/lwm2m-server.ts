/**
 * Role: an LwM2M Server under test. The suite plays the LwM2M Client at message level (a scripted
 * client that registers, updates, sends, and answers the server's requests from a scripted object
 * tree). A server under test is reached two ways:
 *
 * - its CoAP address on the run's transport (coap, coaps, coap+tcp, coaps+tcp), where the scripted
 *   client sends Register, Update, De-register and Send; over coaps / coaps+tcp the suite first
 *   provisions the client's PSK through the control API (`PUT /v1/security/{ep}`);
 * - an HTTP control API (docs/server-control-api.md, versioned `/v1`), through which the suite makes
 *   the server issue Device Management and Information Reporting operations and reads back what it
 *   received. A vendor server is put under test by serving the same contract (or an adapter to its
 *   own API in front of it).
 */

/** The transports an LwM2M server can listen on (RFC 7252 §6, RFC 8323 §8 URI schemes). */
/** `mqtt`: the broker URI the server is subscribed at (TS-Transport 1.2 §8); `http`: its HTTP binding base URI (§7). */
export type Lwm2mServerTransport = 'coap' | 'coaps' | 'coap+tcp' | 'coaps+tcp' | 'mqtt' | 'http';

export interface Lwm2mServerEndpoints {
  /** Where LwM2M clients register, e.g. `coap://127.0.0.1:5683`. */
  coapUri: string;
  /**
   * Where clients register over each transport the server listens on, e.g.
   * `{coap: 'coap://127.0.0.1:5683', coaps: 'coaps://127.0.0.1:5684'}`. A server that lists no
   * `uris` is reached over `coapUri` only.
   */
  uris?: Partial<Record<Lwm2mServerTransport, string>>;
  /** Base URL of the control API, without the `/v1`, e.g. `http://127.0.0.1:8080`. */
  controlUrl: string;
}

export interface Lwm2mServerTarget {
  /** Start (or connect to) the server; it is ready for Register requests when this resolves. */
  start(): Promise<Lwm2mServerEndpoints>;
  /** Stop it and release everything it holds. Safe to call twice. */
  stop(): Promise<void>;
  /** Anything the target wants in the evidence (e.g. a launched process's stderr). */
  diagnostics?(): string;
}
