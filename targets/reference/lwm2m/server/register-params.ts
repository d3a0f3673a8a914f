/**
 * Server-side validation of Register and Update parameters (TS-Core §6.2.1–6.2.2, TS-Transport
 * §6.4.3 Table 6.4.3-1). A malformed request is 4.00 Bad Request; an LwM2M version the server does
 * not support is 4.12 Precondition Failed (TS-Transport Table 6.7-2), which is what makes a 1.2
 * client such as Anjay step down to 1.1.
 */
import { CodecError } from '../codecs/types';
import { parseRegistrationLinks, type RegisteredObject } from '../codecs/registration-links';

/** The enabler versions this server speaks. */
export const SUPPORTED_VERSIONS: readonly string[] = ['1.0', '1.1', '1.2'];
/** TS-Core §6.2.1: lifetime when `lt` is absent. */
export const DEFAULT_LIFETIME_S = 86400;
/** CoAP Content-Format of the object list (RFC 6690). */
const LINK_FORMAT = 40;

/**
 * Binding values (TS-Core §6.2.1.1): 1.0 puts queue mode inside `b`; 1.1 has separate `Q` and the
 * letters U, T, S, N, each at most once; 1.2 adds M (MQTT) and H (HTTP) (1.2 TS-Core §6.2.1.2).
 */
const BINDING_1_0 = /^(U|UQ|S|SQ|US|UQS)$/;
const BINDING_1_1 = /^(?!.*(.).*\1)[UTSN]+$/;
const BINDING_1_2 = /^(?!.*(.).*\1)[UTSNMH]+$/;

function bindingPattern(version: string): RegExp {
  if (version === '1.0') return BINDING_1_0;
  return version === '1.1' ? BINDING_1_1 : BINDING_1_2;
}

export interface RegisterRequest {
  endpoint: string;
  lifetime: number;
  version: string;
  binding: string;
  sms?: string;
  queueMode: boolean;
  objects: RegisteredObject[];
  objectLinks: string;
}

export type Refusal = { code: '4.00' | '4.12'; reason: string };

/** `['ep=a', 'Q']` → Map, or a refusal for a repeated parameter. */
export function queryParameters(query: readonly string[]): Map<string, string | true> | Refusal {
  const params = new Map<string, string | true>();
  for (const item of query) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq);
    if (params.has(name)) return { code: '4.00', reason: `parameter ${name} given twice` };
    params.set(name, eq < 0 ? true : item.slice(eq + 1));
  }
  return params;
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && 'code' in x && 'reason' in x;
}

function lifetimeOf(v: string | true | undefined): number | Refusal {
  if (v === undefined) return DEFAULT_LIFETIME_S;
  if (v === true || !/^[1-9]\d{0,9}$/.test(v)) return { code: '4.00', reason: `lt=${String(v)} is not a positive integer` };
  return Number(v);
}

function bindingOf(v: string | true | undefined, version: string): string | Refusal {
  if (v === undefined) return 'U';
  const ok = v !== true && bindingPattern(version).test(v);
  return ok ? (v as string) : { code: '4.00', reason: `b=${String(v)} is not a valid LwM2M ${version} binding` };
}

/** One `</o>` or `</o/i>` link without parameters, ids 0..65534 without leading zeros. */
const PLAIN_LINK = /^<\/(0|[1-9]\d{0,4})(?:\/(0|[1-9]\d{0,4}))?>$/;

/**
 * The object list most clients send — `</1/0>,</3/0>`, no root link, no attributes — read without
 * the general link-format parser (Register is the server's hot path). Anything else, and any id
 * out of range, returns undefined and takes the full parser, which also explains what is wrong.
 */
export function plainObjectList(text: string): RegisteredObject[] | undefined {
  if (text.length === 0 || text.includes(';') || text.includes(' ')) return undefined;
  const objects: Array<{ objectId: number; instances: number[] }> = [];
  let sorted = true;
  for (const item of text.split(',')) {
    const m = PLAIN_LINK.exec(item);
    if (!m) return undefined;
    const objectId = Number(m[1]);
    const instanceId = m[2] === undefined ? undefined : Number(m[2]);
    if (objectId > 65534 || (instanceId !== undefined && instanceId > 65534)) return undefined;
    let last = objects[objects.length - 1];
    if (last === undefined || last.objectId !== objectId) {
      if (last !== undefined && last.objectId > objectId) sorted = false;
      objects.push((last = { objectId, instances: [] }));
    }
    if (instanceId !== undefined) {
      const previous = last.instances[last.instances.length - 1];
      if (previous !== undefined && previous >= instanceId) sorted = false;
      last.instances.push(instanceId);
    }
  }
  // Clients list in order almost always; anything else is merged and sorted as the full parser does.
  return sorted ? objects : mergeSorted(objects);
}

