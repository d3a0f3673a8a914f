/**
 * OSCORE on a Server Account (RFC 8613; TS-Core 1.2 App. E.1 /0/x/17 "OSCORE Security Mode",
 * TS-Transport 1.2 §5.5, §6.4): when the account's Security instance links an OSCORE Object
 * instance (/21/y, DDF 21-2_0.xml), every message to and from that server is OSCORE-protected with
 * the Security Context derived from /21/y — over whatever transport the URI scheme picks (coap,
 * coaps, coap+tcp, coaps+tcp). The client uses /21/y's Sender and Recipient IDs as they are (they
 * are the client's, ../../../transport/oscore/object21.ts). The link value 65535:65535 ("no link",
 * TS-Core §7.3.11) and an absent /0/x/17 mean no OSCORE.
 *
 * The sender sequence number must never repeat under one key (RFC 8613 §7.2.1; App. B.1.1 asks a
 * device to keep it across reboots), so a context is derived once per device memory and /21 values
 * and reused whenever the account's endpoint is opened again (re-bootstrap, reboot).
 */
import { oscoreContextFromObject21, OscoreConfigurationError, type SecurityContext } from '../../../transport/oscore';
import { isObjectLink } from '../../codecs/values';
import { Obj } from '../../model/ids.generated';
import type { ObjectTree } from '../object-tree';
import { UnusableAccountError } from './link-endpoint';

const NO_LINK = 65535;

/** Contexts per device memory (the tree), by the /21 values they were derived from. */
const derived = new WeakMap<ObjectTree, Map<string, SecurityContext>>();

/** The OSCORE Security Context of account /0/{securityInstanceId}, or undefined when /0/x/17 links none. */
export function accountOscore(tree: ObjectTree, securityInstanceId: number): SecurityContext | undefined {
  const where = `/0/${securityInstanceId}/${Obj.Security.OSCORESecurityMode}`;
  const link = tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.OSCORESecurityMode);
  if (link === undefined) return undefined;
  if (!isObjectLink(link)) throw new UnusableAccountError(`${where} OSCORE Security Mode is not an Object Link`);
  if (link.objectId === NO_LINK && link.instanceId === NO_LINK) return undefined;
  const target = `/${link.objectId}/${link.instanceId}`;
  if (link.objectId !== Obj.OSCORE.id) throw new UnusableAccountError(`${where} links ${target}, not an OSCORE Object instance (/21)`);
  if (!tree.hasInstance(link.objectId, link.instanceId)) throw new UnusableAccountError(`${where} links ${target}, which does not exist`);
  const value = (resourceId: number): unknown => tree.resource(Obj.OSCORE.id, link.instanceId, resourceId);
  const key = JSON.stringify([0, 1, 2, 3, 4, 5, 6].map((id) => describe(value(id))));
  let contexts = derived.get(tree);
  if (!contexts) derived.set(tree, (contexts = new Map()));
  const known = contexts.get(key);
  if (known) return known;
  try {
    const context = oscoreContextFromObject21(value, { role: 'client' });
    contexts.set(key, context);
    return context;
  } catch (e) {
    if (e instanceof OscoreConfigurationError) throw new UnusableAccountError(`${target}: ${e.message}`);
    throw e;
  }
}

function describe(v: unknown): string {
  if (Buffer.isBuffer(v)) return `h'${v.toString('hex')}'`;
  return v === undefined ? '-' : String(v);
}
