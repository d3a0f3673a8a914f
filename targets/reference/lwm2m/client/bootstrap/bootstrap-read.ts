/**
 * Bootstrap-Read (TS-Core 1.1 §6.1.7.4; TS-Transport §6.4.2 `GET /1[/i]`, `/2[/i]`): only the Server
 * and Access Control Objects may be read by the Bootstrap-Server (ETS int-8); anything else is 4.00.
 * TLV unless the Accept asks for another format the client can produce (4.06 otherwise).
 */
import { CodecError, type Lwm2mPath } from '../../codecs/types';
import type { CoapResponseSpec } from '../../../transport/coap-udp/types';
import { pathDepth } from '../../model/path';
import { TLV, type BootstrapContext } from './bootstrap-context';

const READABLE_OBJECTS = [1, 2];

export function handleBootstrapRead(ctx: BootstrapContext, path: Lwm2mPath, accept: number | undefined): CoapResponseSpec {
  if (!READABLE_OBJECTS.includes(path.objectId) || pathDepth(path) > 2) return { code: '4.00' };
  if (path.instanceId !== undefined && !ctx.tree.hasInstance(path.objectId, path.instanceId)) return { code: '4.04' };
  const contentFormat = accept ?? TLV;
  const codec = ctx.codecFor(contentFormat);
  if (!codec) return { code: '4.06' };
  try {
    return { code: '2.05', contentFormat, payload: codec.encode(ctx.tree.records(path), path, ctx.model) };
  } catch (e) {
    if (e instanceof CodecError) return { code: '4.06' };
    throw e;
  }
}
