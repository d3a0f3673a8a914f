import { C4 } from '../../configurations';
import { parseAttributeQuery } from './attribute-query';
import { compositeAttributes, effectiveAttributes } from './effective';
import { AttributeStore } from './attribute-store';
import { handleWriteAttributes } from './write-attributes';
import { codecFor } from '../../codecs/registry';
import { defaultModel } from '../../model/object-model';
import { parsePath } from '../../model/path';
import { ObjectTree } from '../object-tree';
import type { DmContext } from '../dm-context';

function c4(): DmContext {
  const model = defaultModel();
  return { tree: ObjectTree.fromConfiguration(C4, model), model, codecFor, executables: new Map() };
}

describe('attribute query (TS-Core Table 7.3.2-1 syntax)', () => {
  it('sets with name=value and clears with a bare name', () => {
    expect(parseAttributeQuery(['pmin=10', 'gt=6.5', 'st=1', 'pmax'], 'refuse')).toEqual({ set: { pmin: 10, gt: 6.5, st: 1 }, clear: ['pmax'] });
  });

  it('refuses malformed values, repeated names and (for Write-Attributes) unknown names', () => {
    expect(() => parseAttributeQuery(['pmin=-1'], 'refuse')).toThrow(/not a valid value/);
    expect(() => parseAttributeQuery(['st=-1'], 'refuse')).toThrow(/not a valid value/);
    expect(() => parseAttributeQuery(['con=2'], 'refuse')).toThrow(/not a valid value/);
    expect(() => parseAttributeQuery(['pmin=1', 'pmin=2'], 'refuse')).toThrow(/twice/);
    expect(() => parseAttributeQuery(['dim=2'], 'refuse')).toThrow(/not a notification attribute/);
    expect(parseAttributeQuery(['depth=1', 'pmax=5'], 'ignore')).toEqual({ set: { pmax: 5 }, clear: [] });
  });
});

describe('Write-Attributes (TS-Core §6.3.4)', () => {
  const wa = (ctx: DmContext, store: AttributeStore, path: string, query: string[]) => handleWriteAttributes(ctx, store, parsePath(path), query).code;

  it('attaches per level and lower levels override higher ones; server defaults come first', () => {
    const ctx = c4();
    const store = new AttributeStore();
    expect(wa(ctx, store, '/3', ['pmin=10', 'pmax=200'])).toBe('2.04');
    expect(wa(ctx, store, '/3/0', ['pmax=320'])).toBe('2.04');
    expect(wa(ctx, store, '/3/0/11/0', ['pmax=100', 'epmin=1', 'epmax=20'])).toBe('2.04');
    expect(store.inherited(parsePath('/3/0/11'))).toEqual({ pmin: 10, pmax: 320 });
    expect(effectiveAttributes(store, parsePath('/3/0/11/0'), { pmin: 1, pmax: 10 })).toEqual({ pmin: 10, pmax: 100, epmin: 1, epmax: 20 });
    expect(effectiveAttributes(store, parsePath('/1/0/1'), { pmin: 1, pmax: 10 })).toEqual({ pmin: 1, pmax: 10 });
    expect(effectiveAttributes(store, parsePath('/3/0/7'), {}, { pmax: 15 })).toEqual({ pmin: 10, pmax: 15 });
  });

  it('refuses gt/lt/st above resource level or on a non-numeric resource, and inconsistent thresholds', () => {
    const ctx = c4();
    const store = new AttributeStore();
    expect(wa(ctx, store, '/3/0', ['gt=5'])).toBe('4.00');
    expect(wa(ctx, store, '/3/0/0', ['gt=5'])).toBe('4.00'); // Manufacturer is a string
    expect(wa(ctx, store, '/3/0/7', ['lt=1', 'gt=6', 'st=1'])).toBe('2.04');
    expect(wa(ctx, store, '/3/0/7', ['st=3'])).toBe('4.00'); // 1 + 2·3 ≥ 6
    expect(wa(ctx, store, '/3/0/7/1', ['gt=2'])).toBe('4.00'); // inherits lt=1, st=1: 1 + 2 ≥ 2
    expect(wa(ctx, store, '/3/0/7/1', ['gt=8'])).toBe('2.04');
    expect(store.attached(parsePath('/3/0/7'))).toEqual({ lt: 1, gt: 6, st: 1 });
  });

  it('clears a bare attribute, answers 4.04 for an absent path and 4.00 without any attribute', () => {
    const ctx = c4();
    const store = new AttributeStore();
    wa(ctx, store, '/3/0', ['pmin=2', 'pmax=10']);
    expect(wa(ctx, store, '/3/0', ['pmin'])).toBe('2.04');
    expect(store.attached(parsePath('/3/0'))).toEqual({ pmax: 10 });
    expect(wa(ctx, store, '/3/1', ['pmin=1'])).toBe('4.04');
    expect(wa(ctx, store, '/3/0', [])).toBe('4.00');
    expect(wa(ctx, store, '/3/0', ['ver=1.1'])).toBe('4.00');
  });
});

describe('composite schedule (TS-Core 1.2 §6.4.4)', () => {
  it('waits for the largest pmin and wakes for the smallest valid pmax; parameters win', () => {
    expect(compositeAttributes([{ pmin: 30, pmax: 45 }, {}, { pmin: 1, pmax: 10 }])).toEqual({ pmin: 30, pmax: 10 });
    expect(compositeAttributes([{ pmin: 30, pmax: 20 }, { pmax: 60 }])).toEqual({ pmin: 30, pmax: 60 }); // pmax < pmin is ignored
    expect(compositeAttributes([{ pmin: 30, pmax: 45, gt: 3 }], { pmax: 5, gt: 1 })).toEqual({ pmin: 30, pmax: 5 });
  });
});
