import { codecFor } from '../../codecs/registry';
import { tlvCodec } from '../../codecs/tlv';
import { C1, C13 } from '../../configurations';
import { defaultModel } from '../../model/object-model';
import { ObjectTree } from '../object-tree';
import { incoming } from '../test-fixtures';
import type { BootstrapContext } from './bootstrap-context';
import { handleBootstrapRequest } from './bootstrap-handler';

const model = defaultModel();

function c13(): { ctx: BootstrapContext; finished: jest.Mock } {
  const ctx: BootstrapContext = { tree: ObjectTree.fromConfiguration(C13, model), model, codecFor, version: '1.1' };
  return { ctx, finished: jest.fn() };
}

/** C.1's Server Account as the TLV of an object-level Bootstrap-Write. */
function accountWrite(objectId: 0 | 1): Buffer {
  const tree = ObjectTree.fromConfiguration(C1, model);
  return tlvCodec.encode(tree.records({ objectId }), { objectId }, model);
}

describe('Bootstrap Interface on the client (TS-Core §6.1.7)', () => {
  const serve = (ctx: BootstrapContext, finished: jest.Mock, ...args: Parameters<typeof incoming>) =>
    handleBootstrapRequest(ctx, incoming(...args), { finished, log: () => undefined });

  it('writes whole objects whatever exists, and finishes 2.04 once a Server Account is complete', async () => {
    const { ctx, finished } = c13();
    expect(serve(ctx, finished, 'PUT', '/0', { contentFormat: 11542, payload: accountWrite(0) }).code).toBe('2.04');
    expect(serve(ctx, finished, 'POST', '/bs', { pathSegments: ['bs'] }).code).toBe('4.06'); // no /1 yet
    expect(serve(ctx, finished, 'PUT', '/1', { contentFormat: 11542, payload: accountWrite(1) }).code).toBe('2.04');
    expect(serve(ctx, finished, 'POST', '/bs', { pathSegments: ['bs'] }).code).toBe('2.04');
    await new Promise((r) => setImmediate(r));
    expect(finished).toHaveBeenCalledTimes(1);
    expect(ctx.tree.instanceIds(0)).toEqual([0, 1]);
  });

  it('answers Finish 4.06 when only an optional resource was written (ETS int-9), or 2.04 with the fault', () => {
    const { ctx, finished } = c13();
    const payload = tlvCodec.encode([{ path: { objectId: 1, instanceId: 0, resourceId: 5 }, value: 86400 }], { objectId: 1, instanceId: 0, resourceId: 5 }, model);
    expect(serve(ctx, finished, 'PUT', '/1/0/5', { contentFormat: 11542, payload }).code).toBe('2.04');
    expect(serve(ctx, finished, 'POST', '/bs', { pathSegments: ['bs'] }).code).toBe('4.06');
    const lenient = handleBootstrapRequest(ctx, incoming('POST', '/bs', { pathSegments: ['bs'] }), { finished, acceptIncomplete: true, log: () => undefined });
    expect(lenient.code).toBe('2.04');
  });

  it('never deletes the Bootstrap-Server Account or /3/0 (ETS int-4)', () => {
    const { ctx, finished } = c13();
    serve(ctx, finished, 'PUT', '/0', { contentFormat: 11542, payload: accountWrite(0) });
    serve(ctx, finished, 'PUT', '/1', { contentFormat: 11542, payload: accountWrite(1) });
    expect(serve(ctx, finished, 'DELETE', '/').code).toBe('2.02');
    expect(ctx.tree.instanceIds(0)).toEqual([1]);
    expect(ctx.tree.instanceIds(1)).toEqual([]);
    expect(ctx.tree.hasInstance(3, 0)).toBe(true);
    expect(serve(ctx, finished, 'DELETE', '/0/1').code).toBe('4.00');
    expect(serve(ctx, finished, 'DELETE', '/3/0/1').code).toBe('4.00');
  });

  it('keeps the OSCORE Object Instance of the Bootstrap-Server Account (/0/1/17 → /21/0), deletes the others', () => {
    const osc = (id: number) => ({ objectId: 21, instanceId: id, resources: { 0: { opaque: 'AQID' }, 1: { opaque: 'AQ==' }, 2: { opaque: 'Ag==' } } });
    const instances = C13.instances.map((i) => (i.objectId === 0 ? { ...i, resources: { ...i.resources, 17: { objlnk: '21:0' } } } : i));
    const ctx: BootstrapContext = { tree: ObjectTree.fromConfiguration({ id: 'C.13+oscore', instances: [...instances, osc(0), osc(1)] }, model), model, codecFor, version: '1.2' };
    const finished = jest.fn();
    expect(serve(ctx, finished, 'DELETE', '/').code).toBe('2.02');
    expect(ctx.tree.instanceIds(21)).toEqual([0]);
    expect(serve(ctx, finished, 'DELETE', '/21/0').code).toBe('4.00');
  });

  it('discovers the enabler version and the accounts with ssid and uri, the Bootstrap-Server Account bare', () => {
    const { ctx, finished } = c13();
    serve(ctx, finished, 'PUT', '/0', { contentFormat: 11542, payload: accountWrite(0) });
    serve(ctx, finished, 'PUT', '/1', { contentFormat: 11542, payload: accountWrite(1) });
    const r = serve(ctx, finished, 'GET', '/', { accept: 40 });
    expect(r.code).toBe('2.05');
    expect(r.payload!.toString()).toBe('</>;lwm2m="1.1",</0/0>;ssid=1;uri="coap://0.0.0.0:5683",</0/1>,</1/0>;ssid=1,</3/0>');
  });

  it('reads only /1 and /2 (ETS int-8), in TLV by default', () => {
    const { ctx, finished } = c13();
    serve(ctx, finished, 'PUT', '/1', { contentFormat: 11542, payload: accountWrite(1) });
    const r = serve(ctx, finished, 'GET', '/1');
    expect(r).toMatchObject({ code: '2.05', contentFormat: 11542 });
    expect(tlvCodec.decode(r.payload!, { objectId: 1 }, model).map((x) => x.path.resourceId)).toEqual([0, 1, 6, 7]);
    expect(serve(ctx, finished, 'GET', '/3/0').code).toBe('4.00');
    expect(serve(ctx, finished, 'GET', '/2/0').code).toBe('4.04');
  });

  it('refuses a write without Content-Format (4.00) or in an unknown one (4.15)', () => {
    const { ctx, finished } = c13();
    expect(serve(ctx, finished, 'PUT', '/1', { payload: accountWrite(1) }).code).toBe('4.00');
    expect(serve(ctx, finished, 'PUT', '/1', { contentFormat: 65000, payload: accountWrite(1) }).code).toBe('4.15');
  });
});
