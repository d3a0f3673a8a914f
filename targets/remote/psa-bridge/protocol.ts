/**
 * The PSA bridge wire protocol, version 1 (docs/psa-bridge-protocol.md): messages as plain data and
 * their validation. A request names a role function exactly as the role interface does
 * (`psa_import_key`), so any function of any role travels without a protocol change.
 */

export const PSA_BRIDGE_PROTOCOL_VERSION = 1;

/** Largest frame payload either side accepts unless the hello says otherwise (16 MiB). */
export const DEFAULT_MAX_FRAME = 16 * 1024 * 1024;

/** Protocol functions: they carry no `role`/`session` (except `open`, which names its role). */
export const HELLO = 'hello';
export const OPEN = 'open';
/** Ends a session; it is also the role method `close()` of every role interface. */
export const CLOSE = 'close';

export type BridgeErrorCode =
  | 'version-mismatch'
  | 'hello-required'
  | 'bad-request'
  | 'unknown-role'
  | 'unknown-session'
  | 'unknown-function'
  | 'busy'
  | 'internal'
  | 'malformed-frame'
  | 'frame-too-large';

export interface BridgeRequest {
  v: number;
  id: number;
  fn: string;
  role?: string;
  session?: number;
  args: unknown[];
}

export interface BridgeErrorBody {
  code: BridgeErrorCode | string;
  message: string;
  /** For `unknown-function` of a PSA function: PSA_ERROR_NOT_SUPPORTED (-134). */
  status?: number;
  /** For `version-mismatch`: the versions the implementation speaks. */
  supported?: number[];
}

export interface BridgeResponse {
  /** The request's id; null when the request could not be read at all (malformed frame). */
  id: number | null;
  result?: unknown;
  error?: BridgeErrorBody;
}

export interface HelloArgs {
  versions: number[];
  client: string;
}

export interface HelloResult {
  v: number;
  /** Free text naming the implementation and its version, e.g. `Mbed TLS 2.28.3 (testfest shim)`. */
  implementation: string;
  roles: string[];
  /** Capability manifest: dimension → values (targets/capabilities.ts). */
  capabilities: Record<string, string[]>;
  /** Sessions the implementation can hold open at once on one connection. */
  maxSessions: number;
  /** Largest frame payload the implementation accepts. */
  maxFrame: number;
  /** Optional: per role, the functions the implementation implements (documentation; others get `unknown-function`). */
  functions?: Record<string, string[]>;
}

export interface OpenArgs {
  /** A folder on the suite's file system for this session's persistent state; may be ignored. */
  workDir?: string;
}

export interface OpenResult {
  session: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Uint8Array);
const isUint = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** The request, or a message saying what is wrong with it (for a `bad-request` error). */
export function parseRequest(x: unknown): BridgeRequest | string {
  if (!isObject(x)) return 'a request must be a CBOR map';
  if (!isUint(x.id)) return 'request "id" must be an unsigned integer';
  if (!isUint(x.v)) return 'request "v" must be an unsigned integer';
  if (typeof x.fn !== 'string' || x.fn === '') return 'request "fn" must be a non-empty text string';
  if (x.role !== undefined && x.role !== null && typeof x.role !== 'string') return 'request "role" must be a text string';
  if (x.session !== undefined && x.session !== null && !isUint(x.session)) return 'request "session" must be an unsigned integer';
  if (!Array.isArray(x.args)) return 'request "args" must be an array';
  return {
    v: x.v,
    id: x.id,
    fn: x.fn,
    role: (x.role as string | null | undefined) ?? undefined,
    session: (x.session as number | null | undefined) ?? undefined,
    args: x.args,
  };
}

/** The response, or a message saying what is wrong with it. */
export function parseResponse(x: unknown): BridgeResponse | string {
  if (!isObject(x)) return 'a response must be a CBOR map';
  if (x.id !== null && !isUint(x.id)) return 'response "id" must be an unsigned integer or null';
  const hasResult = 'result' in x;
  if (hasResult === ('error' in x)) return 'a response carries exactly one of "result" and "error"';
  if (!hasResult) {
    const e = x.error;
    if (!isObject(e) || typeof e.code !== 'string' || typeof e.message !== 'string') return 'response "error" must be a map with text "code" and "message"';
  }
  return x as unknown as BridgeResponse;
}

/** A hello result with the fields the client relies on, or what is missing. */
export function parseHello(x: unknown): HelloResult | string {
  if (!isObject(x)) return 'hello result must be a map';
  if (!isUint(x.v)) return 'hello result "v" must be an unsigned integer';
  if (!Array.isArray(x.roles) || !x.roles.every((r) => typeof r === 'string')) return 'hello result "roles" must be an array of text';
  const caps = x.capabilities ?? {};
  if (!isObject(caps) || !Object.values(caps).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))) {
    return 'hello result "capabilities" must map dimensions to arrays of text';
  }
  return {
    v: x.v,
    implementation: typeof x.implementation === 'string' ? x.implementation : 'unnamed implementation',
    roles: x.roles as string[],
    capabilities: caps as Record<string, string[]>,
    maxSessions: isUint(x.maxSessions) && x.maxSessions > 0 ? x.maxSessions : 1,
    maxFrame: isUint(x.maxFrame) && x.maxFrame > 0 ? x.maxFrame : DEFAULT_MAX_FRAME,
    functions: isObject(x.functions) ? (x.functions as Record<string, string[]>) : undefined,
  };
}
