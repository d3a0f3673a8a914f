/**
 * Read-Composite (TS-Core 1.2 §6.3.8; TS-Transport §6.4.4 FETCH on `/`): the body lists the paths
 * (SenML JSON 110 or SenML CBOR 112, Content-Format required), the answer carries their values in the
 * Accept format (SenML JSON/CBOR or LwM2M CBOR; without Accept, the request's own format).
 * 4.15 for a body format the client cannot read, 4.00 for a malformed list, 4.06 for an Accept it
 * cannot produce (TS-Transport Table 6.7-3).
 */
import { isCompositeCodec } from '../../codecs/composite';
import { CodecError } from '../../codecs/types';
import type { CoapResponseSpec, IncomingRequest } from '../../../transport/coap-udp/types';
import type { DmContext } from '../dm-context';
import { compositeRecords } from './composite-records';
import { decodeTargets, type CompositeTarget } from './composite-targets';

export type CompositeRequest = { targets: CompositeTarget[]; accept: number } | { refused: CoapResponseSpec };

/** The targets and answer format of a FETCH, or the refusal. */
export function parseCompositeRequest(ctx: DmContext, req: IncomingRequest): CompositeRequest {
  if (req.contentFormat === undefined) return { refused: { code: '4.00' } };
  const codec = ctx.codecFor(req.contentFormat);
  if (!isCompositeCodec(codec)) return { refused: { code: '4.15' } };
  const accept = req.accept ?? req.contentFormat;
  if (!isCompositeCodec(ctx.codecFor(accept))) return { refused: { code: '4.06' } };
  try {
    return { targets: decodeTargets(codec, req.payload), accept };
  } catch (e) {
    if (e instanceof CodecError) return { refused: { code: '4.00', payload: Buffer.from(e.message, 'utf8') } };
    throw e;
  }
}

/** 2.05 with the values of `targets` encoded in `accept` (a composite format). */
export function encodeComposite(ctx: DmContext, targets: readonly CompositeTarget[], accept: number): CoapResponseSpec {
  const codec = ctx.codecFor(accept);
  if (!isCompositeCodec(codec)) return { code: '4.06' };
  try {
    return { code: '2.05', contentFormat: accept, payload: codec.encodeComposite(compositeRecords(ctx, targets), ctx.model) };
  } catch (e) {
    if (e instanceof CodecError) return { code: '4.06' };
    throw e;
  }
}

export function handleReadComposite(ctx: DmContext, req: IncomingRequest): CoapResponseSpec {
  const parsed = parseCompositeRequest(ctx, req);
  if ('refused' in parsed) return parsed.refused;
  return encodeComposite(ctx, parsed.targets, parsed.accept);
}
