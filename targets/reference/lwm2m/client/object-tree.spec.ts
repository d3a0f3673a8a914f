import { C1 } from '../configurations';
import { defaultModel } from '../model/object-model';
import { ConfigurationError } from './config-values';
import { ObjectTree } from './object-tree';
import { registrationObjectList } from './object-links';

describe('ObjectTree', () => {
  it('types provisioned values by the DDF: opaque as bytes, multiple resources as instances', () => {
    const tree = ObjectTree.fromConfiguration(C1, defaultModel());
    expect(Buffer.isBuffer(tree.resource(0, 0, 3))).toBe(true);
    expect(tree.resource(3, 0, 11)).toEqual(new Map([[0, 0]]));
    expect(tree.records({ objectId: 3, instanceId: 0, resourceId: 11, resourceInstanceId: 0 })).toHaveLength(1);
  });

  it('refuses values that do not fit the resource', () => {
    const bad = { id: 'X', instances: [{ objectId: 1, instanceId: 0, resources: { 1: 'long' } }] };
    expect(() => ObjectTree.fromConfiguration(bad, defaultModel())).toThrow(ConfigurationError);
    const unknown = { id: 'X', instances: [{ objectId: 1, instanceId: 0, resources: { 999: 1 } }] };
    expect(() => ObjectTree.fromConfiguration(unknown, defaultModel())).toThrow(/no such resource/);
  });

  it('lists Object Instances for Register without the Security Object (ETS int-101)', () => {
    expect(registrationObjectList(ObjectTree.fromConfiguration(C1, defaultModel()))).toBe('</1/0>,</3/0>');
  });
});
