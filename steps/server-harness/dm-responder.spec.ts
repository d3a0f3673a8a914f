import { C12 } from '../../targets/reference/lwm2m/configurations/c12';
import { tlvCodec } from '../../targets/reference/lwm2m/codecs/tlv';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import type { CoapMethod, IncomingRequest } from '../../targets/reference/transport/coap-udp/types';
import { configurationRecords } from './configuration-records';
import { answerDmRequest, type ResponderContext } from './dm-responder';
import { ScriptedObjects } from './scripted-objects';

const model = defaultModel();

function request(method: CoapMethod, path: string, extra: Partial<IncomingRequest> = {}): IncomingRequest {
  const pathSegments = path.split('/').filter(Boolean);
  return {
    method,
    path,
    pathSegments,
    query: [],
    payload: Buffer.alloc(0),
    message: { type: 'CON', code: '0.01', messageId: 1, token: Buffer.from('01', 'hex'), options: [], payload: Buffer.alloc(0) },
    peer: { address: '127.0.0.1', port: 1 },
    ...extra,
  };
}

describe('the scripted Client answers per TS-Core', () => {
  let ctx: ResponderContext;
  beforeEach(() => {
    const objects = new ScriptedObjects(model, configurationRecords(C12));
    ctx = { objects, model, observations: { start: () => ({ seq: 1 }), cancel: () => undefined } as never };
  });

  it('reads in the Accept format, or text for one resource and TLV otherwise', () => {
    expect(answerDmRequest(ctx, request('GET', '/3/0/0'))).toMatchObject({ code: '2.05', contentFormat: 0 });
    expect(answerDmRequest(ctx, request('GET', '/3/0'))).toMatchObject({ code: '2.05', contentFormat: 11542 });
    expect(answerDmRequest(ctx, request('GET', '/5/0'))).toMatchObject({ code: '4.04' });
    expect(answerDmRequest(ctx, request('GET', '/0/0'))).toMatchObject({ code: '4.01' });
  });

  it('refuses a Write on a read-only resource with 4.05 and keeps the value (ETS int-256)', () => {
    const put = request('PUT', '/1/0/0', { contentFormat: 0, payload: Buffer.from('123') });
    expect(answerDmRequest(ctx, put)).toMatchObject({ code: '4.05' });
    expect(ctx.objects.get('/1/0/0')?.value).toBe(1);
  });

  it('executes executable resources only', () => {
    expect(answerDmRequest(ctx, request('POST', '/1/0/8'))).toMatchObject({ code: '2.04' });
    expect(ctx.objects.executed).toEqual([{ path: '/1/0/8', args: '' }]);
    expect(answerDmRequest(ctx, request('POST', '/1/0/1'))).toMatchObject({ code: '4.05' });
  });

  it('creates and deletes Object Instances; the Device instance cannot be deleted', () => {
    const payload = tlvCodec.encode([{ path: { objectId: 16, instanceId: 1, resourceId: 0, resourceInstanceId: 0 }, value: 'x' }], { objectId: 16 }, model);
    expect(answerDmRequest(ctx, request('POST', '/16', { contentFormat: 11542, payload }))).toMatchObject({ code: '2.01', locationPath: ['16', '1'] });
    expect(ctx.objects.hasInstance(16, 1)).toBe(true);
    expect(answerDmRequest(ctx, request('DELETE', '/16/0'))).toMatchObject({ code: '2.02' });
    expect(answerDmRequest(ctx, request('DELETE', '/16/0'))).toMatchObject({ code: '4.04' });
    expect(answerDmRequest(ctx, request('DELETE', '/3/0'))).toMatchObject({ code: '4.05' });
  });

  it('keeps Write-Attributes and shows them in Discover', () => {
    expect(answerDmRequest(ctx, request('PUT', '/3', { query: ['pmin=10', 'pmax=200'] }))).toMatchObject({ code: '2.04' });
    const discover = answerDmRequest(ctx, request('GET', '/3', { accept: 40 }));
    expect(discover.payload?.toString()).toMatch(/^<\/3>;pmin=10;pmax=200,<\/3\/0>,<\/3\/0\/0>/);
  });
});
