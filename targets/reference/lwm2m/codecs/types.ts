/**
 * The LwM2M data model shared by every content-format codec (TS-Core §7.4 "Data Formats").
 * Content is a flat list of records, one per Resource or Resource Instance, keyed by full path —
 * the same shape as SenML, so TLV, plain text, JSON and CBOR codecs all meet in one model.
 */

/** `/3/0/11/1` → { objectId: 3, instanceId: 0, resourceId: 11, resourceInstanceId: 1 } (TS-Core §6.1 paths). */
export interface Lwm2mPath {
  objectId: number;
  instanceId?: number;
  resourceId?: number;
  resourceInstanceId?: number;
}

/** An Objlnk value, `oid:iid` (TS-Core App. C). */
export interface ObjectLink {
  objectId: number;
  instanceId: number;
}

/** Data types of TS-Core Appendix C. */
export type ResourceType = 'string' | 'integer' | 'unsigned' | 'float' | 'boolean' | 'opaque' | 'time' | 'objlnk' | 'corelnk' | 'none';

/** A decoded value. Integers beyond 2^53 are bigint; `time` is seconds since the epoch as a number. */
export type ResourceValue = string | number | bigint | boolean | Buffer | ObjectLink;

/** One Resource (single-instance) or Resource Instance value. `path` always names at least a resource. */
export interface Lwm2mRecord {
  path: Lwm2mPath;
  value: ResourceValue;
}

/** What a codec needs to know about a resource; comes from the DDF model. */
export interface ResourceDef {
  id: number;
  name: string;
  type: ResourceType;
  multiple: boolean;
  mandatory: boolean;
  /** `R`, `W`, `RW`, `E` or `` as in the DDF `<Operations>`. */
  operations: string;
}

export interface ModelLookup {
  resource(objectId: number, resourceId: number): ResourceDef | undefined;
}

/** A payload that is not valid for its content format. Decoders throw only this, never anything else. */
export class CodecError extends Error {
  override readonly name = 'CodecError';
  constructor(
    readonly contentFormat: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ContentCodec {
  /** CoAP Content-Format number (RFC 7252 §12.3; LwM2M TS-Core Table 7.3-1). */
  readonly contentFormat: number;
  /** Media type, e.g. `application/vnd.oma.lwm2m+tlv`. */
  readonly mediaType: string;
  /** Encodes records that all lie under `requestPath`. */
  encode(records: readonly Lwm2mRecord[], requestPath: Lwm2mPath, model: ModelLookup): Buffer;
  /** Decodes a payload addressed to/from `requestPath`; throws CodecError on malformed input. */
  decode(payload: Buffer, requestPath: Lwm2mPath, model: ModelLookup): Lwm2mRecord[];
}
