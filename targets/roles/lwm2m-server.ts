/**
 * Role: an LwM2M Server under test. The suite plays the LwM2M Client at message level (a scripted
 * client that registers, updates, sends, and answers the server's requests from a scripted object
 * tree). A server under test is reached two ways:
 *
 * - its CoAP address, where the scripted client sends Register, Update, De-register and Send;
 * - an HTTP control API (docs/server-control-api.md, versioned `/v1`), through which the suite makes
 *   the server issue Device Management and Information Reporting operations and reads back what it
 *   received. A vendor server is put under test by serving the same contract (or an adapter to its
 *   own API in front of it).
 */

export interface Lwm2mServerEndpoints {
  /** Where LwM2M clients register, e.g. `coap://127.0.0.1:5683`. */
  coapUri: string;
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