function mergeSorted(objects: ReadonlyArray<{ objectId: number; instances: number[] }>): RegisteredObject[] {
  const byId = new Map<number, Set<number>>();
  for (const o of objects) {
    const set = byId.get(o.objectId) ?? new Set<number>();
    for (const i of o.instances) set.add(i);
    byId.set(o.objectId, set);
  }
  return [...byId].sort(([a], [b]) => a - b).map(([objectId, set]) => ({ objectId, instances: [...set].sort((a, b) => a - b) }));
}

export function objectsOf(payload: Buffer, contentFormat: number | undefined): { objects: RegisteredObject[]; text: string } | Refusal {
  if (contentFormat !== undefined && contentFormat !== LINK_FORMAT) return { code: '4.00', reason: `object list has Content-Format ${contentFormat}, not 40` };
  const text = payload.toString('utf8');
  const plain = plainObjectList(text);
  if (plain) return { objects: plain, text };
  try {
    return { objects: parseRegistrationLinks(text).objects, text };
  } catch (e) {
    if (e instanceof CodecError) return { code: '4.00', reason: e.message };
    throw e;
  }
}

export function parseRegisterRequest(query: readonly string[], payload: Buffer, contentFormat: number | undefined): RegisterRequest | Refusal {
  const params = queryParameters(query);
  if (isRefusal(params)) return params;
  const version = params.get('lwm2m') ?? '1.0'; // absent: a 1.0 client (TS-Core 1.0 had no lwm2m= requirement)
  if (version === true || !/^\d+\.\d+$/.test(version)) return { code: '4.00', reason: `lwm2m=${String(version)} is not major.minor` };
  if (!SUPPORTED_VERSIONS.includes(version)) return { code: '4.12', reason: `LwM2M ${version} is not supported (supported: ${SUPPORTED_VERSIONS.join(', ')})` };
  const ep = params.get('ep');
  // NoSec: there is no security identity to take the name from, so ep is required (TS-Core §6.2.1).
  if (ep === undefined || ep === true || ep === '') return { code: '4.00', reason: 'ep (Endpoint Client Name) is missing' };
  const lifetime = lifetimeOf(params.get('lt'));
  if (isRefusal(lifetime)) return lifetime;
  const binding = bindingOf(params.get('b'), version);
  if (isRefusal(binding)) return binding;
  const q = params.get('Q');
  if (q !== undefined && (q !== true || version === '1.0')) return { code: '4.00', reason: 'Q is a bare 1.1 parameter' };
  const objects = objectsOf(payload, contentFormat);
  if (isRefusal(objects)) return objects;
  const sms = params.get('sms');
  return {
    endpoint: ep,
    lifetime,
    version,
    binding,
    ...(typeof sms === 'string' ? { sms } : {}),
    queueMode: q === true || binding.includes('Q'),
    objects: objects.objects,
    objectLinks: objects.text,
  };
}

/** Update parameters (TS-Core §6.2.2): only what changed; an empty Update just refreshes the lifetime. */
export interface UpdateRequest {
  lifetime?: number;
  binding?: string;
  sms?: string;
  queueMode?: boolean;
  objects?: RegisteredObject[];
  objectLinks?: string;
}

export function parseUpdateRequest(query: readonly string[], payload: Buffer, contentFormat: number | undefined, version: string): UpdateRequest | Refusal {
  const params = queryParameters(query);
  if (isRefusal(params)) return params;
  const update: UpdateRequest = {};
  if (params.has('lt')) {
    const lifetime = lifetimeOf(params.get('lt'));
    if (isRefusal(lifetime)) return lifetime;
    update.lifetime = lifetime;
  }
  if (params.has('b')) {
    const binding = bindingOf(params.get('b'), version);
    if (isRefusal(binding)) return binding;
    update.binding = binding;
  }
  const sms = params.get('sms');
  if (typeof sms === 'string') update.sms = sms;
  if (params.get('Q') === true) update.queueMode = true;
  if (payload.length > 0) {
    const objects = objectsOf(payload, contentFormat);
    if (isRefusal(objects)) return objects;
    update.objects = objects.objects;
    update.objectLinks = objects.text;
  }
  return update;
}
