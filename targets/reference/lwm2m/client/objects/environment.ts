/**
 * What object behaviours get from the client besides the object tree: its traffic (for counters and
 * logs), the run's time scale (for periods given in spec seconds) and the broken target's faults.
 */
import type { ObjectFaults } from './faults';
import type { TrafficSource } from './traffic';

export interface ObjectEnvironment {
  /** The client's CoAP endpoint (or anything with its `onTranscript`); without it nothing is counted. */
  traffic?: TrafficSource;
  /** Wall-clock seconds per spec second (default 1). */
  timeScale?: number;
  faults?: ObjectFaults;
  /** Registers what to stop when the client stops (timers); without it, timers end with their tree. */
  onClose?(stop: () => void): void;
}

/** One behaviour per tree: the client may build its executables more than once (one per server session). */
export function perTree<T extends object>(cache: WeakMap<object, T>, tree: object, create: () => T): T {
  let found = cache.get(tree);
  if (!found) cache.set(tree, (found = create()));
  return found;
}
