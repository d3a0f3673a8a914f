/**
 * The client's IP traffic, as the Connectivity Statistics and Event Log objects see it: every
 * datagram (or CoAP-over-TCP message) its endpoints send or receive (their transcript streams).
 */
import type { TranscriptEntry } from '../../../transport/coap-udp/types';

/** What object behaviours need of the client's endpoint (a CoapEndpoint satisfies it). */
export interface TrafficSource {
  onTranscript(listener: (entry: TranscriptEntry) => void): () => void;
}

export interface Datagram {
  direction: 'in' | 'out';
  /** Size at the IP layer: "including all protocol header bytes up to and including the IP header" (7.xml, /7/x/6 note). */
  ipBytes: number;
  entry: TranscriptEntry;
}

/** RFC 768: the UDP header. */
const UDP_HEADER = 8;
/** RFC 9293 §3.1: the TCP header without options (CoAP over TCP/TLS, RFC 8323). */
const TCP_HEADER = 20;
/** RFC 791 without options; RFC 8200 fixed header. */
const IPV4_HEADER = 20;
const IPV6_HEADER = 40;

/**
 * The datagram a transcript entry stands for, or undefined for entries that are not one more
 * datagram on the wire: a send that failed (the endpoint records the failure as a second entry), or
 * the second record of a received message whose handler threw.
 */
export function datagramOf(entry: TranscriptEntry): Datagram | undefined {
  if (entry.direction === 'out' && entry.error !== undefined) return undefined;
  if (entry.direction === 'in' && entry.message !== undefined && entry.error !== undefined) return undefined;
  const ip = entry.peer.address.includes(':') ? IPV6_HEADER : IPV4_HEADER;
  const transport = entry.message?.transport === 'tcp' ? TCP_HEADER : UDP_HEADER;
  return { direction: entry.direction, ipBytes: entry.raw.length + transport + ip, entry };
}
