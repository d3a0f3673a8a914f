/**
 * How the scripted client answers the server under test (TS-Transport §6.4.4 Table 6.4.4-1, §6.4.5):
 * Read/Discover/Observe (GET), Write-Replace and Write-Attributes (PUT), Partial Update, Create and
 * Execute (POST), Delete, Read-/Observe-Composite (FETCH), Write-Composite (iPATCH). Answers follow
 * TS-Core so that what the server does with them is what is being tested: 4.04 for what does not
 * exist, 4.05 for a Write on a read-only resource (ETS int-256) or Delete of the Device instance
 * (int-685), 4.01 for the Security Object, 4.00 for a payload that does not decode.
 */
import { codecFor } from '../../targets/reference/lwm2m/codecs/registry';
import { isCompositeCodec } from '../../targets/reference/lwm2m/codecs/composite';
import { serializeLinkFormat } from '../../targets/reference/lwm2m/codecs/link-format';
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ModelLookup } from '../../targets/reference/lwm2m/codecs/types';
import type { ObjectModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, parsePath, pathDepth } from '../../targets/reference/lwm2m/model/path';
import type { CoapResponseSpec, IncomingRequest } from '../../targets/reference/transport/coap-udp/types';
import type { ClientObservations } from './client-observations';
import { chooseFormat, compositeResponse, contentResponse } from './content-choice';
import type { ScriptedObjects } from './scripted-objects';

export interface ResponderContext {
  objects: ScriptedObjects;
  model: ObjectModel;
  observations: ClientObservations;
  /** The format the client answers every Read in, whatever the Accept (ETS int-237); undefined: honour Accept. */
  forcedFormat?: number;
}

const LINK_FORMAT = 40;
const SECURITY_OBJECT = 0;

const reply = (code: string, why?: string): CoapResponseSpec => (why ? { code, payload: Buffer.from(why, 'utf8') } : { code });

class Refusal extends Error {
  constructor(readonly response: CoapResponseSpec) {
    super(response.code);
  }
}

function decode(req: IncomingRequest, path: Lwm2mPath, model: ModelLookup): Lwm2mRecord[] {
  const codec = req.contentFormat === undefined ? undefined : codecFor(req.contentFormat);
  if (!codec) throw new Refusal(reply('4.15', `Content-Format ${req.contentFormat ?? '(none)'} is not supported`));
  try {
    return codec.decode(req.payload, path, model);
  } catch (e) {
    if (e instanceof CodecError) throw new Refusal(reply('4.00', e.message));
    throw e;
  }
}

function compositeCodec(cf: number | undefined) {
  const codec = cf === undefined ? undefined : codecFor(cf);
  if (!isCompositeCodec(codec)) throw new Refusal(reply('4.15', `Content-Format ${cf ?? '(none)'} cannot carry composite content`));
  return codec;
}

function requireWritable(records: readonly Lwm2mRecord[], model: ModelLookup): void {
  for (const r of records) {
    const def = r.path.resourceId === undefined ? undefined : model.resource(r.path.objectId, r.path.resourceId);
    if (def && !def.operations.includes('W')) throw new Refusal(reply('4.05', `${formatPath(r.path)} is not writable (${def.operations})`));
  }
}

export function answerDmRequest(ctx: ResponderContext, req: IncomingRequest): CoapResponseSpec {
  try {
    if (req.pathSegments.length === 0) return composite(ctx, req);
    let path: Lwm2mPath;
    try {
      path = parsePath(req.path);
    } catch (e) {
      return reply('4.00', (e as Error).message);
    }
    if (path.objectId === SECURITY_OBJECT) return reply('4.01', 'the Security Object is not accessible to an LwM2M Server (TS-Core §E.1)');
    return single(ctx, req, path);
  } catch (e) {
    if (e instanceof Refusal) return e.response;
    throw e;
  }
}

