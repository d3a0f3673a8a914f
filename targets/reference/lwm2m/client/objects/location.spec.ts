import { Obj } from '../../model/ids.generated';
import { FIX_PERIOD_S, followLocationFixes, takeFix } from './location';
import { treeOf } from './test-traffic';

const L = Obj.Location;

describe('Location /6: a stationary device taking fixes', () => {
  it('a fix moves the Timestamp to now and leaves the position as provisioned', () => {
    const tree = treeOf('C.7');
    takeFix(tree, 1_800_000_000_500);
    expect(tree.resource(L.id, 0, L.Timestamp)).toBe(1_800_000_000);
    expect([tree.resource(L.id, 0, L.Latitude), tree.resource(L.id, 0, L.Longitude)]).toEqual([43.5723, 153.2176]);
  });

  it('fixes come every FIX_PERIOD_S spec seconds and stop when the client closes', async () => {
    const tree = treeOf('C.7');
    let stop: (() => void) | undefined;
    followLocationFixes(tree, { timeScale: 0.002, onClose: (s) => (stop = s) });
    await new Promise((r) => setTimeout(r, FIX_PERIOD_S * 2 * 3));
    expect(tree.resource(L.id, 0, L.Timestamp)).toBe(Math.floor(Date.now() / 1000));
    stop!();
    tree.setResource(L.id, 0, L.Timestamp, 1);
    await new Promise((r) => setTimeout(r, FIX_PERIOD_S * 2 * 3));
    expect(tree.resource(L.id, 0, L.Timestamp)).toBe(1);
  });

  it('does nothing for a tree without a Location Object', () => {
    const tree = treeOf('C.1');
    const seen: unknown[] = [];
    tree.onChange((p) => seen.push(p));
    followLocationFixes(tree, { timeScale: 0.001 });
    expect(seen).toEqual([]);
  });
});
