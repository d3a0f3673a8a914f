/**
 * Request freshness after boot with the Echo option (RFC 9175 §2.3, §2.4; RFC 8613 Appendix B.1.2),
 * which LwM2M 1.2 asks of OSCORE endpoints for the first message (TS-Transport §5.5, §6.4.2–6.4.3, as
 * summarized in /work/shared/reference/lwm2m-ets.md; the OMA text itself was not retrievable here).
 *
 * A server that has no Replay Window for a context (it just booted) cannot tell a fresh request from
 * a replayed one. It answers the first verified request with a protected 4.01 carrying a random Echo
 * value and does not act on it; the client repeats the request (a new Partial IV) with that Echo
 * inside; the server then starts its Replay Window at that Partial IV (B.1.2).
 */
import { randomBytes } from 'node:crypto';
import type { CoapMessage } from '../coap-udp/types';
import type { SecurityContext } from './context';
import { ECHO, numberOf } from './option-classes';

export type Admission = { kind: 'accept' } | { kind: 'challenge'; echo: Buffer };

export class EchoFreshness {
  /** The Echo value each context last challenged with. */
  private readonly challenges = new WeakMap<SecurityContext, Buffer>();

  constructor(readonly enabled: boolean) {}

  /** Marks a context as just booted: its first request must prove freshness. */
  boot(context: SecurityContext): void {
    if (this.enabled) context.recipient.fresh = false;
  }

  /**
   * Decides about a request that verified (§8.2 step 6) but is not yet in the Replay Window, and
   * moves the window when it is accepted.
   */
  admit(context: SecurityContext, request: CoapMessage, sequenceNumber: number): Admission {
    if (context.recipient.fresh) {
      context.recipient.replay.accept(sequenceNumber);
      return { kind: 'accept' };
    }
    const echo = request.options.find((o) => numberOf(o) === ECHO)?.value;
    const expected = this.challenges.get(context);
    if (echo !== undefined && expected !== undefined && echo.equals(expected)) {
      context.recipient.replay.resetTo(sequenceNumber);
      context.recipient.fresh = true;
      this.challenges.delete(context);
      return { kind: 'accept' };
    }
    // RFC 9175 §2.3: a fresh, unpredictable value; 8 bytes as the RFC's examples.
    const challenge = randomBytes(8);
    this.challenges.set(context, challenge);
    return { kind: 'challenge', echo: challenge };
  }
}

/** The Echo option to repeat a request with (RFC 9175 §2.4), or undefined. */
export function echoChallengeOf(response: Pick<CoapMessage, 'code' | 'options'>): Buffer | undefined {
  if (response.code !== '4.01') return undefined;
  return response.options.find((o) => numberOf(o) === ECHO)?.value;
}
