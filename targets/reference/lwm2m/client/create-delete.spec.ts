import { tlvCodec } from '../codecs/tlv';
import { C1_PORTFOLIO } from '../configurations';
import { defaultModel } from '../model/object-model';
import { codecFor } from '../codecs/registry';
import type { DmContext } from './dm-context';
import { handleDmRequest } from './dm-handler';
import { ObjectTree } from './object-tree';
import { c1Context, incoming } from './test-fixtures';

function portfolio(): DmContext {
  const model = defaultModel();
  return { tree: ObjectTree.fromConfiguration(C1_PORTFOLIO, model), model, codecFor, executables: new Map() };
}

const identity = (instanceId: number, values: string[]) => values.map((value, ri) => ({ path: { objectId: 16, instanceId, resourceId: 0, resourceInstanceId: ri }, value }));

describe('Create (TS-Core 1.2 §6.3.6)', () => {
  it('creates the instance the payload names and answers its location', () => {
    const ctx = portfolio();
    const payload = tlvCodec.encode(identity(1, ['11', '22']), { objectId: 16 }, ctx.model);
    const res = handleDmRequest(ctx, incoming('POST', '/16', { contentFormat: 11542, payload }));
    expect(res).toEqual({ code: '2.01', locationPath: ['16', '1'] });
    expect(ctx.tree.resource(16, 1, 0)).toEqual(new Map([[0, '11'], [1, '22']]));
  });

  it('picks the lowest free id for Resource TLVs without an Object Instance TLV', () => {
    const ctx = portfolio();
    const payload = tlvCodec.encode(identity(7, ['x']), { objectId: 16, instanceId: 7 }, ctx.model);
    expect(handleDmRequest(ctx, incoming('POST', '/16', { contentFormat: 11542, payload })).locationPath).toEqual(['16', '1']);
  });

  it('refuses an id in use, a missing mandatory Resource and the Device Object (ETS int-680)', () => {
    const ctx = portfolio();
    const taken = tlvCodec.encode(identity(0, ['x']), { objectId: 16 }, ctx.model);
    expect(handleDmRequest(ctx, incoming('POST', '/16', { contentFormat: 11542, payload: taken })).code).toBe('4.00');
    const empty = tlvCodec.encode([{ path: { objectId: 16, instanceId: 2, resourceId: 3 }, value: 1 }], { objectId: 16 }, ctx.model);
    expect(handleDmRequest(ctx, incoming('POST', '/16', { contentFormat: 11542, payload: empty })).code).toBe('4.00'); // AuthStatus is read-only, Identity missing
    expect(handleDmRequest(c1Context(), incoming('POST', '/3', { contentFormat: 11542, payload: Buffer.alloc(0) })).code).toBe('4.05');
  });
});

describe('Delete (TS-Core 1.2 §6.3.7)', () => {
  it('deletes an instance (2.02) and keeps the Object, refusing the Device instance (ETS int-685)', () => {
    const ctx = portfolio();
    expect(handleDmRequest(ctx, incoming('DELETE', '/16/0')).code).toBe('2.02');
    expect(ctx.tree.instanceIds(16)).toEqual([]);
    expect(ctx.tree.exists({ objectId: 16 })).toBe(true);
    expect(handleDmRequest(ctx, incoming('DELETE', '/16/0')).code).toBe('4.04');
    expect(handleDmRequest(ctx, incoming('DELETE', '/3/0')).code).toBe('4.05');
    expect(handleDmRequest(ctx, incoming('DELETE', '/3')).code).toBe('4.05');
  });

  it('deletes a Resource Instance of a writable multiple Resource', () => {
    const ctx = portfolio();
    expect(handleDmRequest(ctx, incoming('DELETE', '/16/0/0/1')).code).toBe('2.02');
    expect(ctx.tree.resource(16, 0, 0)).toEqual(new Map([[0, 'Host Device ID #1']]));
  });
});
