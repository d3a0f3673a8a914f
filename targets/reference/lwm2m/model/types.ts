/**
 * The object model read from OMA DDF XML (TS-Core §5.1 / App. D "Object Template"). Extends the
 * codec-facing `ResourceDef` with what a validator or a typed-path generator also wants.
 */
import type { ResourceDef } from '../codecs/types';

/** A `<RangeEnumeration>` the suite can check; anything else is kept as text only. */
export type ResourceRange =
  | { kind: 'value'; min: number; max: number }
  | { kind: 'length'; min: number; max: number }
  | { kind: 'enum'; values: readonly number[] };

export interface ResourceDefinition extends ResourceDef {
  /** `<RangeEnumeration>` as written in the DDF ("" when none). */
  readonly rangeEnumeration: string;
  /** Parsed form of `rangeEnumeration` when it follows a simple pattern (`0..255`, `32 bytes`, `16,32,48`). */
  readonly range?: ResourceRange;
  readonly units: string;
}

export interface ObjectDefinition {
  readonly id: number;
  readonly name: string;
  /** `<ObjectVersion>`, e.g. "1.2" (TS-Core §7.2.2 "Object Versioning"); "1.0" when absent. */
  readonly version: string;
  /** `<LWM2MVersion>`: the minimum enabler version the object needs; "1.0" when absent. */
  readonly lwm2mVersion: string;
  /** `<MultipleInstances>Multiple</MultipleInstances>` at object level. */
  readonly multiple: boolean;
  readonly mandatory: boolean;
  readonly urn: string;
  readonly resources: ReadonlyMap<number, ResourceDefinition>;
}
