import { Obj } from '../../model/ids.generated';
import { activatedProfiles, followApnActivation } from './apn-activation';
import { treeOf } from './test-traffic';

const Apn = Obj.APNConnectionProfile;

describe('APN activation (/10/x/11 follows /11/x/3)', () => {
  it('links the profiles whose Enable status is true, as they are created, enabled and deleted', () => {
    const tree = treeOf('C.10');
    followApnActivation(tree);
    const links = () => [...((tree.resource(10, 0, 11) as Map<number, { instanceId: number }>).values())].map((l) => l.instanceId);
    expect(links()).toEqual([0]);
    tree.createInstance(Apn.id, 1);
    tree.setResource(Apn.id, 1, Apn.EnableStatus, false);
    expect(links()).toEqual([0]);
    tree.setResource(Apn.id, 1, Apn.EnableStatus, true);
    expect(links()).toEqual([0, 1]);
    tree.deleteInstance(Apn.id, 0);
    expect(links()).toEqual([1]);
    expect(activatedProfiles(tree)).toEqual([{ objectId: 11, instanceId: 1 }]);
  });

  it('does not rewrite an unchanged list (no spurious notifications)', () => {
    const tree = treeOf('C.10');
    followApnActivation(tree);
    followApnActivation(tree);
    const seen: string[] = [];
    tree.onChange((p) => seen.push(`${p.objectId}/${p.resourceId}`));
    tree.setResource(Apn.id, 0, Apn.APN, 'other');
    tree.setResource(Apn.id, 0, Apn.EnableStatus, true);
    expect(seen).toEqual(['11/1', '11/3']);
  });
});
