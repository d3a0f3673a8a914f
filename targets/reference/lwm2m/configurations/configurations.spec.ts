import { C1, C3, configurationByName, SecurityMode, withResource, withServerUri } from '.';

function resourcesOf(config: typeof C1, objectId: number) {
  return config.instances.find((i) => i.objectId === objectId && i.instanceId === 0)!.resources;
}

describe('ETS Appendix C configurations', () => {
  it('C.1 has the Server account, Server Object Instance 0 and the Device basics', () => {
    expect(resourcesOf(C1, 0)).toMatchObject({ 1: false, 2: SecurityMode.NoSec, 10: 1 });
    expect(resourcesOf(C1, 1)).toEqual({ 0: 1, 1: 86400, 6: false, 7: 'U' });
    expect(Object.keys(resourcesOf(C1, 3)).map(Number)).toEqual([0, 1, 2, 3, 11, 16]);
    expect(resourcesOf(C1, 3)[11]).toEqual({ 0: 0 });
  });

  it('C.3 adds pmin 1, pmax 10 and the disable timeout to C.1 without changing C.1', () => {
    expect(resourcesOf(C3, 1)).toEqual({ 0: 1, 1: 86400, 2: 1, 3: 10, 5: 86400, 6: false, 7: 'U' });
    expect(resourcesOf(C1, 1)[2]).toBeUndefined();
    expect(resourcesOf(C3, 3)).toBe(resourcesOf(C1, 3));
  });

  it('withServerUri rewrites /0/x/0 of server accounts only and copies', () => {
    const bs = { objectId: 0, instanceId: 1, resources: { 0: 'coap://bs', 1: true } };
    const config = withServerUri({ ...C1, instances: [...C1.instances, bs] }, 'coap://127.0.0.1:1234');
    expect(resourcesOf(config, 0)[0]).toBe('coap://127.0.0.1:1234');
    expect(config.instances.find((i) => i.instanceId === 1 && i.objectId === 0)!.resources[0]).toBe('coap://bs');
    expect(resourcesOf(C1, 0)[0]).not.toBe('coap://127.0.0.1:1234');
  });

  it('withResource replaces one value and refuses a missing instance', () => {
    expect(resourcesOf(withResource(C1, { objectId: 1, instanceId: 0, resourceId: 1 }, 20), 1)[1]).toBe(20);
    expect(() => withResource(C1, { objectId: 5, instanceId: 0, resourceId: 1 }, 1)).toThrow(/no instance \/5\/0/);
  });

  it('configurationByName accepts the ETS spelling and short forms', () => {
    expect(configurationByName('C.1')).toBe(C1);
    expect(configurationByName('c3')).toBe(C3);
    expect(configurationByName('C.26')).toBeUndefined();
  });
});
