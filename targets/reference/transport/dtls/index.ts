/**
 * CoAP over DTLS 1.2 (RFC 7252 §9.1, RFC 6347) on Node's own OpenSSL: the public surface.
 * Raw public keys (RFC 7250) are not offered: OpenSSL supports them from 3.2, node 20 carries 3.0.
 */
export {
  createDtlsClientEndpoint,
  createDtlsServerEndpoint,
  DEFAULT_MTU,
  type DtlsClientEndpoint,
  type DtlsClientEndpointOptions,
  type DtlsServerEndpoint,
  type DtlsServerEndpointOptions,
} from './endpoint';
export { DtlsClosedError, DtlsError, DtlsHandshakeError, DtlsHandshakeTimeoutError } from './errors';
export type { DtlsEvent, DtlsStats } from './events';
export { ECDHE_ECDSA_CCM8, PSK_CCM8 } from './credentials';
export { loadAddon, type NativeSessionInfo } from './native';
