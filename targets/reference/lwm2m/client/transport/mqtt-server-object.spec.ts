/**
 * /0/x/26 → /24 (TS-Core 1.2 App. E.1, Object 24 MQTT Server): the CONNECT parameters an mqtt(s)://
 * account takes from the linked instance, and the links that make the account unusable.
 */
import { defaultModel } from '../../model/object-model';
import { ObjectTree } from '../object-tree';
import { UnusableAccountError } from './link-endpoint';
import { mqttServerParameters } from './mqtt-server-object';

function tree(link: unknown, mqttServer?: Record<number, unknown>): ObjectTree {
  const t = new ObjectTree(defaultModel());
  t.createInstance(0, 0);
  if (link !== undefined) t.setResource(0, 0, 26, link as never);
  if (mqttServer) {
    t.createInstance(24, 3);
    for (const [r, v] of Object.entries(mqttServer)) t.setResource(24, 3, Number(r), v as never);
  }
  return t;
}

describe('mqttServerParameters (/0/x/26 → /24)', () => {
  it('takes Client Identifier, User Name, Password bytes, Clean Session and Keep Alive from the linked instance', () => {
    const t = tree({ objectId: 24, instanceId: 3 }, { 6: 'dev1', 7: 'user', 8: Buffer.from([0, 1, 0xff]), 3: false, 5: 45, 0: true, 1: 'will/topic' });
    expect(mqttServerParameters(t, 0)).toEqual({ clientId: 'dev1', username: 'user', password: Buffer.from([0, 1, 0xff]), cleanSession: false, keepAliveS: 45 });
  });

  it('gives no parameters without a link or with the "no link" value 65535:65535', () => {
    expect(mqttServerParameters(tree(undefined), 0)).toEqual({});
    expect(mqttServerParameters(tree({ objectId: 65535, instanceId: 65535 }), 0)).toEqual({});
  });

  it('refuses a link to another object or to a missing /24 instance', () => {
    expect(() => mqttServerParameters(tree({ objectId: 21, instanceId: 0 }), 0)).toThrow(new UnusableAccountError('/0/0/26 links /21/0, not an MQTT Server Object instance (/24)'));
    expect(() => mqttServerParameters(tree({ objectId: 24, instanceId: 9 }), 0)).toThrow(/links \/24\/9, which does not exist/);
  });
});
