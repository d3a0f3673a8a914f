/**
 * The targets of a Read-Composite or Observe-Composite (TS-Core 1.2 §6.3.8, §6.4.4): a SenML path
 * list in the FETCH body (TS-Core Table 7.4.4-6), each path at any depth, or the root `/` meaning every
 * Object the server may read (ETS int-235). The codecs' path lists hold LwM2M paths only, so a list
 * naming `/` is recognised here from the raw SenML records.
 */
import { readCbor } from '../../codecs/cbor-reader';
import { isCompositeCodec } from '../../codecs/composite';
import { CodecError, type ContentCodec, type Lwm2mPath } from '../../codecs/types';
import { isUnder } from '../../model/path';
import { ContentFormat } from '../content-format';

export type CompositeTarget = Lwm2mPath | 'root';

/** SenML name labels: `bn` and `n` (RFC 8428 §4.1 JSON keys; §6 CBOR labels -2 and 0). */
function rawNames(cf: number, payload: Buffer): string[] | undefined {
  try {
    if (cf === ContentFormat.SenmlJson) {
      const pack: unknown = JSON.parse(payload.toString('utf8'));
      if (!Array.isArray(pack)) return undefined;
      let bn = '';
      return pack.map((r: Record<string, unknown>) => {
        if (typeof r?.['bn'] === 'string') bn = r['bn'];
        return bn + (typeof r?.['n'] === 'string' ? r['n'] : '');
      });
    }
    if (cf === ContentFormat.SenmlCbor) {
      const pack = readCbor(payload, cf);
      if (!Array.isArray(pack)) return undefined;
      let bn = '';
      return pack.map((r) => {
        if (!(r instanceof Map)) return '';
        const b = r.get(-2);
        const n = r.get(0);
        if (typeof b === 'string') bn = b;
        return bn + (typeof n === 'string' ? n : '');
      });
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The targets of a path list in `cf`; throws CodecError when it is not one. */
export function decodeTargets(codec: ContentCodec, payload: Buffer): CompositeTarget[] {
  if (!isCompositeCodec(codec)) throw new CodecError(codec.contentFormat, 'not a composite format');
  try {
    return codec.decodePathList(payload);
  } catch (e) {
    if (!(e instanceof CodecError)) throw e;
    if (rawNames(codec.contentFormat, payload)?.includes('/')) return ['root'];
    throw e;
  }
}

/** True when a change at `path` concerns `target` (either lies under the other). */
export function touches(target: CompositeTarget, path: Lwm2mPath): boolean {
  return target === 'root' || isUnder(path, target) || isUnder(target, path);
}
