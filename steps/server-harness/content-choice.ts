/**
 * Which Content-Format the scripted client answers a Read in (TS-Core §7.4 / 1.2 §7.5): the one the
 * scenario forces (ETS int-237: the client chooses, the server must decode any), else the Accept
 * the server asked for, else plain text for one resource and TLV for anything larger — what a 1.0
 * client without Accept would send.
 */
import { codecFor } from '../../targets/reference/lwm2m/codecs/registry';
import { isCompositeCodec } from '../../targets/reference/lwm2m/codecs/composite';
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ModelLookup } from '../../targets/reference/lwm2m/codecs/types';
import { pathDepth } from '../../targets/reference/lwm2m/model/path';
import type { CoapResponseSpec } from '../../targets/reference/transport/coap-udp/types';

const TEXT = 0;
const TLV = 11542;
const SENML_JSON = 110;

export function chooseFormat(path: Lwm2mPath, records: readonly Lwm2mRecord[], accept: number | undefined, forced: number | undefined): number {
  if (forced !== undefined) return forced;
  if (accept !== undefined) return accept;
  return pathDepth(path) >= 3 && records.length === 1 && records[0]!.path.resourceInstanceId === path.resourceInstanceId ? TEXT : TLV;
}

const notAcceptable = (why: string): CoapResponseSpec => ({ code: '4.06', payload: Buffer.from(why, 'utf8') });

/** A 2.05 with `records` under `path` in `contentFormat`, or 4.06 when that format cannot carry them. */
export function contentResponse(path: Lwm2mPath, records: readonly Lwm2mRecord[], contentFormat: number, model: ModelLookup): CoapResponseSpec {
  const codec = codecFor(contentFormat);
  if (!codec) return notAcceptable(`Content-Format ${contentFormat} is not supported`);
  try {
    return { code: '2.05', contentFormat, payload: codec.encode(records, path, model) };
  } catch (e) {
    if (e instanceof CodecError) return notAcceptable(e.message);
    throw e;
  }
}

/** A composite 2.05 (Read-Composite, Observe-Composite): SenML JSON unless told otherwise. */
export function compositeResponse(records: readonly Lwm2mRecord[], contentFormat: number | undefined, model: ModelLookup): CoapResponseSpec {
  const cf = contentFormat ?? SENML_JSON;
  const codec = codecFor(cf);
  if (!isCompositeCodec(codec)) return notAcceptable(`Content-Format ${cf} cannot carry composite content`);
  return { code: '2.05', contentFormat: cf, payload: codec.encodeComposite(records, model) };
}
