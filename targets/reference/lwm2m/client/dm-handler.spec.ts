import { codecFor } from '../codecs/registry';
import { Obj } from '../model/ids.generated';
import { handleDmRequest } from './dm-handler';
import { c1Context, incoming } from './test-fixtures';

const text = (s: string) => Buffer.from(s, 'utf8');

describe('Read (TS-Core §6.3.1)', () => {
  it('answers a single Resource in plain text when no Accept is given', () => {
    const res = handleDmRequest(c1Context(), incoming('GET', Obj.Device[0].Manufacturer.path));
    expect(res).toEqual({ code: '2.05', contentFormat: 0, payload: text('Open Mobile Alliance') });
  });

  it('answers an Object Instance in SenML CBOR when no Accept is given, with the readable resources only', () => {
    const ctx = c1Context();
    const res = handleDmRequest(ctx, incoming('GET', '/3/0'));
    expect(res.code).toBe('2.05');
    expect(res.contentFormat).toBe(112);
    const records = codecFor(112)!.decode(res.payload!, { objectId: 3, instanceId: 0 }, ctx.model);
    expect(records.map((r) => r.path.resourceId)).toEqual([0, 1, 2, 3, 11, 16]);
    expect(records.find((r) => r.path.resourceId === 11)).toEqual({ path: { objectId: 3, instanceId: 0, resourceId: 11, resourceInstanceId: 0 }, value: 0 });
  });

  it('refuses plain text for an Object Instance and an unknown Accept with 4.06', () => {
    expect(handleDmRequest(c1Context(), incoming('GET', '/3/0', { accept: 0 })).code).toBe('4.06');
    expect(handleDmRequest(c1Context(), incoming('GET', '/3/0/0', { accept: 65000 })).code).toBe('4.06');
  });

  it('answers 4.04 for absent objects, instances and resources and 4.05 for an executable', () => {
    const ctx = c1Context([[3, 4, () => undefined]]);
    expect(handleDmRequest(ctx, incoming('GET', '/5')).code).toBe('4.04');
    expect(handleDmRequest(ctx, incoming('GET', '/3/1')).code).toBe('4.04');
    expect(handleDmRequest(ctx, incoming('GET', '/3/0/9')).code).toBe('4.04');
    expect(handleDmRequest(ctx, incoming('GET', '/3/0/4')).code).toBe('4.05');
  });

  it('never lets a server read the Security Object (4.01, ETS int-221)', () => {
    expect(handleDmRequest(c1Context(), incoming('GET', '/0/0/0')).code).toBe('4.01');
    expect(handleDmRequest(c1Context(), incoming('PUT', '/0/0/0', { contentFormat: 0, payload: text('coap://x') })).code).toBe('4.01');
  });

  it('answers 4.00 for a path that is not an LwM2M path', () => {
    expect(handleDmRequest(c1Context(), incoming('GET', '/3/zero')).code).toBe('4.00');
  });
});

