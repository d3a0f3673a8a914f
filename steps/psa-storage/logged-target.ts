/**
 * A call log around any role target (simulator or bridge): every method call is written to the
 * scenario's `psa-calls` evidence with its arguments and outcome, as steps/psa/call-log.ts does for
 * PSA Crypto, e.g. `+0.004s psa_its_set(client=-1, uid=6, data=16 B 00010203…, create_flags=PSA_STORAGE_FLAG_NONE) → PSA_SUCCESS`.
 * A call that throws is logged as `→ threw …` and the error passed on. Shared by the storage,
 * attestation and firmware update steps.
 */

export interface CallFormat {
  args: (...args: any[]) => string;
  result: (result: any) => string;
}

export type CallFormats = Readonly<Record<string, CallFormat>>;

export function loggedTarget<T extends object>(target: T, formats: CallFormats, sink: (line: string) => void, stamp: () => string): T {
  return new Proxy(target, {
    get(t, prop) {
      const member = Reflect.get(t, prop, t);
      if (typeof member !== 'function' || typeof prop !== 'string') return member;
      const format = formats[prop];
      return async (...args: unknown[]) => {
        const at = stamp();
        const what = `${prop}(${format ? format.args(...args) : ''})`;
        try {
          const result = await member.apply(t, args);
          sink(`${at} ${what} → ${format ? format.result(result) : 'done'}`);
          return result;
        } catch (e) {
          sink(`${at} ${what} → threw ${(e as Error).message}`);
          throw e;
        }
      };
    },
  });
}
