/**
 * Simulated measurements of the reference client's Device Object, so that observations carry news
 * (ETS int-301..303, int-312/313 observe the power source voltage and current of configuration C.4).
 * The values move in bursts: every SENSOR_PERIOD_S spec seconds (scaled by the run's timeScale) a tick
 * happens, and during the first ACTIVE_TICKS ticks of every CYCLE_TICKS each present value takes its
 * next step; the rest of the cycle is quiet. The bursts (a change every 2 s, more often than any pmin
 * the ETS uses) make pmin visible; the quiet 18 s between the last change of a burst and the next
 * burst make pmax visible (int-312's 15 s, int-313's 10 s against an attached 60 s). No randomness:
 * runs are reproducible.
 *   /3/0/7/x Power Source Voltage   3600..3790 mV in steps of 10
 *   /3/0/8/x Power Source Current   100..148 mA in steps of 2
 *   /3/0/9   Battery Level          100..1 %, one step down per change
 * A resource the configuration does not provision is left absent. One simulation runs per object tree,
 * however many server sessions share it.
 */
import type { ResourceValue } from '../../codecs/types';
import { Obj } from '../../model/ids.generated';
import type { ObjectTree } from '../object-tree';

/** Spec seconds between two ticks: shorter than any pmin the ETS uses (5 s in int-301). */
export const SENSOR_PERIOD_S = 2;
/** Ticks per cycle, and how many of them (the first) change the values. */
export const CYCLE_TICKS = 12;
export const ACTIVE_TICKS = 4;

const DEVICE = Obj.Device.id;

/** The value of each simulated resource after its n-th change (n = 1, 2, ...). */
export const SENSOR_PATTERNS: Readonly<Record<number, (tick: number, instance: number) => number>> = {
  [Obj.Device.PowerSourceVoltage]: (n, i) => 3600 + ((n + i * 5) % 20) * 10,
  [Obj.Device.PowerSourceCurrent]: (n, i) => 100 + ((n + i * 7) % 25) * 2,
  [Obj.Device.BatteryLevel]: (n) => 100 - (n % 100),
};

/** Applies tick n (n = 1, 2, ...): in the active part of a cycle every value takes its next step. */
export function tickSensors(tree: ObjectTree, tick: number): void {
  if ((tick - 1) % CYCLE_TICKS >= ACTIVE_TICKS) return;
  const step = Math.floor((tick - 1) / CYCLE_TICKS) * ACTIVE_TICKS + ((tick - 1) % CYCLE_TICKS) + 1;
  setReadings(tree, step);
}

function setReadings(tree: ObjectTree, step: number): void {
  for (const instanceId of tree.instanceIds(DEVICE)) {
    for (const [rid, pattern] of Object.entries(SENSOR_PATTERNS)) {
      const resourceId = Number(rid);
      const stored = tree.resource(DEVICE, instanceId, resourceId);
      if (stored === undefined) continue;
      const next = stored instanceof Map ? new Map<number, ResourceValue>([...stored.keys()].map((ri) => [ri, pattern(step, ri)])) : pattern(step, 0);
      tree.setResource(DEVICE, instanceId, resourceId, next);
    }
  }
}

const running = new WeakMap<ObjectTree, { users: number; timer: NodeJS.Timeout }>();

/** Starts (or joins) the simulation of this tree; the returned function leaves it. */
export function joinSimulatedSensors(tree: ObjectTree, timeScale: number): () => void {
  let sim = running.get(tree);
  if (!sim) {
    let tick = 0;
    const timer = setInterval(() => tickSensors(tree, ++tick), Math.max(1, SENSOR_PERIOD_S * 1000 * timeScale));
    timer.unref();
    sim = { users: 0, timer };
    running.set(tree, sim);
  }
  sim.users += 1;
  let left = false;
  return () => {
    if (left) return;
    left = true;
    if (--sim!.users === 0) {
      clearInterval(sim!.timer);
      running.delete(tree);
    }
  };
}