describe('Write (TS-Core §6.3.3)', () => {
  it('replaces a Resource from plain text and reports the change', () => {
    const ctx = c1Context();
    const changed: unknown[] = [];
    const res = handleDmRequest(ctx, incoming('PUT', '/1/0/1', { contentFormat: 0, payload: text('20') }), { afterWrite: (c) => changed.push(...c) });
    expect(res.code).toBe('2.04');
    expect(ctx.tree.resource(1, 0, 1)).toBe(20);
    expect(changed).toEqual([{ objectId: 1, instanceId: 0, resourceId: 1 }]);
  });

  it('partially updates an Object Instance from TLV (ETS int-215 bytes)', () => {
    const ctx = c1Context();
    const payload = Buffer.from([0xc1, 0x02, 0x65, 0xc2, 0x03, 0x03, 0xf2]);
    expect(handleDmRequest(ctx, incoming('POST', '/1/0', { contentFormat: 11542, payload })).code).toBe('2.04');
    expect(ctx.tree.resource(1, 0, 2)).toBe(101);
    expect(ctx.tree.resource(1, 0, 3)).toBe(1010);
    expect(ctx.tree.resource(1, 0, 1)).toBe(86400);
  });

  it('refuses a read-only resource with 4.05 and leaves it unchanged (ETS int-256)', () => {
    const ctx = c1Context();
    expect(handleDmRequest(ctx, incoming('PUT', '/1/0/0', { contentFormat: 0, payload: text('123') })).code).toBe('4.05');
    expect(ctx.tree.resource(1, 0, 0)).toBe(1);
  });

  it('answers 4.00 without Content-Format or with a malformed payload, 4.15 for an unknown format', () => {
    const ctx = c1Context();
    expect(handleDmRequest(ctx, incoming('PUT', '/1/0/1', { payload: text('20') })).code).toBe('4.00');
    expect(handleDmRequest(ctx, incoming('PUT', '/1/0/1', { contentFormat: 0, payload: text('twenty') })).code).toBe('4.00');
    expect(handleDmRequest(ctx, incoming('PUT', '/1/0/1', { contentFormat: 65000, payload: text('20') })).code).toBe('4.15');
    expect(ctx.tree.resource(1, 0, 1)).toBe(86400);
  });
});

describe('Execute (TS-Core §6.3.5)', () => {
  it('answers 2.04 and runs the action after the response', async () => {
    const ran: number[] = [];
    const ctx = c1Context([[1, 8, (i) => ran.push(i)]]);
    expect(handleDmRequest(ctx, incoming('POST', '/1/0/8')).code).toBe('2.04');
    expect(ran).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(ran).toEqual([0]);
  });

  it('answers 4.05 on a non-executable resource and 4.04 on an unimplemented executable', () => {
    const ctx = c1Context();
    expect(handleDmRequest(ctx, incoming('POST', '/1/0/1')).code).toBe('4.05');
    expect(handleDmRequest(ctx, incoming('POST', '/1/0/9')).code).toBe('4.04');
  });
});

describe('Discover (TS-Core §6.3.4)', () => {
  it('lists the instance, its resources and dim for multiple resources', () => {
    const res = handleDmRequest(c1Context([[3, 4, () => undefined]]), incoming('GET', '/3/0', { accept: 40 }));
    expect(res.payload!.toString()).toBe('</3/0>,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/4>,</3/0/11>;dim=1,</3/0/16>');
  });
});

describe('every data format the codecs offer (TS-Core 1.2 §7.5)', () => {
  const instance = { objectId: 1, instanceId: 0 };
  it.each([110, 112, 11542, 11543, 11544])('reads /1/0 and partially updates it in Content-Format %i', (cf) => {
    const ctx = c1Context();
    const read = handleDmRequest(ctx, incoming('GET', '/1/0', { accept: cf }));
    expect(read.code).toBe('2.05');
    expect(read.contentFormat).toBe(cf);
    expect(codecFor(cf)!.decode(read.payload!, instance, ctx.model)).toHaveLength(4);
    const payload = codecFor(cf)!.encode([{ path: { ...instance, resourceId: 1 }, value: 61 }], instance, ctx.model);
    expect(handleDmRequest(ctx, incoming('POST', '/1/0', { contentFormat: cf, payload })).code).toBe('2.04');
    expect(ctx.tree.resource(1, 0, 1)).toBe(61);
  });

  it('reads one value in CBOR (60) and refuses CBOR for an Object Instance (4.06)', () => {
    const ctx = c1Context();
    const read = handleDmRequest(ctx, incoming('GET', '/1/0/1', { accept: 60 }));
    expect(read.code).toBe('2.05');
    expect(codecFor(60)!.decode(read.payload!, { ...instance, resourceId: 1 }, ctx.model)[0]!.value).toBe(86400);
    expect(handleDmRequest(ctx, incoming('GET', '/1/0', { accept: 60 })).code).toBe('4.06');
  });
});
