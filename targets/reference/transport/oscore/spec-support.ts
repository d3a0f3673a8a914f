/**
 * Shared set-up for the OSCORE endpoint specs: a client and a server OSCORE endpoint on loopback
 * UDP with matching Security Contexts (RFC 8613 C.1 parameters, fresh per test). Not production code.
 */
import { createUdpEndpoint, type UdpCoapEndpoint } from '../coap-udp/endpoint';
import type { TranscriptEntry } from '../coap-udp/types';
import { deriveSecurityContext, type SecurityContextParameters } from './context';
import { oscoreEndpoint, type OscoreCoapEndpoint, type OscoreEndpointOptions } from './endpoint';

export const hex = (s: string): Buffer => Buffer.from(s, 'hex');
const SECRET = hex('0102030405060708090a0b0c0d0e0f10');
const SALT = hex('9e7ca92223786340');

export const clientParams = (p: Partial<SecurityContextParameters> = {}): SecurityContextParameters => ({ masterSecret: SECRET, masterSalt: SALT, senderId: hex(''), recipientId: hex('01'), ...p });
export const serverParams = (p: Partial<SecurityContextParameters> = {}): SecurityContextParameters => ({ masterSecret: SECRET, masterSalt: SALT, senderId: hex('01'), recipientId: hex(''), ...p });

export interface Pair {
  client: OscoreCoapEndpoint;
  server: OscoreCoapEndpoint;
  clientUdp: UdpCoapEndpoint;
  serverUdp: UdpCoapEndpoint;
  /** Every datagram the client's and the server's sockets sent or received. */
  wire: TranscriptEntry[];
}

/** Registers an afterEach closing what `pair` made. */
export function usePairs(): (options?: { client?: Partial<SecurityContextParameters>; server?: Partial<SecurityContextParameters>; clientOptions?: OscoreEndpointOptions; serverOptions?: OscoreEndpointOptions }) => Promise<Pair> {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((e) => e.close()));
  });
  return async (options = {}) => {
    const [clientUdp, serverUdp] = await Promise.all([createUdpEndpoint({ timeScale: 0.05 }), createUdpEndpoint({ timeScale: 0.05 })]);
    const wire: TranscriptEntry[] = [];
    clientUdp.onTranscript((e) => wire.push(e));
    const client = oscoreEndpoint(clientUdp, deriveSecurityContext(clientParams(options.client)), options.clientOptions);
    const server = oscoreEndpoint(serverUdp, deriveSecurityContext(serverParams(options.server)), options.serverOptions);
    open.push(client, server);
    return { client, server, clientUdp, serverUdp, wire };
  };
}
