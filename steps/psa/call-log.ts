/**
 * A call log around any PsaCryptoTarget (simulator, C shim, bridge): every call is written with its
 * arguments and the returned status name, for the scenario's `psa-calls` evidence, e.g.
 * `+0.004s psa_import_key(type=PSA_KEY_TYPE_AES bits=128 usage=EXPORT alg=PSA_ALG_CTR, data=16 B 2b7e1516…) → PSA_SUCCESS key=0x40000001`.
 * The wrapper forwards whatever method is called (arguments printed by signatures.ts), so new
 * spec functions are logged without touching this file. A call that throws (a broken bridge) is
 * logged as `→ threw …` and the error is passed on.
 */
import type { PsaCryptoTarget } from '../../targets/roles/psa-crypto';
import { formatArgument, formatResult } from './call-format';
import { SIGNATURES } from './signatures';

export type CallLogSink = (line: string) => void;

function describeCall(fn: string, args: unknown[]): string {
  const params = SIGNATURES[fn];
  const shown = args.map((a, i) => (params?.[i] ? formatArgument(params[i], a) : JSON.stringify(a)));
  return `${fn}(${shown.join(', ')})`;
}

/** Wraps a target so that every call lands in `sink`, stamped by `stamp` (e.g. Evidence.stamp). */
export function withCallLog(target: PsaCryptoTarget, sink: CallLogSink, stamp: () => string): PsaCryptoTarget {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const at = stamp();
        const what = describeCall(prop, args);
        try {
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(t, args);
          sink(`${at} ${what} → ${formatResult(prop, result)}`);
          return result;
        } catch (e) {
          sink(`${at} ${what} → threw ${(e as Error).message}`);
          throw e;
        }
      };
    },
  });
}
