import { senmlCborCodec } from '../../codecs/senml-cbor';
import { senmlJsonCodec } from '../../codecs/senml-json';
import { C1 } from '../../configurations';
import { formatPath, parsePath } from '../../model/path';
import { handleDmRequest } from '../dm-handler';
import { c1Context, incoming } from '../test-fixtures';

const fetch = (paths: string[] | Buffer, cf = 112) =>
  incoming('FETCH', '/', { contentFormat: cf, accept: cf, payload: Buffer.isBuffer(paths) ? paths : (cf === 112 ? senmlCborCodec : senmlJsonCodec).encodePathList(paths.map(parsePath)) });

describe('Read-Composite (TS-Core 1.2 §6.3.8)', () => {
  it('answers the values of every listed path that exists, each once, leaving out absent ones and executables', () => {
    const ctx = c1Context([[1, 8, () => undefined]]);
    const res = handleDmRequest(ctx, fetch(['/1/0', '/1/0/1', '/1/0/8', '/3339/0/5522', '/3/0/11/0']));
    expect(res.code).toBe('2.05');
    expect(res.contentFormat).toBe(112);
    const paths = senmlCborCodec.decodeComposite(res.payload!, ctx.model).map((r) => formatPath(r.path));
    expect(paths).toEqual(['/1/0/0', '/1/0/1', '/1/0/6', '/1/0/7', '/3/0/11/0']);
  });

  it('reads the root "/" without the Security Object (ETS int-235)', () => {
    const ctx = c1Context();
    const res = handleDmRequest(ctx, fetch(Buffer.from('[{"n":"/"}]'), 110));
    expect(res.code).toBe('2.05');
    const records = senmlJsonCodec.decodeComposite(res.payload!, ctx.model);
    expect(new Set(records.map((r) => r.path.objectId))).toEqual(new Set([1, 3]));
    const readable = C1.instances.filter((i) => i.objectId !== 0).flatMap((i) => Object.values(i.resources)).length;
    expect(records.length).toBe(readable);
  });

  it('refuses a FETCH on a path other than the root, a body it cannot read (4.15) and a malformed list (4.00)', () => {
    expect(handleDmRequest(c1Context(), incoming('FETCH', '/3', { contentFormat: 112 })).code).toBe('4.05');
    expect(handleDmRequest(c1Context(), incoming('FETCH', '/', { contentFormat: 11542, payload: Buffer.from([0]) })).code).toBe('4.15');
    expect(handleDmRequest(c1Context(), fetch(Buffer.from('{"n":"/1"}'), 110)).code).toBe('4.00');
  });
});

describe('Write-Composite (TS-Core 1.2 §6.3.9)', () => {
  const patch = (records: Array<[string, number | boolean | string]>) =>
    incoming('iPATCH', '/', { contentFormat: 110, payload: senmlJsonCodec.encodeComposite(records.map(([p, value]) => ({ path: parsePath(p), value }))) });

  it('writes values of several objects and reports the changed Resources', () => {
    const ctx = c1Context();
    const changed: string[] = [];
    const res = handleDmRequest(ctx, patch([['/1/0/1', 61], ['/1/0/6', true]]), { afterWrite: (c) => changed.push(...c.map(formatPath)) });
    expect(res.code).toBe('2.04');
    expect(ctx.tree.resource(1, 0, 1)).toBe(61);
    expect(changed).toEqual(['/1/0/1', '/1/0/6']);
  });

  it('is atomic: one read-only or absent target refuses everything', () => {
    const ctx = c1Context();
    expect(handleDmRequest(ctx, patch([['/1/0/1', 61], ['/1/0/0', 5]])).code).toBe('4.05');
    expect(handleDmRequest(ctx, patch([['/1/0/1', 61], ['/16/0/0/0', 'x']])).code).toBe('4.04');
    expect(ctx.tree.resource(1, 0, 1)).toBe(86400);
  });
});