function single(ctx: ResponderContext, req: IncomingRequest, path: Lwm2mPath): CoapResponseSpec {
  const { objects, model } = ctx;
  const depth = pathDepth(path);
  switch (req.method) {
    case 'GET': {
      if (!objects.exists(path)) return reply('4.04');
      if (req.accept === LINK_FORMAT) return { code: '2.05', contentFormat: LINK_FORMAT, payload: Buffer.from(serializeLinkFormat(objects.discover(path)), 'utf8') };
      const records = objects.read(path);
      const cf = chooseFormat(path, records, req.accept, ctx.forcedFormat);
      const response = contentResponse(path, records, cf, model);
      if (req.observe === 0 && response.code === '2.05') return { ...response, observe: ctx.observations.start(req.message.token, req.peer, 'single', [path], cf).seq };
      if (req.observe === 1) ctx.observations.cancel(req.message.token);
      return response;
    }
    case 'PUT': {
      if (req.payload.length === 0 && req.query.length > 0) {
        if (!objects.exists(path)) return reply('4.04');
        objects.writeAttributes(path, req.query);
        return reply('2.04');
      }
      if (depth < 2 || !objects.exists({ objectId: path.objectId, instanceId: path.instanceId })) return reply(depth < 2 ? '4.05' : '4.04');
      const records = decode(req, path, model);
      requireWritable(records, model);
      objects.replace(path, records);
      return reply('2.04');
    }
    case 'POST':
      if (depth === 1) return create(ctx, req, path);
      if (depth === 3) {
        // Executable resources hold no value (nothing to read), so only their instance must exist.
        const def = model.resource(path.objectId, path.resourceId!);
        if (!objects.hasInstance(path.objectId, path.instanceId!) || !def) return reply('4.04');
        if (!def.operations.includes('E')) return reply('4.05', `${req.path} is not executable`);
        objects.executed.push({ path: req.path, args: req.payload.toString('utf8') });
        return reply('2.04');
      }
      if (depth !== 2) return reply('4.05');
      if (!objects.exists(path)) return reply('4.04');
      {
        const records = decode(req, path, model);
        requireWritable(records, model);
        objects.update(records);
        return reply('2.04');
      }
    case 'DELETE': {
      if (depth !== 2) return reply('4.05', 'Delete addresses an Object Instance');
      const object = model.object(path.objectId);
      if (object && object.mandatory && !object.multiple) return reply('4.05', `the single mandatory instance ${req.path} cannot be deleted`);
      return objects.deleteInstance(path) ? reply('2.02') : reply('4.04');
    }
    default:
      return reply('4.05');
  }
}

function create(ctx: ResponderContext, req: IncomingRequest, path: Lwm2mPath): CoapResponseSpec {
  const records = decode(req, path, ctx.model);
  const ids = [...new Set(records.map((r) => r.path.instanceId))];
  if (ids.length > 1) return reply('4.00', 'Create carries one Object Instance');
  const instanceId = ids[0] ?? ctx.objects.freeInstanceId(path.objectId);
  if (ctx.objects.hasInstance(path.objectId, instanceId)) return reply('4.00', `/${path.objectId}/${instanceId} already exists`);
  ctx.objects.create(path.objectId, instanceId, records);
  return { code: '2.01', locationPath: [String(path.objectId), String(instanceId)] };
}

function composite(ctx: ResponderContext, req: IncomingRequest): CoapResponseSpec {
  const { objects, model } = ctx;
  if (req.method === 'FETCH') {
    const paths = compositeCodec(req.contentFormat).decodePathList(req.payload);
    const records = paths.flatMap((p) => objects.read(p));
    const cf = ctx.forcedFormat ?? req.accept ?? req.contentFormat;
    const response = compositeResponse(records, cf, model);
    if (req.observe === 0 && response.code === '2.05') return { ...response, observe: ctx.observations.start(req.message.token, req.peer, 'composite', paths, response.contentFormat!).seq };
    if (req.observe === 1) ctx.observations.cancel(req.message.token);
    return response;
  }
  if (req.method === 'iPATCH') {
    let records: Lwm2mRecord[];
    try {
      records = compositeCodec(req.contentFormat).decodeComposite(req.payload, model);
    } catch (e) {
      if (e instanceof CodecError) return reply('4.00', e.message);
      throw e;
    }
    requireWritable(records, model);
    if (records.some((r) => !objects.hasInstance(r.path.objectId, r.path.instanceId!))) return reply('4.04', 'Write-Composite names an Object Instance that does not exist');
    objects.update(records);
    return reply('2.04');
  }
  return reply('4.05');
}
