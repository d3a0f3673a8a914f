/**
 * The Device Management & Service Enablement interface of the client (TS-Core §6.3): maps a CoAP
 * request to the operation TS-Transport §6.4.4 assigns it and answers with the operation's code.
 *
 *   GET Accept 40 → Discover · GET → Read · PUT with payload → Write (replace)
 *   PUT without payload → Write-Attributes · POST /o/i/r → Execute · POST /o/i → Write (partial update)
 *   POST /o → Create · DELETE → Delete · FETCH/iPATCH → composite operations
 *
 * Operations the reference client does not implement (Write-Attributes, Create, Delete, composites)
 * are answered 4.05 Method Not Allowed, as Wakaama does. Observe is served as a plain Read (RFC 7641
 * §2: a server that does not support Observe answers without the option).
 */
import type { Lwm2mPath } from '../codecs/types';
import type { CoapResponseSpec, IncomingRequest } from '../../transport/coap-udp/types';
import { InvalidPathError, parsePath, pathDepth } from '../model/path';
import { BOOTSTRAP_ONLY_OBJECTS } from './access';
import { ContentFormat } from './content-format';
import type { DmContext } from './dm-context';
import { handleDiscover } from './discover';
import { handleExecute } from './execute';
import { handleRead } from './read';
import { handleWrite, type WriteMode } from './write';

export interface DmHooks {
  /** Called after a successful Write with the Resources it changed. */
  afterWrite?(changed: Lwm2mPath[]): void;
}

export function handleDmRequest(ctx: DmContext, req: IncomingRequest, hooks: DmHooks = {}): CoapResponseSpec {
  let path: Lwm2mPath;
  try {
    if (req.pathSegments.length === 0 || (req.pathSegments.length === 1 && req.pathSegments[0] === '')) return { code: '4.05' };
    path = parsePath(req.path);
  } catch (e) {
    if (e instanceof InvalidPathError) return { code: '4.00' };
    throw e;
  }
  if (BOOTSTRAP_ONLY_OBJECTS.has(path.objectId)) return { code: '4.01' };
  switch (req.method) {
    case 'GET':
      return req.accept === ContentFormat.LinkFormat ? handleDiscover(ctx, path) : handleRead(ctx, path, req.accept);
    case 'PUT':
      if (req.payload.length === 0 && req.contentFormat === undefined) return { code: '4.05' }; // Write-Attributes
      return write(ctx, req, path, 'replace', hooks);
    case 'POST':
      if (pathDepth(path) >= 3) return handleExecute(ctx, path, req.payload);
      if (pathDepth(path) === 2) return write(ctx, req, path, 'partial-update', hooks);
      return { code: '4.05' }; // Create
    default:
      return { code: '4.05' };
  }
}

function write(ctx: DmContext, req: IncomingRequest, path: Lwm2mPath, mode: WriteMode, hooks: DmHooks): CoapResponseSpec {
  const outcome = handleWrite(ctx, path, mode, req.contentFormat, req.payload);
  if (outcome.changed.length > 0) hooks.afterWrite?.(outcome.changed);
  return outcome.response;
}
