/**
 * The Device Management & Service Enablement and Information Reporting interfaces of the client
 * (TS-Core §6.3, §6.4): maps a CoAP request to the operation TS-Transport §6.4.4/§6.4.5 assigns it.
 *
 *   GET Accept 40 → Discover (1.2 `?depth=`) · GET + Observe → Observe / Cancel · GET → Read
 *   PUT with payload → Write (replace) · PUT without payload → Write-Attributes
 *   POST /o/i/r → Execute · POST /o/i → Write (partial update) · POST /o → Create
 *   DELETE /o/i (/o/i/r/ri) → Delete · FETCH / → Read-Composite (+ Observe → Observe-Composite)
 *   iPATCH / → Write-Composite
 *
 * Without an observe service, Observe is served as a plain Read (RFC 7641 §2: a server that does not
 * support Observe answers without the option).
 */
import type { Lwm2mPath } from '../codecs/types';
import type { CoapResponseSpec, IncomingRequest } from '../../transport/coap-udp/types';
import { InvalidPathError, parsePath, pathDepth } from '../model/path';
import { BOOTSTRAP_ONLY_OBJECTS } from './access';
import { AttributeStore } from './attributes/attribute-store';
import type { ServerDefaults } from './attributes/effective';
import { handleWriteAttributes } from './attributes/write-attributes';
import { handleReadComposite } from './composite/read-composite';
import { handleWriteComposite } from './composite/write-composite';
import { ContentFormat } from './content-format';
import { handleCreate } from './create';
import { handleDelete } from './delete';
import type { DmContext } from './dm-context';
import { depthOf, handleDiscover } from './discover';
import { handleExecute } from './execute';
import type { ObserveService } from './observe/observe-service';
import { handleRead } from './read';
import { handleWrite, type WriteMode, type WriteOutcome } from './write';

export interface DmHooks {
  /** Called after a successful Write (any kind) with the Resources it changed. */
  afterWrite?(changed: Lwm2mPath[]): void;
  /** The requesting server's attributes (Write-Attributes, Discover); default: an empty store. */
  attributes?: AttributeStore;
  /** The requesting server's default pmin/pmax (/1/x/2, /1/x/3). */
  defaults?(): ServerDefaults;
  /** Observe for the requesting server; absent: Observe is answered as a Read. */
  observe?: ObserveService;
}

const isRoot = (req: IncomingRequest) => req.pathSegments.length === 0 || (req.pathSegments.length === 1 && req.pathSegments[0] === '');

export function handleDmRequest(ctx: DmContext, req: IncomingRequest, hooks: DmHooks = {}): CoapResponseSpec {
  if (req.method === 'FETCH' || req.method === 'iPATCH') return composite(ctx, req, hooks);
  if (isRoot(req)) return { code: '4.05' };
  let path: Lwm2mPath;
  try {
    path = parsePath(req.path);
  } catch (e) {
    if (e instanceof InvalidPathError) return { code: '4.00' };
    throw e;
  }
  // TS-Core §6.3, §6.4: /0, /21 and /23 are for the Bootstrap-Server only (ETS int-221).
  if (BOOTSTRAP_ONLY_OBJECTS.has(path.objectId)) return { code: '4.01' };
  const attributes = hooks.attributes ?? new AttributeStore();
  const defaults = hooks.defaults?.() ?? {};
  switch (req.method) {
    case 'GET':
      if (req.accept === ContentFormat.LinkFormat) {
        let depth: number | undefined;
        try {
          depth = depthOf(req.query);
        } catch {
          return { code: '4.00' };
        }
        return handleDiscover(ctx, path, { attributes, defaults }, depth);
      }
      if (req.observe !== undefined && hooks.observe) return hooks.observe.observe(req, path);
      return handleRead(ctx, path, req.accept);
    case 'PUT':
      if (req.payload.length === 0 && req.contentFormat === undefined) {
        const response = handleWriteAttributes(ctx, attributes, path, req.query);
        if (response.code === '2.04') hooks.observe?.attributesChanged();
        return response;
      }
      return write(ctx, req, path, 'replace', hooks);
    case 'POST':
      if (pathDepth(path) >= 3) return handleExecute(ctx, path, req.payload);
      if (pathDepth(path) === 2) return write(ctx, req, path, 'partial-update', hooks);
      return handleCreate(ctx, path.objectId, req.contentFormat, req.payload).response;
    case 'DELETE': {
      const outcome = handleDelete(ctx, path);
      if (outcome.deleted) attributes.removeUnder(outcome.deleted);
      return outcome.response;
    }
    default:
      return { code: '4.05' };
  }
}

/** FETCH and iPATCH address the root (TS-Transport §6.4.4); anything else is not allowed. */
function composite(ctx: DmContext, req: IncomingRequest, hooks: DmHooks): CoapResponseSpec {
  if (!isRoot(req)) return { code: '4.05' };
  if (req.method === 'iPATCH') return report(handleWriteComposite(ctx, req.contentFormat, req.payload), hooks);
  if (req.observe !== undefined && hooks.observe) return hooks.observe.observeComposite(req);
  return handleReadComposite(ctx, req);
}

function write(ctx: DmContext, req: IncomingRequest, path: Lwm2mPath, mode: WriteMode, hooks: DmHooks): CoapResponseSpec {
  return report(handleWrite(ctx, path, mode, req.contentFormat, req.payload), hooks);
}

function report(outcome: WriteOutcome, hooks: DmHooks): CoapResponseSpec {
  if (outcome.changed.length > 0) hooks.afterWrite?.(outcome.changed);
  return outcome.response;
}
