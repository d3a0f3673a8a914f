/**
 * The implementation side of one bridge connection (docs/psa-bridge-protocol.md §4): the hello
 * handshake, sessions (`open`/`close`), and dispatch of role functions by name to the role instance a
 * `RoleProvider` made. Transport-agnostic: it maps a decoded request to a response.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLOSE,
  DEFAULT_MAX_FRAME,
  HELLO,
  OPEN,
  parseRequest,
  PSA_BRIDGE_PROTOCOL_VERSION,
  type BridgeErrorBody,
  type BridgeResponse,
  type HelloResult,
} from '../protocol';

/** PSA_ERROR_NOT_SUPPORTED: the answer to a PSA function the implementation lacks (§5.3). */
const PSA_ERROR_NOT_SUPPORTED = -134;

export interface RoleProvider {
  implementation: string;
  roles: string[];
  capabilities: Record<string, string[]>;
  maxSessions: number;
  /** A fresh role instance (a new application instance), keeping persistent state under `workDir`. */
  createRole(role: string, workDir: string): Promise<object>;
}

export interface Handled {
  response: BridgeResponse;
  /** The connection must be closed after this response (version mismatch). */
  close?: boolean;
}

interface Session {
  role: string;
  instance: Record<string, unknown>;
  scratch?: string;
}

const fail = (id: number | null, error: BridgeErrorBody, close = false): Handled => ({ response: { id, error }, close });

export class SessionHost {
  private greeted = false;
  private nextSession = 1;
  private readonly sessions = new Map<number, Session>();

  constructor(
    private readonly provider: RoleProvider,
    private readonly maxFrame = DEFAULT_MAX_FRAME,
  ) {}

  async handle(raw: unknown): Promise<Handled> {
    const request = parseRequest(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (typeof request === 'string') return fail(Number.isSafeInteger(rawId) ? (rawId as number) : null, { code: 'bad-request', message: request });
    const { id, fn } = request;
    if (request.v !== PSA_BRIDGE_PROTOCOL_VERSION) {
      return fail(id, { code: 'version-mismatch', message: `request is protocol version ${request.v}; this implementation speaks ${PSA_BRIDGE_PROTOCOL_VERSION}`, supported: [PSA_BRIDGE_PROTOCOL_VERSION] }, true);
    }
    if (fn === HELLO) return this.hello(id, request.args[0]);
    if (!this.greeted) return fail(id, { code: 'hello-required', message: `the first request must be "hello", got "${fn}"` });
    if (fn === OPEN) return this.open(id, request.role, request.args[0]);
    const session = request.session === undefined ? undefined : this.sessions.get(request.session);
    if (!session) return fail(id, { code: 'unknown-session', message: `no open session ${request.session ?? '(none given)'}` });
    if (request.role !== undefined && request.role !== session.role) {
      return fail(id, { code: 'bad-request', message: `session ${request.session} is a ${session.role} session, not ${request.role}` });
    }
    if (fn === CLOSE) return this.close(id, request.session!);
    const method = fn === 'constructor' ? undefined : session.instance[fn];
    if (typeof method !== 'function') {
      const psa = fn.startsWith('psa_');
      return fail(id, { code: 'unknown-function', message: `${session.role} has no function ${fn}`, ...(psa ? { status: PSA_ERROR_NOT_SUPPORTED } : {}) });
    }
    try {
      const args = request.args.map((a) => (a === null ? undefined : a));
      const result = await (method as (...a: unknown[]) => unknown).apply(session.instance, args);
      return { response: { id, result: result === undefined ? null : result } };
    } catch (e) {
      return fail(id, { code: 'internal', message: `${fn} threw: ${(e as Error).message}` });
    }
  }

  /** Ends every session (the connection is gone). */
  async closeAll(): Promise<void> {
    for (const id of [...this.sessions.keys()]) await this.close(0, id);
  }

  private hello(id: number, args: unknown): Handled {
    const versions = (args as { versions?: unknown } | undefined)?.versions;
    if (!Array.isArray(versions) || !versions.includes(PSA_BRIDGE_PROTOCOL_VERSION)) {
      return fail(id, { code: 'version-mismatch', message: `client offers versions ${JSON.stringify(versions ?? [])}; this implementation speaks ${PSA_BRIDGE_PROTOCOL_VERSION}`, supported: [PSA_BRIDGE_PROTOCOL_VERSION] }, true);
    }
    this.greeted = true;
    const { implementation, roles, capabilities, maxSessions } = this.provider;
    const result: HelloResult = { v: PSA_BRIDGE_PROTOCOL_VERSION, implementation, roles, capabilities, maxSessions, maxFrame: this.maxFrame };
    return { response: { id, result } };
  }

  private async open(id: number, role: string | undefined, args: unknown): Promise<Handled> {
    if (!role || !this.provider.roles.includes(role)) return fail(id, { code: 'unknown-role', message: `no role "${role ?? ''}"; this implementation serves ${this.provider.roles.join(', ')}` });
    if (this.sessions.size >= this.provider.maxSessions) return fail(id, { code: 'busy', message: `${this.sessions.size} session(s) open, the limit is ${this.provider.maxSessions}` });
    const asked = (args as { workDir?: unknown } | undefined)?.workDir;
    const shared = typeof asked === 'string' && existsSync(asked) ? asked : undefined;
    const scratch = shared ? undefined : mkdtempSync(join(tmpdir(), 'psa-bridge-session-'));
    try {
      const instance = (await this.provider.createRole(role, shared ?? scratch!)) as Record<string, unknown>;
      const session = this.nextSession++;
      this.sessions.set(session, { role, instance, scratch });
      return { response: { id, result: { session } } };
    } catch (e) {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      return fail(id, { code: 'internal', message: `cannot open a ${role} session: ${(e as Error).message}` });
    }
  }

  private async close(id: number, sessionId: number): Promise<Handled> {
    const session = this.sessions.get(sessionId)!;
    this.sessions.delete(sessionId);
    try {
      const close = session.instance[CLOSE];
      if (typeof close === 'function') await (close as () => Promise<void>).call(session.instance);
      return { response: { id, result: null } };
    } catch (e) {
      return fail(id, { code: 'internal', message: `close threw: ${(e as Error).message}` });
    } finally {
      if (session.scratch) rmSync(session.scratch, { recursive: true, force: true });
    }
  }
}
