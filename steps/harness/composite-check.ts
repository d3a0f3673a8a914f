/**
 * What a Read-Composite answer, an Observe-Composite notification or a Send must hold (TS-Core 1.2
 * §6.3.8, §6.4.4, §6.4.6): every provisioned readable value under each listed path that exists, and
 * nothing else — no value outside the listed paths (other values under a listed Object Instance MAY
 * appear, ETS int-280), none of /0, /21 or /23 (int-235), no executable or unreadable resource
 * (int-281). Also the request bodies: SenML path lists, the root `/` included.
 */
import type { ClientConfiguration } from '../../targets/roles/lwm2m-client';
import { encodeCbor } from '../../targets/reference/lwm2m/codecs/cbor-values';
import { isCompositeCodec } from '../../targets/reference/lwm2m/codecs/composite';
import { codecFor } from '../../targets/reference/lwm2m/codecs/registry';
import type { Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, isUnder, parsePath } from '../../targets/reference/lwm2m/model/path';
import { InconclusiveError } from '../support/verdict';
import { missingProvisioned, provisionedUnder } from './provisioned-records';

const NOT_FOR_SERVERS = [0, 21, 23];

/** The FETCH body listing `paths` (TS-Core Table 7.4.4-6); `/` is the root. */
export function pathListBody(paths: readonly string[], cf: number): Buffer {
  if (paths.includes('/')) {
    if (paths.length > 1) throw new Error('feature error: the root / is listed alone');
    if (cf === 110) return Buffer.from('[{"n":"/"}]', 'utf8');
    if (cf === 112) return encodeCbor([new Map([[0, '/']])]);
    throw new InconclusiveError(`the suite cannot list the root in Content-Format ${cf}`);
  }
  const codec = codecFor(cf);
  if (!isCompositeCodec(codec)) throw new InconclusiveError(`the suite has no composite codec for Content-Format ${cf}`);
  return codec.encodePathList(paths.map(parsePath));
}

/** Problems of a composite payload against the listed paths; empty when it is right. */
export function compositeProblems(records: readonly Lwm2mRecord[], paths: readonly string[], config: ClientConfiguration): string[] {
  const problems: string[] = [];
  const targets = paths.map((p) => (p === '/' ? ('root' as const) : parsePath(p)));
  for (const t of targets) problems.push(...missingProvisioned(records, provisionedUnder(config, t)).map((m) => `missing ${m}`));
  for (const r of records) {
    const where = formatPath(r.path);
    if (NOT_FOR_SERVERS.includes(r.path.objectId)) problems.push(`${where} must never reach a Server`);
    else if (!targets.some((t) => t === 'root' || isUnder(r.path, t))) problems.push(`${where} was not asked for`);
    else if (!defaultModel().resource(r.path.objectId, r.path.resourceId!)?.operations.includes('R')) problems.push(`${where} is not readable`);
  }
  return problems;
}
