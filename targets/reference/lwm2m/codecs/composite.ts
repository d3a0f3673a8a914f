/**
 * Composite operations carry absolute paths to any object, with no request path (TS-Core 1.1/1.2 §6.3
 * Read-Composite, Write-Composite; §6.4 Observe-Composite; Send on `/dp`): FETCH and iPATCH bodies and
 * Send payloads name every value in full, and a Read-/Observe-Composite request body is a list of paths
 * only (TS-Core Table 7.4.4-6). SenML JSON, SenML CBOR and LwM2M CBOR implement this on top of ContentCodec.
 */
import type { ContentCodec, Lwm2mPath, Lwm2mRecord, ModelLookup } from './types';

export interface CompositeCodec extends ContentCodec {
  /** Values under any object, named absolutely. Without a model, types are inferred from the JS values. */
  encodeComposite(records: readonly Lwm2mRecord[], model?: ModelLookup): Buffer;
  /** Every value of a composite payload; throws CodecError on malformed input. */
  decodeComposite(payload: Buffer, model: ModelLookup): Lwm2mRecord[];
  /** A Read-/Observe-Composite request body: the paths alone (any depth, no duplicates). */
  encodePathList(paths: readonly Lwm2mPath[]): Buffer;
  decodePathList(payload: Buffer): Lwm2mPath[];
}

export function isCompositeCodec(codec: ContentCodec | undefined): codec is CompositeCodec {
  return codec !== undefined && 'decodeComposite' in codec && 'decodePathList' in codec;
}
