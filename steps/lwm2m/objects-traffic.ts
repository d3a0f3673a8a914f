/**
 * The IP traffic between the Server and the Client as the Server accounts it, to judge the Client's
 * Connectivity Statistics (Object 7: Tx/Rx Data in kB and message sizes "including all protocol
 * header bytes up to and including the IP header"). Sizes are the CoAP messages re-serialized exactly
 * as the endpoint sends them (RFC 7252 §3 encoding is canonical), plus UDP (RFC 768) and IP headers.
 */
import { requestMessage, responseMessage } from '../../targets/reference/transport/coap-udp/exchange-messages';
import { serialize } from '../../targets/reference/transport/coap-udp/message';
import type { CoapRequestSpec, CoapResponse, PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import type { ReceivedRequest } from '../harness/lwm2m-test-server';

/** One message between the two, from the Client's point of view. */
export interface Carried {
  at: number;
  /** `rx`: the Client received it; `tx`: the Client sent it. */
  direction: 'rx' | 'tx';
  ipBytes: number;
}

/** UDP header + IPv4 or IPv6 fixed header. */
export function ipOverhead(peer: PeerAddress): number {
  return 8 + (peer.address.includes(':') ? 40 : 20);
}

/** A request the Server sent and the Client's piggy-backed answer. */
export function serverExchange(at: number, spec: CoapRequestSpec, response: CoapResponse, peer: PeerAddress): Carried[] {
  const request = serialize(requestMessage(spec, 0, response.message.token));
  return [
    { at, direction: 'rx', ipBytes: request.length + ipOverhead(peer) },
    { at, direction: 'tx', ipBytes: serialize(response.message).length + ipOverhead(peer) },
  ];
}

/** A request the Client sent (Register, Update, ...) and the Server's answer. */
export function clientExchange(req: ReceivedRequest): Carried[] {
  const out: Carried[] = [{ at: req.at, direction: 'tx', ipBytes: serialize(req.message).length + ipOverhead(req.peer) }];
  if (req.response) {
    const answer = responseMessage(req.response, 'ACK', req.message.messageId, req.message.token);
    out.push({ at: req.at, direction: 'rx', ipBytes: serialize(answer).length + ipOverhead(req.peer) });
  }
  return out;
}

export interface Totals {
  rx: number;
  tx: number;
  count: number;
  maxSize: number;
  minSize: number;
}

export function totals(messages: readonly Carried[]): Totals {
  const t: Totals = { rx: 0, tx: 0, count: messages.length, maxSize: 0, minSize: messages.length ? Infinity : 0 };
  for (const m of messages) {
    t[m.direction] += m.ipBytes;
    t.maxSize = Math.max(t.maxSize, m.ipBytes);
    t.minSize = Math.min(t.minSize, m.ipBytes);
  }
  return t;
}
