import { C1, C4 } from '../../configurations';
import { defaultModel } from '../../model/object-model';
import { ObjectTree } from '../object-tree';
import { ACTIVE_TICKS, CYCLE_TICKS, tickSensors } from './simulated-sensors';

describe('simulated sensors', () => {
  it('moves the C.4 measurements in bursts and leaves the rest of the cycle quiet', () => {
    const tree = ObjectTree.fromConfiguration(C4, defaultModel());
    const changes: string[] = [];
    tree.onChange((p) => changes.push(`${p.resourceId}`));
    for (let tick = 1; tick <= CYCLE_TICKS; tick++) tickSensors(tree, tick);
    expect(changes).toHaveLength(ACTIVE_TICKS * 3);
    const voltage = tree.resource(3, 0, 7) as Map<number, number>;
    expect([...voltage.keys()]).toEqual([0, 1]);
    expect(voltage.get(0)).toBeGreaterThanOrEqual(3600);
    expect(tree.resource(3, 0, 6)).toEqual(new Map([[0, 1], [1, 2]]));
  });

  it('adds nothing a configuration does not provision', () => {
    const tree = ObjectTree.fromConfiguration(C1, defaultModel());
    tickSensors(tree, 1);
    expect(tree.resource(3, 0, 7)).toBeUndefined();
    expect(tree.resource(3, 0, 9)).toBeUndefined();
  });
});
