/**
 * The harness's view of the client's registration, as a LwM2M Server keeps it (TS-Core §6.2): the
 * location it handed out, the lifetime in force and when it was last refreshed. Lifetimes run at
 * spec seconds × timeScale, like every other wait of the run.
 */
import type { PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import { parseRegisterQuery } from './register-query';

/** TS-Core §6.2.1: a server assumes 86400 s when `lt` is absent. */
export const DEFAULT_LIFETIME_S = 86400;

export class HarnessRegistration {
  lastRefreshAt: number;
  lifetime: number;
  ended?: 'deregistered' | 'discarded';

  constructor(
    readonly endpoint: string | undefined,
    readonly location: readonly string[],
    readonly peer: PeerAddress,
    query: readonly string[],
    private readonly timeScale: number,
    readonly registeredAt = Date.now(),
  ) {
    this.lastRefreshAt = registeredAt;
    this.lifetime = lifetimeOf(query) ?? DEFAULT_LIFETIME_S;
  }

  get path(): string {
    return '/' + this.location.join('/');
  }

  /** An Update refreshes the registration and may change the lifetime (TS-Core §6.2.2). */
  refresh(query: readonly string[], at = Date.now()): void {
    this.lastRefreshAt = at;
    this.lifetime = lifetimeOf(query) ?? this.lifetime;
  }

  /** Wall-clock ms at which the registration expires without another Update. */
  get expiresAt(): number {
    return this.lastRefreshAt + this.lifetime * 1000 * this.timeScale;
  }

  isActive(at = Date.now()): boolean {
    return this.ended === undefined && at < this.expiresAt;
  }
}

function lifetimeOf(query: readonly string[]): number | undefined {
  const lt = parseRegisterQuery(query).lt;
  return lt !== undefined && /^\d+$/.test(lt) ? Number(lt) : undefined;
}
