import { defaultModel } from '../model/object-model';
import { ObjectTree } from '../client/object-tree';
import { C1, C3, configurationByName } from '.';
import { extendConfiguration } from './extend';
import { OBJECT_CONFIGURATIONS } from './object-configurations';

describe('configurations of the object cases', () => {
  it.each(Object.keys(OBJECT_CONFIGURATIONS))('%s builds an object tree typed by the DDF model', (name) => {
    const config = configurationByName(name)!;
    expect(config.id).toBe(name);
    expect(() => ObjectTree.fromConfiguration(config, defaultModel())).not.toThrow();
  });

  it('keeps the base configuration: every superset still holds the Server account and the Device basics', () => {
    for (const config of Object.values(OBJECT_CONFIGURATIONS)) {
      const tree = ObjectTree.fromConfiguration(config, defaultModel());
      expect(tree.hasInstance(1, 0) && tree.hasInstance(3, 0)).toBe(true);
      expect(tree.resource(3, 0, 16)).toBe('U');
    }
  });

  it('C.10 moves Serving PLMN Rate control to /11/0/26 and links the active APN profile', () => {
    const tree = ObjectTree.fromConfiguration(configurationByName('C.10')!, defaultModel());
    expect(tree.resource(10, 0, 6)).toBeUndefined();
    expect(tree.resource(11, 0, 26)).toBe(40);
    expect(tree.resource(10, 0, 11)).toEqual(new Map([[0, { objectId: 11, instanceId: 0 }]]));
  });

  it('C.11 adds the Power Saving Mode Resources at the paths the ETS prints', () => {
    const tree = ObjectTree.fromConfiguration(configurationByName('C.11')!, defaultModel());
    expect([tree.resource(10, 0, 13), tree.resource(10, 0, 14)]).toEqual([3, 1]);
  });

  it('C.12 keeps the Identity strings exactly as printed', () => {
    const tree = ObjectTree.fromConfiguration(configurationByName('C.12')!, defaultModel());
    expect((tree.resource(16, 0, 0) as Map<number, string>).get(1)).toBe(' Host Develce Manufacturer #1');
  });
});

describe('extendConfiguration', () => {
  it('merges over an instance of the base and appends new ones, leaving the base untouched', () => {
    const c = extendConfiguration(C3, 'C.x', [
      { objectId: 1, instanceId: 0, resources: { 1: 20 } },
      { objectId: 7, instanceId: 0, resources: { 8: 0 } },
    ]);
    const server = c.instances.find((i) => i.objectId === 1)!;
    expect(server.resources).toMatchObject({ 1: 20, 2: 1, 3: 10 });
    expect(c.instances.map((i) => i.objectId)).toEqual([0, 1, 3, 7]);
    expect(C3.instances.find((i) => i.objectId === 1)!.resources[1]).toBe(86400);
    expect(C1.instances).toHaveLength(3);
  });
});
