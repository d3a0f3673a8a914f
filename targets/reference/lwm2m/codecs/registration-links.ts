/**
 * The Register / Update payload (TS-Core §6.2.1, §6.2.2): a link-format list of the Objects and Object
 * Instances the client has, e.g. `</>;rt="oma.lwm2m";ct=11542,</1>;ver=1.1,</1/0>,</3/0>,</5>`.
 * The optional root link `rt="oma.lwm2m"` announces an alternate path (prefix of every other link) and
 * the supported content formats (`ct`, one value or a quoted space-separated list).
 */
import { formatPath, parsePath } from '../model/path';
import { parseLinkFormat, serializeLinkFormat, type Link } from './link-format';
import { CodecError } from './types';

const CF = 40;

/**
 * Objects the client MUST NOT list (TS-Core §6.2.1; ETS int-101): Security /0, OSCORE /21, and in
 * 1.2 COSE /23. `registrationObjectLinks` drops them; `parseRegistrationLinks` keeps them so a test
 * can fail a client that sends them.
 */
export const NOT_REGISTERED_OBJECTS: readonly number[] = [0, 21, 23];

export interface RegisteredObject {
  objectId: number;
  /** Object Version (`ver`, TS-Core §7.2.2), written on the object link. */
  version?: string;
  /** Object Instance IDs; none means the object is supported but has no instance (`</5>`). */
  instances: readonly number[];
}

export interface RegistrationLinksOptions {
  /** Alternate path, e.g. `/lwm2m`; default `/`. */
  rootPath?: string;
  /** Supported content formats, written as `ct` on the root link. */
  contentFormats?: readonly number[];
  /** Write the root link even without `rootPath`/`contentFormats` (e.g. `</>;rt="oma.lwm2m"`). */
  rootLink?: boolean;
}

export interface RegistrationLinks {
  rootPath: string;
  contentFormats: number[];
  /** Ascending by Object ID, instances ascending. */
  objects: RegisteredObject[];
}

function prefixed(rootPath: string, path: string): string {
  return rootPath === '/' ? path : `${rootPath}${path}`;
}

export function registrationObjectLinks(objects: readonly RegisteredObject[], opts: RegistrationLinksOptions = {}): string {
  const rootPath = (opts.rootPath ?? '/').replace(/(.)\/+$/, '$1');
  const links: Link[] = [];
  if (opts.rootLink || opts.rootPath !== undefined || opts.contentFormats?.length) {
    const params: Link['params'] = { rt: 'oma.lwm2m' };
    if (opts.contentFormats?.length) params['ct'] = opts.contentFormats.join(' ');
    links.push({ target: rootPath, params });
  }
  const listed = objects
    .filter((o) => !NOT_REGISTERED_OBJECTS.includes(o.objectId))
    .sort((a, b) => a.objectId - b.objectId);
  for (const o of listed) {
    const instances = [...new Set(o.instances)].sort((a, b) => a - b);
    if (o.version !== undefined || instances.length === 0) {
      const params: Link['params'] = o.version !== undefined ? { ver: o.version } : {};
      links.push({ target: prefixed(rootPath, `/${o.objectId}`), params });
    }
    for (const i of instances) {
      links.push({ target: prefixed(rootPath, formatPath({ objectId: o.objectId, instanceId: i })), params: {} });
    }
  }
  return serializeLinkFormat(links);
}

function parseContentFormats(value: string | true | undefined): number[] {
  if (value === undefined) return [];
  const parts = value === true ? [] : value.trim().split(/\s+/);
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p) || Number(p) > 65535)) {
    throw new CodecError(CF, `root link ct=${JSON.stringify(value)} is not a list of content-format numbers`);
  }
  return parts.map(Number);
}

/** `/lwm2m/3/0` under `/lwm2m` → `/3/0`; a link outside the alternate path gives "" (an invalid path). */
function withoutRoot(target: string, rootPath: string): string {
  return target.startsWith(`${rootPath}/`) ? target.slice(rootPath.length) : '';
}

export function parseRegistrationLinks(text: string): RegistrationLinks {
  const links = parseLinkFormat(text);
  const isRoot = (l: Link) => typeof l.params['rt'] === 'string' && l.params['rt'].split(/\s+/).includes('oma.lwm2m');
  const root = links.find(isRoot);
  const rootPath = root ? root.target.replace(/(.)\/+$/, '$1') || '/' : '/';
  const byId = new Map<number, { version?: string; instances: Set<number> }>();
  for (const link of links) {
    if (link === root) continue;
    let path;
    try {
      path = parsePath(rootPath === '/' ? link.target : withoutRoot(link.target, rootPath));
    } catch (e) {
      const why = (e as Error).message;
      throw new CodecError(CF, `registration link <${link.target}> is not an Object or Object Instance under ${rootPath}: ${why}`);
    }
    if (path.resourceId !== undefined) throw new CodecError(CF, `registration link <${link.target}> names a Resource`);
    const entry = byId.get(path.objectId) ?? { instances: new Set<number>() };
    byId.set(path.objectId, entry);
    if (path.instanceId !== undefined) entry.instances.add(path.instanceId);
    else if (typeof link.params['ver'] === 'string') entry.version = link.params['ver'];
  }
  const objects = [...byId]
    .sort(([a], [b]) => a - b)
    .map(([objectId, e]) => ({
      objectId,
      ...(e.version !== undefined ? { version: e.version } : {}),
      instances: [...e.instances].sort((a, b) => a - b),
    }));
  return { rootPath, contentFormats: parseContentFormats(root?.params['ct']), objects };
}
