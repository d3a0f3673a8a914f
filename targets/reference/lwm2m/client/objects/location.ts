/**
 * Location, Object 6 (6.xml v1.0; ETS int-801, int-810): the reference client is a stationary device
 * with a GNSS receiver that takes a fix every FIX_PERIOD_S spec seconds. Latitude, longitude and the
 * other values stay as provisioned (configuration C.7); Timestamp /6/x/5, "the timestamp of when the
 * location measurement was performed", becomes the time of the latest fix, so an observation of /6/0
 * reports fresh fixes at the pace pmin and pmax allow (int-810 criterion F).
 *
 * The fix timer holds the tree only weakly and stops when the tree is gone or when the client closes
 * the environment, so a stopped client leaves nothing running.
 */
import { Obj } from '../../model/ids.generated';
import type { ObjectTree } from '../object-tree';
import { perTree, type ObjectEnvironment } from './environment';

const L = Obj.Location;
/** Spec seconds between two fixes: more often than the pmax of int-810 (10 s). */
export const FIX_PERIOD_S = 5;

/** One fix: every Location instance gets the current time as its Timestamp (seconds, TS-Core App. C Time). */
export function takeFix(tree: ObjectTree, now = Date.now()): void {
  const seconds = Math.floor(now / 1000);
  for (const instanceId of tree.instanceIds(L.id)) {
    if (tree.resource(L.id, instanceId, L.Timestamp) !== seconds) tree.setResource(L.id, instanceId, L.Timestamp, seconds);
  }
}

const cache = new WeakMap<ObjectTree, () => void>();

/** Starts the fixes of this tree once, if it has a Location Object; returns the stop function. */
export function followLocationFixes(tree: ObjectTree, env: ObjectEnvironment): void {
  if (tree.instanceIds(L.id).length === 0) return;
  perTree(cache, tree, () => {
    const weak = new WeakRef(tree);
    const timer = setInterval(() => {
      const t = weak.deref();
      if (t) takeFix(t);
      else clearInterval(timer);
    }, FIX_PERIOD_S * 1000 * (env.timeScale ?? 1));
    timer.unref();
    const stop = () => clearInterval(timer);
    env.onClose?.(stop);
    return stop;
  });
}
