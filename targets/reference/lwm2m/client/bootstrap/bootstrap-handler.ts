/**
 * The Bootstrap Interface as the client serves it to its Bootstrap-Server (TS-Core §6.1.7;
 * TS-Transport §6.4.2 Table 6.4.2-1), by CoAP method and path:
 *
 *   PUT /o[/i[/r]] → Bootstrap-Write · GET / or /o, Accept 40 → Bootstrap-Discover
 *   GET /1[/i], /2[/i] → Bootstrap-Read · DELETE /, /o, /o/i → Bootstrap-Delete
 *   POST /bs (empty) → Bootstrap-Finish: 2.04 when the configuration is consistent, else 4.06
 */
import type { Lwm2mPath } from '../../codecs/types';
import type { CoapResponseSpec, IncomingRequest } from '../../../transport/coap-udp/types';
import { InvalidPathError, parsePath } from '../../model/path';
import { LINK_FORMAT, type BootstrapContext } from './bootstrap-context';
import { handleBootstrapDelete } from './bootstrap-delete';
import { handleBootstrapDiscover } from './bootstrap-discover';
import { handleBootstrapRead } from './bootstrap-read';
import { handleBootstrapWrite } from './bootstrap-write';
import { bootstrapInconsistency } from './consistency';

export interface BootstrapHandlerHooks {
  /** Bootstrap-Finish was accepted (called after the 2.04 is on its way). */
  finished(): void;
  /** Every Bootstrap-Server request, for the EXCHANGE_LIFETIME watchdog and the log. */
  activity?(what: string): void;
  /** Fault injection (broken target): answer Finish 2.04 even when inconsistent (breaks ETS int-9). */
  acceptIncomplete?: boolean;
  log(line: string): void;
}

export function handleBootstrapRequest(ctx: BootstrapContext, req: IncomingRequest, hooks: BootstrapHandlerHooks): CoapResponseSpec {
  const segments = req.pathSegments.filter((s) => s !== '');
  hooks.activity?.(`${req.method} ${req.path}`);
  if (req.method === 'POST' && segments.length === 1 && segments[0] === 'bs') return finish(ctx, hooks);
  let path: Lwm2mPath | undefined;
  try {
    path = segments.length === 0 ? undefined : parsePath('/' + segments.join('/'));
  } catch (e) {
    if (e instanceof InvalidPathError) return { code: '4.00' };
    throw e;
  }
  switch (req.method) {
    case 'PUT':
      return path === undefined ? { code: '4.00' } : handleBootstrapWrite(ctx, path, req.contentFormat, req.payload);
    case 'GET':
      if (req.accept === LINK_FORMAT) return handleBootstrapDiscover(ctx, path);
      return path === undefined ? { code: '4.00' } : handleBootstrapRead(ctx, path, req.accept);
    case 'DELETE':
      return handleBootstrapDelete(ctx, path);
    default:
      return { code: '4.05' };
  }
}

function finish(ctx: BootstrapContext, hooks: BootstrapHandlerHooks): CoapResponseSpec {
  const problem = bootstrapInconsistency(ctx.tree, ctx.model);
  if (problem !== undefined) {
    hooks.log(`Bootstrap-Finish: inconsistent configuration: ${problem}`);
    if (!hooks.acceptIncomplete) return { code: '4.06' };
  }
  setImmediate(() => hooks.finished());
  return { code: '2.04' };
}
