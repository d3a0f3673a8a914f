/**
 * Observations the server under test established at the scripted client (RFC 7641, TS-Core §6.4):
 * the token to echo, what is observed, and the sequence number. `notify` sends one notification
 * from current values — CON or NON (RFC 7641 §4.5) — and reports how the server answered it: ACK
 * (it still observes), RST (it cancelled, RFC 7641 §3.6 passive cancel) or nothing. Over TCP there
 * is neither ACK nor RST (RFC 8323 §2, §3.2): a notification is `delivered` when the connection is
 * still open after it.
 */
import type { Lwm2mPath, ModelLookup } from '../../targets/reference/lwm2m/codecs/types';
import { encodeUint } from '../../targets/reference/transport/coap-udp/options';
import type { CoapEndpoint, CoapOption, PeerAddress } from '../../targets/reference/transport/coap-udp';
import { isTcp, type ServerTransport } from './client-transport';
import { compositeResponse, contentResponse } from './content-choice';
import type { ScriptedObjects } from './scripted-objects';

export interface ClientObservation {
  token: Buffer;
  peer: PeerAddress;
  kind: 'single' | 'composite';
  paths: Lwm2mPath[];
  contentFormat: number;
  /** The last Observe sequence number sent. */
  seq: number;
  /** How it ended, if it did. */
  ended?: 'observe=1' | 'rst';
}

export type NotificationOutcome = 'ACK' | 'RST' | 'delivered' | 'none';

/** How long a TCP notification is given to make the server close the connection (malformed → Abort, RFC 8323 §5.6). */
const TCP_SETTLE_MS = 100;

export class ClientObservations {
  readonly all: ClientObservation[] = [];

  constructor(
    private readonly coap: CoapEndpoint,
    private readonly objects: ScriptedObjects,
    private readonly model: ModelLookup,
    private readonly transport: ServerTransport = 'coap',
  ) {}

  start(token: Buffer, peer: PeerAddress, kind: ClientObservation['kind'], paths: Lwm2mPath[], contentFormat: number): ClientObservation {
    this.cancel(token); // RFC 7641 §4.1: a new Observe with a known token replaces that entry
    const observation: ClientObservation = { token, peer, kind, paths, contentFormat, seq: 1 };
    this.all.push(observation);
    return observation;
  }

  /** Observe=1 with this token: the server cancels actively (RFC 7641 §3.6). */
  cancel(token: Buffer, how: 'observe=1' | 'rst' = 'observe=1'): ClientObservation | undefined {
    const observation = this.active().find((o) => o.token.equals(token));
    if (observation) observation.ended = how;
    return observation;
  }

  active(): ClientObservation[] {
    return this.all.filter((o) => o.ended === undefined);
  }

  /** Sends one notification with current values; resolves with the server's answer (bounded by `waitMs`). */
  async notify(observation: ClientObservation, confirmable: boolean, waitMs: number): Promise<NotificationOutcome> {
    observation.seq = (observation.seq + 1) & 0xffffff;
    const content =
      observation.kind === 'composite'
        ? compositeResponse(observation.paths.flatMap((p) => this.objects.read(p)), observation.contentFormat, this.model)
        : contentResponse(observation.paths[0]!, this.objects.read(observation.paths[0]!), observation.contentFormat, this.model);
    const options: CoapOption[] = [{ name: 'Observe', value: encodeUint(observation.seq) }];
    if (content.contentFormat !== undefined) options.push({ name: 'Content-Format', value: encodeUint(content.contentFormat) });
    if (isTcp(this.transport)) return this.notifyOverTcp(observation, content.code, options, content.payload ?? Buffer.alloc(0), waitMs);
    let resolveAnswer!: (o: NotificationOutcome) => void;
    const answer = new Promise<NotificationOutcome>((r) => (resolveAnswer = r));
    let messageId = -1;
    // The transcript sees our datagram go out (synchronously, before the socket send) and the reply come in.
    const stop = this.coap.onTranscript((e) => {
      const m = e.message;
      if (!m) return;
      if (e.direction === 'out' && messageId < 0 && m.token.equals(observation.token) && m.type !== 'ACK') messageId = m.messageId;
      else if (e.direction === 'in' && m.messageId === messageId && (m.type === 'ACK' || m.type === 'RST')) resolveAnswer(m.type);
    });
    const timer = setTimeout(() => resolveAnswer('none'), waitMs);
    try {
      await this.coap.sendMessage(observation.peer, {
        type: confirmable ? 'CON' : 'NON',
        code: content.code,
        token: observation.token,
        options,
        payload: content.payload ?? Buffer.alloc(0),
      });
      const outcome = await answer;
      if (outcome === 'RST') observation.ended = 'rst';
      return outcome;
    } finally {
      clearTimeout(timer);
      stop();
    }
  }

  private async notifyOverTcp(observation: ClientObservation, code: string, options: CoapOption[], payload: Buffer, waitMs: number): Promise<NotificationOutcome> {
    await this.coap.sendMessage(observation.peer, { type: 'CON', code, token: observation.token, options, payload });
    await new Promise((r) => setTimeout(r, Math.min(TCP_SETTLE_MS, waitMs)));
    const peers = (this.coap as { peers?: () => PeerAddress[] }).peers?.() ?? [];
    return peers.some((p) => p.port === observation.peer.port) ? 'delivered' : 'none';
  }
}
