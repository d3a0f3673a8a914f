import { readFileSync } from 'node:fs';
import { GENERATED_FILE, renderIds } from './generate-ids';
import { Obj } from './ids.generated';
import { defaultModel } from './object-model';
import { InvalidPathError } from './path';
import { ref } from './paths';

describe('typed paths', () => {
  it('reads like the spec at call sites', () => {
    expect(Obj.Server.id).toBe(1);
    expect(Obj.Server.Lifetime).toBe(1);
    expect(Obj.Server.res.Lifetime).toBe(1);
    expect(Obj.Server.path).toBe('/1');
    expect(Obj.Server[0].path).toBe('/1/0');
    expect(Obj.Server[0].Lifetime.path).toBe('/1/0/1');
    expect(Obj.Server[0].Lifetime.toPath()).toEqual({ objectId: 1, instanceId: 0, resourceId: 1 });
    expect(`${Obj.Device[0].Manufacturer}`).toBe('/3/0/0');
    expect(Obj.Device[0].ErrorCode.instance(1).toPath()).toEqual({ objectId: 3, instanceId: 0, resourceId: 11, resourceInstanceId: 1 });
    expect(Obj.Server.instance(2).RegistrationUpdateTrigger.path).toBe('/1/2/8');
    expect(Obj.FirmwareUpdate[0].Package.path).toBe('/5/0/0');
  });

  it('covers objects 0 to 7 with ids matching the model', () => {
    const model = defaultModel();
    for (const node of [Obj.Security, Obj.Server, Obj.AccessControl, Obj.Device, Obj.ConnectivityMonitoring, Obj.FirmwareUpdate, Obj.Location, Obj.ConnectivityStatistics]) {
      const def = model.object(node.id)!;
      expect(node.name).toBe(def.name);
      expect(Object.values(node.res).sort((a, b) => a - b)).toEqual([...def.resources.keys()].sort((a, b) => a - b));
    }
  });

  it('returns the same node for the same instance and keeps nodes immutable', () => {
    expect(Obj.Server[0]).toBe(Obj.Server.instance(0));
    expect(Object.isFrozen(Obj.Server[0])).toBe(true);
  });

  it('rejects instance ids outside 0..65534', () => {
    expect(() => Obj.Server[65535]).toThrow(InvalidPathError);
    expect(() => Obj.Server.instance(-1)).toThrow(InvalidPathError);
    expect(() => Obj.Device[0].ErrorCode.instance(1.5)).toThrow(InvalidPathError);
  });

  it('makes a PathRef from any path', () => {
    expect(ref('/3/0/11/1').toPath()).toEqual({ objectId: 3, instanceId: 0, resourceId: 11, resourceInstanceId: 1 });
    expect(ref({ objectId: 5 }).path).toBe('/5');
  });

  it('committed ids.generated.ts is current (run `npm run gen:model` if this fails)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(renderIds(defaultModel()));
  });
});
