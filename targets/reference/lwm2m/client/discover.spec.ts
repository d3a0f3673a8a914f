import { codecFor } from '../codecs/registry';
import { C4, configurationByName } from '../configurations';
import { defaultModel } from '../model/object-model';
import { parsePath } from '../model/path';
import { AttributeStore } from './attributes/attribute-store';
import { handleWriteAttributes } from './attributes/write-attributes';
import type { DmContext } from './dm-context';
import { depthOf, handleDiscover } from './discover';
import { ObjectTree } from './object-tree';

function setup() {
  const model = defaultModel();
  const ctx: DmContext = { tree: ObjectTree.fromConfiguration(C4, model), model, codecFor, executables: new Map([['3/4', () => undefined]]) };
  const attributes = new AttributeStore();
  const view = { attributes, defaults: { pmin: 1, pmax: 10 } };
  const discover = (path: string, depth?: number) => handleDiscover(ctx, parsePath(path), view, depth).payload!.toString('utf8');
  const wa = (path: string, ...query: string[]) => expect(handleWriteAttributes(ctx, attributes, parsePath(path), query).code).toBe('2.04');
  return { discover, wa, ctx, view };
}

const DEVICE = '</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/4>,</3/0/6>;dim=2,</3/0/7>;dim=2,</3/0/8>;dim=2,</3/0/9>,</3/0/11>;dim=1,</3/0/16>';

describe('Discover (TS-Core §6.3.4)', () => {
  it('lists an Object down to its Resources, with the Object attributes only (ETS int-260)', () => {
    const { discover, wa } = setup();
    expect(discover('/3')).toBe(`</3>,</3/0>,${DEVICE}`);
    wa('/3', 'pmin=10', 'pmax=200');
    wa('/3/0/7', 'lt=1', 'gt=6', 'st=1');
    expect(discover('/3')).toBe(`</3>;pmin=10;pmax=200,</3/0>,${DEVICE}`);
    expect(discover('/3/0')).toBe(`</3/0>,${DEVICE.replace('</3/0/7>;dim=2', '</3/0/7>;dim=2;gt=6;lt=1;st=1')}`);
    expect(discover('/3/0/7')).toBe('</3/0/7>;dim=2;pmin=10;pmax=200;gt=6;lt=1;st=1,</3/0/7/0>,</3/0/7/1>');
  });

  it('honours 1.2 depth, with the server defaults on the target (ETS int-264, int-266)', () => {
    const { discover, wa } = setup();
    expect(discover('/3', 1)).toBe('</3>;pmin=1;pmax=10,</3/0>');
    expect(discover('/3', 0)).toBe('</3>;pmin=1;pmax=10');
    wa('/3/0', 'pmax=200');
    expect(discover('/3', 1)).toBe('</3>;pmin=1;pmax=10,</3/0>;pmax=200');
    wa('/3/0/7/1', 'gt=8');
    expect(discover('/3', 3)).toContain('</3/0/7>;dim=2,</3/0/7/0>,</3/0/7/1>;gt=8,');
  });

  it('refuses a bad depth and a Resource Instance target', () => {
    expect(() => depthOf(['depth=4'])).toThrow();
    expect(depthOf(['depth=2'])).toBe(2);
    expect(depthOf([])).toBeUndefined();
    const { ctx, view } = setup();
    expect(handleDiscover(ctx, parsePath('/3/0/7/0'), view).code).toBe('4.00');
    expect(handleDiscover(ctx, parsePath('/5'), view).code).toBe('4.04');
  });

  it('announces an Object version other than 1.0 on the Object link (TS-Core §7.2.2, ETS int-1201)', () => {
    const model = defaultModel();
    const ctx: DmContext = { tree: ObjectTree.fromConfiguration(configurationByName('C.11')!, model), model, codecFor, executables: new Map() };
    const view = { attributes: new AttributeStore(), defaults: {} };
    expect(handleDiscover(ctx, parsePath('/10'), view).payload!.toString()).toMatch(/^<\/10>;ver=1\.1,<\/10\/0>/);
    expect(handleDiscover(ctx, parsePath('/10/0'), view).payload!.toString()).not.toContain('ver=');
  });
});
