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
 */
import { Obj } from '../../model/ids.generated';
import { executableKey, type ExecuteAction } from '../dm-context';
import type { ObjectTree } from '../object-tree';
import { perTree, type ObjectEnvironment } from './environment';
import { datagramOf, type Datagram } from './traffic';

const S = Obj.ConnectivityStatistics;
const KILOBYTE = 1024;

interface Collection {
  txBytes: number;
  rxBytes: number;
  messages: number;
  maxSize: number;
  periodTimer?: NodeJS.Timeout;
}

export class ConnectivityStatistics {
  private readonly collecting = new Map<number, Collection>();
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
    const collection: Collection = { txBytes: 0, rxBytes: 0, messages: 0, maxSize: 0 };
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
    clearTimeout(this.collecting.get(instanceId)?.periodTimer);
    this.collecting.delete(instanceId);
  }

  private count(d: Datagram): void {
    for (const [instanceId, c] of this.collecting) {
      if (!this.tree.hasInstance(S.id, instanceId)) {
        this.stop(instanceId, true);
        continue;
      }
      if (d.direction === 'out') c.txBytes += d.ipBytes;
      else c.rxBytes += d.ipBytes;
      c.messages++;
      c.maxSize = Math.max(c.maxSize, d.ipBytes);
      this.tree.setResource(S.id, instanceId, S.TxData, Math.ceil(c.txBytes / KILOBYTE));
      this.tree.setResource(S.id, instanceId, S.RxData, Math.ceil(c.rxBytes / KILOBYTE));
      this.tree.setResource(S.id, instanceId, S.MaxMessageSize, c.maxSize);
      this.tree.setResource(S.id, instanceId, S.AverageMessageSize, Math.round((c.txBytes + c.rxBytes) / c.messages));
    }
  }
}

const cache = new WeakMap<ObjectTree, ConnectivityStatistics>();

/** Start and Stop of Object 7, sharing one collector per object tree. */
export function connectivityStatistics(tree: ObjectTree, env: ObjectEnvironment): Array<[string, ExecuteAction]> {
  const stats = perTree(cache, tree, () => new ConnectivityStatistics(tree, env));
  stats.attach(env);
  return stats.executables();
}
