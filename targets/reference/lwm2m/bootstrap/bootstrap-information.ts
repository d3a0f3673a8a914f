/**
 * What the reference Bootstrap-Server provisions for an endpoint (TS-Core §6.1.2 "Bootstrap
 * Information"), in the configuration shape of ETS Appendix C, and how it travels: one
 * Bootstrap-Write per Object (`PUT /o`, every instance, TLV — TS-Core §6.1.7.5: an object-level write
 * carries its instances in TLV, SenML or LwM2M CBOR), or all of it as one Bootstrap-Pack (SenML CBOR,
 * TS-Core 1.2 §6.1.7.7).
 */
import type { ConfigInstance } from '../../../roles/lwm2m-client';
import { isCompositeCodec } from '../codecs/composite';
import { codecFor } from '../codecs/registry';
import type { Lwm2mRecord, ModelLookup } from '../codecs/types';
import { ObjectTree } from '../client/object-tree';

export interface BootstrapInformation {
  /** Object Instances to write, e.g. the Server Account (/0/0 and /1/0) of ETS C.1. */
  instances: ConfigInstance[];
  /** Bootstrap-Delete `/` before writing (default true), so the client keeps nothing stale. */
  deleteFirst?: boolean;
}

export const TLV = 11542;
export const SENML_CBOR = 112;

export interface ObjectWrite {
  objectId: number;
  contentFormat: number;
  payload: Buffer;
}

function recordsOf(info: BootstrapInformation, model: ModelLookup): { tree: ObjectTree; records: Lwm2mRecord[] } {
  const tree = ObjectTree.fromConfiguration({ id: 'bootstrap information', instances: info.instances }, model);
  const records = tree.objectIds().flatMap((objectId) => tree.records({ objectId }));
  return { tree, records };
}

/** One Bootstrap-Write per Object, Security first (the accounts), then the rest by Object ID. */
export function objectWrites(info: BootstrapInformation, model: ModelLookup): ObjectWrite[] {
  const { tree } = recordsOf(info, model);
  const tlv = codecFor(TLV)!;
  return tree.objectIds().map((objectId) => ({
    objectId,
    contentFormat: TLV,
    payload: tlv.encode(tree.records({ objectId }), { objectId }, model),
  }));
}

/** The whole Bootstrap Information as one SenML CBOR pack; undefined if no such codec is available. */
export function bootstrapPack(info: BootstrapInformation, model: ModelLookup): { contentFormat: number; payload: Buffer } | undefined {
  const codec = codecFor(SENML_CBOR);
  if (!isCompositeCodec(codec)) return undefined;
  return { contentFormat: SENML_CBOR, payload: codec.encodeComposite(recordsOf(info, model).records, model) };
}
