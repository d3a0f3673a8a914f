/**
 * A role instance served by an implementation behind the bridge: one method per role function, each a
 * bridge call on the role's session. The method list is derived, not written down (role-surface.ts):
 * the reference simulator's methods plus whatever the implementation's hello lists. An implementation
 * that lacks a PSA function answers `unknown-function`, which becomes PSA_ERROR_NOT_SUPPORTED in the
 * function's result shape, so the scenario sees a status, not a crash. `close()` ends the session.
 */
import type { BridgeConnection } from './connection';
import { PsaBridgeError } from './errors';
import { CLOSE } from './protocol';
import { notSupportedResult } from './role-surface';

export type RemoteMethod = (...args: unknown[]) => Promise<unknown>;

export interface RemoteRoleOptions {
  connection: BridgeConnection;
  role: string;
  session: number;
  methods: readonly string[];
  /** Called once when the session ends (the pool frees its slot). */
  released(): void;
}

export function remoteRole(options: RemoteRoleOptions): Record<string, RemoteMethod> {
  const { connection, role, session } = options;
  const object: Record<string, RemoteMethod> = {};
  for (const fn of options.methods) {
    if (fn === CLOSE) continue;
    object[fn] = async (...args: unknown[]) => {
      try {
        const result = await connection.call(fn, { role, session, args });
        // A void function answers null (CBOR has no `undefined` in this protocol).
        return result === null ? undefined : result;
      } catch (e) {
        if (e instanceof PsaBridgeError && e.code === 'unknown-function' && fn.startsWith('psa_')) return notSupportedResult(role, fn, args);
        throw e;
      }
    };
  }
  let closed = false;
  object[CLOSE] = async () => {
    if (closed) return;
    closed = true;
    try {
      await connection.call(CLOSE, { role, session, args: [] });
    } finally {
      options.released();
    }
  };
  return object;
}
