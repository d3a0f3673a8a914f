/**
 * Write-Attributes (TS-Core §6.3.4; TS-Transport §6.4.4 "PUT with Uri-Query, no payload"): attaches
 * or removes <NOTIFICATION> attributes for the requesting server only.
 *
 * 2.04 when stored; 4.04 for a path that does not exist; 4.05 on a resource that cannot be read
 * (an executable: Write-Attributes needs the R right, TS-Core Table 8.2-1); 4.00 for an unknown
 * attribute, a malformed value, gt/lt/st on a non-numeric resource or above resource level, edge on
 * a non-boolean one, or thresholds breaking "lt + 2·st < gt" (TS-Core §7.3.2). All-or-nothing.
 */
import type { Lwm2mPath } from '../../codecs/types';
import type { CoapResponseSpec } from '../../../transport/coap-udp/types';
import { pathDepth } from '../../model/path';
import { isReadable } from '../access';
import { hasExecutable, type DmContext } from '../dm-context';
import { AttributeSyntaxError, hasAttributes, parseAttributeQuery, type AttributeQuery } from './attribute-query';
import { overlay, thresholdsConsistent, type AttributeName, type AttributeSet } from './attribute-set';
import type { AttributeStore } from './attribute-store';

const NUMERIC_TYPES = new Set(['integer', 'unsigned', 'float']);

/** Why the attributes of `q` cannot be attached at `path`, or undefined when they can. */
export function misplacedAttribute(ctx: DmContext, path: Lwm2mPath, set: AttributeSet): string | undefined {
  const def = path.resourceId === undefined ? undefined : ctx.model.resource(path.objectId, path.resourceId);
  const present = (n: AttributeName) => set[n] !== undefined;
  if ((['gt', 'lt', 'st'] as const).some(present)) {
    if (pathDepth(path) < 3) return 'gt, lt and st attach to Resources or Resource Instances only';
    if (!def || !NUMERIC_TYPES.has(def.type)) return `gt, lt and st need a numeric resource, ${def?.type ?? 'unknown'} is not`;
  }
  if (present('edge') && (pathDepth(path) < 3 || def?.type !== 'boolean')) return 'edge needs a Boolean resource';
  return undefined;
}

export function handleWriteAttributes(
  ctx: DmContext,
  store: AttributeStore,
  path: Lwm2mPath,
  query: readonly string[],
): CoapResponseSpec {
  const executable = pathDepth(path) === 3 && hasExecutable(ctx, path.objectId, path.instanceId!, path.resourceId!);
  if (!ctx.tree.exists(path)) return { code: executable ? '4.05' : '4.04' };
  if (path.resourceId !== undefined) {
    const def = ctx.model.resource(path.objectId, path.resourceId);
    if (!def || !isReadable(def)) return { code: '4.05' };
  }
  let q: AttributeQuery;
  try {
    q = parseAttributeQuery(query, 'refuse');
  } catch (e) {
    if (e instanceof AttributeSyntaxError) return diagnostic(e.message);
    throw e;
  }
  if (!hasAttributes(q)) return diagnostic('Write-Attributes without any attribute');
  const misplaced = misplacedAttribute(ctx, path, q.set);
  if (misplaced) return diagnostic(misplaced);
  const kept = store.attached(path);
  for (const name of q.clear) delete kept[name];
  const next = overlay(kept, q.set);
  // The thresholds a notification would use are the inherited ones: check those (TS-Core §7.3.2).
  if (!thresholdsConsistent(overlay(store.inheritedAbove(path), next))) return diagnostic('thresholds break "lt + 2·st < gt"');
  store.attach(path, next);
  return { code: '2.04' };
}

function diagnostic(text: string): CoapResponseSpec {
  return { code: '4.00', payload: Buffer.from(text, 'utf8') };
}
