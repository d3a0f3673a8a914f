/**
 * Connectivity Statistics, Object 7 (7.xml v1.0; ETS int-901, int-905, int-910): Start /7/x/6 resets
 * Resources 0-5 and starts collecting, Stop /7/x/7 stops without resetting, and a non-zero Collection
 * Period /7/x/8 (spec seconds) ends the collection on its own.
 *
 * What is counted is the client's real traffic, every datagram its endpoint sends or receives:
 * - 2 Tx Data / 3 Rx Data: kilobytes at the IP layer, header bytes included (the DDF's note on Start);
 *   a partly used kilobyte counts as one, so a collection that saw traffic never reads 0;
 * - 4 Max / 5 Average Message Size: bytes per IP message, both directions;
 * - 0 SMS Tx / 1 SMS Rx Counter: the reference client has no SMS bearer, they stay 0.
 *
 * Counting happens as each datagram passes; the Resources are written on the next turn of the event
 * loop, never from inside the endpoint's transcript callback: a Notify of /7 is itself traffic, and
 * writing the tree while that Notify is being sent would re-enter the observation that sends it.
 */
import { Obj } from '../../model/ids.generated';
import { executableKey, type ExecuteAction } from '../dm-context';
import type { ObjectTree } from '../object-tree';
import { perTree, type ObjectEnvironment } from './environment';
import { datagramOf, type Datagram } from './traffic';

const S = Obj.ConnectivityStatistics;
const KILOBYTE = 1024;

interface Collection {
  instanceId: number;
  txBytes: number;
  rxBytes: number;
  messages: number;
  maxSize: number;
  periodTimer?: NodeJS.Timeout;
}

export class ConnectivityStatistics {
  private readonly collecting = new Map<number, Collection>();
  /** Collections counted since their Resources were last written. */
  private readonly dirty = new Set<Collection>();
  private flushScheduled = false;
  private unsubscribe?: () => void;

  constructor(
    private readonly tree: ObjectTree,
    private readonly env: ObjectEnvironment,
  ) {
    this.attach(env);
  }

  /** Listens to the client's traffic (once per tree, whichever call brings the source first). */
  attach(env: ObjectEnvironment): void {
    if (this.unsubscribe || !env.traffic) return;
    this.unsubscribe = env.traffic.onTranscript((entry) => {
      const datagram = datagramOf(entry);
      if (datagram) this.count(datagram);
    });
  }

  executables(): Array<[string, ExecuteAction]> {
    return [
      [executableKey(S.id, S.Start), (instanceId) => this.start(instanceId)],
      [executableKey(S.id, S.Stop), (instanceId) => this.stop(instanceId)],
    ];
  }

  start(instanceId: number): void {
    if (!this.tree.hasInstance(S.id, instanceId)) return;
    this.stop(instanceId, true);
    const collection: Collection = { instanceId, txBytes: 0, rxBytes: 0, messages: 0, maxSize: 0 };
    this.collecting.set(instanceId, collection);
    for (const r of [S.SMSTxCounter, S.SMSRxCounter, S.TxData, S.RxData, S.MaxMessageSize, S.AverageMessageSize]) {
      this.tree.setResource(S.id, instanceId, r, 0);
    }
    const period = this.tree.resource(S.id, instanceId, S.CollectionPeriod);
    if (typeof period === 'number' && period > 0) {
      collection.periodTimer = setTimeout(() => this.stop(instanceId, true), period * 1000 * (this.env.timeScale ?? 1));
      collection.periodTimer.unref();
    }
  }

  /** `force`: the period ended or a new Start begins; the broken target's fault only swallows the Execute. */
  stop(instanceId: number, force = false): void {
    if (!force && this.env.faults?.statisticsIgnoreStop) return;
    const collection = this.collecting.get(instanceId);
    if (!collection) return;
    clearTimeout(collection.periodTimer);
    this.collecting.delete(instanceId); // what it counted before Stop is still written by the pending flush
  }

  private count(d: Datagram): void {
    for (const c of this.collecting.values()) {
      if (d.direction === 'out') c.txBytes += d.ipBytes;
      else c.rxBytes += d.ipBytes;
      c.messages++;
      c.maxSize = Math.max(c.maxSize, d.ipBytes);
      this.dirty.add(c);
    }
    if (this.dirty.size === 0 || this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    for (const c of this.dirty) {
      // A newer Start on the same instance has reset it; this collection's numbers are history.
      const current = this.collecting.get(c.instanceId);
      if (current && current !== c) continue;
      if (!this.tree.hasInstance(S.id, c.instanceId)) {
        this.stop(c.instanceId, true); // the instance was deleted under its collection
        continue;
      }
      this.tree.setResource(S.id, c.instanceId, S.TxData, Math.ceil(c.txBytes / KILOBYTE));
      this.tree.setResource(S.id, c.instanceId, S.RxData, Math.ceil(c.rxBytes / KILOBYTE));
      this.tree.setResource(S.id, c.instanceId, S.MaxMessageSize, c.maxSize);
      this.tree.setResource(S.id, c.instanceId, S.AverageMessageSize, Math.round((c.txBytes + c.rxBytes) / c.messages));
    }
    this.dirty.clear();
  }
}

const cache = new WeakMap<ObjectTree, ConnectivityStatistics>();

/** Start and Stop of Object 7, sharing one collector per object tree. */
export function connectivityStatistics(tree: ObjectTree, env: ObjectEnvironment): Array<[string, ExecuteAction]> {
  const stats = perTree(cache, tree, () => new ConnectivityStatistics(tree, env));
  stats.attach(env);
  return stats.executables();
}
