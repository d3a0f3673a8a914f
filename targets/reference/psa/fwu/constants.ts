/**
 * Firmware Update API 1.0 constants (psa-api doc/fwu/api/api.rst "Component states", "Component
 * flags"), with names for feature files and call logs, and the simulator's implementation-defined
 * write limits.
 */

export const PSA_FWU_READY = 0;
export const PSA_FWU_WRITING = 1;
export const PSA_FWU_CANDIDATE = 2;
export const PSA_FWU_STAGED = 3;
export const PSA_FWU_FAILED = 4;
export const PSA_FWU_TRIAL = 5;
export const PSA_FWU_REJECTED = 6;
export const PSA_FWU_UPDATED = 7;

export const PSA_FWU_FLAG_VOLATILE_STAGING = 0x1;
export const PSA_FWU_FLAG_ENCRYPTION = 0x2;

/** Implementation-defined: image offsets must be multiples of 1 << 3 = 8 bytes. */
export const PSA_FWU_LOG2_WRITE_ALIGN = 3;
/** Implementation-defined: the largest block psa_fwu_write accepts. */
export const PSA_FWU_MAX_WRITE_SIZE = 4096;

const STATES = ['READY', 'WRITING', 'CANDIDATE', 'STAGED', 'FAILED', 'TRIAL', 'REJECTED', 'UPDATED'] as const;

/** `PSA_FWU_TRIAL` for 5; `PSA_FWU state 9` for an unknown value. */
export function fwuStateName(state: number): string {
  return STATES[state] ? `PSA_FWU_${STATES[state]}` : `PSA_FWU state ${state}`;
}

/** `TRIAL` or `PSA_FWU_TRIAL` → 5; throws on a name the spec does not define. */
export function fwuStateByName(name: string): number {
  const n = name.trim().toUpperCase().replace(/^PSA_FWU_/, '');
  const index = (STATES as readonly string[]).indexOf(n);
  if (index < 0) throw new Error(`unknown PSA FWU state "${name}"; known: ${STATES.join(', ')}`);
  return index;
}
