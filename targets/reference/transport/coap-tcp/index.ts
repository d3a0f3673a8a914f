/**
 * CoAP over TCP and TLS (RFC 8323): the public surface of the transport.
 */
export { createTcpServerEndpoint, type TcpServerEndpointOptions } from './server';
export { createTcpClientEndpoint, type TcpClientEndpointOptions } from './client';
export type { TcpCoapEndpoint, TcpEndpointCommonOptions } from './endpoint';
export type { TlsClientOptions, TlsServerCertOptions, TlsServerOptions, TlsServerPskOptions } from './tls-options';
export { decodeFrame, encodeFrame, frameSize, type FrameResult } from './frame';
export { FrameReader } from './frame-reader';
export { BASE_MAX_MESSAGE_SIZE, SIGNAL } from './signaling';
