/**
 * The observations one LwM2M Server holds on the client, by token (RFC 7641 §3.1, §4.1: the token
 * identifies the observation; a new Observe with the same token replaces it). Changes in the object
 * tree wake the observations whose targets they touch.
 */
import type { Lwm2mPath } from '../../codecs/types';
import { pathDepth } from '../../model/path';
import { touches, type CompositeTarget } from '../composite/composite-targets';
import type { Observation } from './observation';

interface Entry {
  targets: readonly CompositeTarget[];
  observation: Observation;
}

export class ObservationRegistry {
  private readonly byToken = new Map<string, Entry>();

  add(observation: Observation, targets: readonly CompositeTarget[]): void {
    this.cancel(observation.token);
    this.byToken.set(observation.token.toString('hex'), { targets, observation });
  }

  /** Ends the observation with this token; true when there was one. */
  cancel(token: Buffer): boolean {
    const key = token.toString('hex');
    const entry = this.byToken.get(key);
    if (!entry) return false;
    entry.observation.cancel();
    this.byToken.delete(key);
    return true;
  }

  changed(path: Lwm2mPath): void {
    for (const [key, { targets, observation }] of [...this.byToken]) {
      if (!observation.isActive) {
        this.byToken.delete(key);
        continue;
      }
      if (targets.some((t) => touches(t, path))) observation.changed(pathDepth(path) >= 3);
    }
  }

  attributesChanged(): void {
    for (const { observation } of this.byToken.values()) observation.attributesChanged();
  }

  /** TS-Core §6.4.1: a new Register (or De-register) voids every observation of that server. */
  clear(): void {
    for (const { observation } of this.byToken.values()) observation.cancel();
    this.byToken.clear();
  }
}
