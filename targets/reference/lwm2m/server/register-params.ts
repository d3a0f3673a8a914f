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

/** The Register / Update parameters (TS-Transport Table 6.4.3-1); a bare parameter (`Q`) is `true`. */
export interface RegistrationQuery {
  ep?: string | true;
  lt?: string | true;
  lwm2m?: string | true;
  b?: string | true;
  sms?: string | true;
  Q?: string | true;
}

const KNOWN = ['ep', 'lt', 'lwm2m', 'b', 'sms', 'Q'] as const;

/**
 * `['ep=a', 'Q']` → `{ ep: 'a', Q: true }`, or a refusal for a repeated parameter. Unknown
 * parameters (e.g. 1.2 `pid`) are accepted and ignored, but not twice. A plain object with fixed
 * fields, not a Map: every Register and Update goes through here.
 */
export function queryParameters(query: readonly string[]): RegistrationQuery | Refusal {
  const params: RegistrationQuery = { ep: undefined, lt: undefined, lwm2m: undefined, b: undefined, sms: undefined, Q: undefined };
  let others: Set<string> | undefined;
  for (const item of query) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq);
    const value = eq < 0 ? true : item.slice(eq + 1);
    const known = (KNOWN as readonly string[]).includes(name) ? (name as (typeof KNOWN)[number]) : undefined;
    const repeated = known !== undefined ? params[known] !== undefined : (others ??= new Set()).has(name);
    if (repeated) return { code: '4.00', reason: `parameter ${name} given twice` };
    if (known !== undefined) params[known] = value;
    else others!.add(name);
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

/**
 * An id at `text[i..]`: decimal 0..65534 without leading zeros, ended by `/` or `>`. Returns the id
 * and where it ended, or undefined.
 */
function plainId(text: string, i: number): [number, number] | undefined {
  let id = 0;
  const start = i;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    if (i > start && id === 0) return undefined; // leading zero
    id = id * 10 + c;
    if (id > 65534) return undefined; // 65535 is MAX_ID, reserved
  }
  return i === start ? undefined : [id, i];
}

/**
 * The object list most clients send — `</1/0>,</3/0>`, no root link, no attributes — read with a
 * character scan instead of the general link-format parser (Register is the server's hot path).
 * Anything else returns undefined and takes the full parser, which also explains what is wrong.
 */
export function plainObjectList(text: string): RegisteredObject[] | undefined {
  const objects: Array<{ objectId: number; instances: number[] }> = [];
  let sorted = true;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '<' || text[i + 1] !== '/') return undefined;
    const o = plainId(text, i + 2);
    if (!o) return undefined;
    let instanceId: number | undefined;
    i = o[1];
    if (text[i] === '/') {
      const inst = plainId(text, i + 1);
      if (!inst) return undefined;
      [instanceId, i] = inst;
    }
    if (text[i] !== '>') return undefined;
    i += 1;
    if (i < text.length && (text[i] !== ',' || i + 1 === text.length)) return undefined;
    i += 1;
    const objectId = o[0];
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
  if (objects.length === 0) return undefined;
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
  const version = params.lwm2m ?? '1.0'; // absent: a 1.0 client (TS-Core 1.0 had no lwm2m= requirement)
  if (version === true || !/^\d+\.\d+$/.test(version)) return { code: '4.00', reason: `lwm2m=${String(version)} is not major.minor` };
  if (!SUPPORTED_VERSIONS.includes(version)) return { code: '4.12', reason: `LwM2M ${version} is not supported (supported: ${SUPPORTED_VERSIONS.join(', ')})` };
  const ep = params.ep;
  // NoSec: there is no security identity to take the name from, so ep is required (TS-Core §6.2.1).
  if (ep === undefined || ep === true || ep === '') return { code: '4.00', reason: 'ep (Endpoint Client Name) is missing' };
  const lifetime = lifetimeOf(params.lt);
  if (isRefusal(lifetime)) return lifetime;
  const binding = bindingOf(params.b, version);
  if (isRefusal(binding)) return binding;
  const q = params.Q;
  if (q !== undefined && (q !== true || version === '1.0')) return { code: '4.00', reason: 'Q is a bare 1.1 parameter' };
  const objects = objectsOf(payload, contentFormat);
  if (isRefusal(objects)) return objects;
  const sms = params.sms;
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
  if (params.lt !== undefined) {
    const lifetime = lifetimeOf(params.lt);
    if (isRefusal(lifetime)) return lifetime;
    update.lifetime = lifetime;
  }
  if (params.b !== undefined) {
    const binding = bindingOf(params.b, version);
    if (isRefusal(binding)) return binding;
    update.binding = binding;
  }
  if (typeof params.sms === 'string') update.sms = params.sms;
  if (params.Q === true) update.queueMode = true;
  if (payload.length > 0) {
    const objects = objectsOf(payload, contentFormat);
    if (isRefusal(objects)) return objects;
    update.objects = objects.objects;
    update.objectLinks = objects.text;
  }
  return update;
}
