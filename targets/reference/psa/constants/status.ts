/**
 * PSA status codes (`psa_status_t`, a signed 32-bit integer), as defined by the PSA Certified Status
 * code API 1.0 (psa-api headers/status-code/1.0/psa/error.h) and used by PSA Crypto API 1.2 §8.1
 * "PSA status codes". Crypto-only codes are marked; FWU-only codes come from PSA Firmware Update 1.0.
 *
 * When several error conditions apply, an implementation may return any applicable code, which is
 * why scenarios compare against a *set* of acceptable statuses.
 */

export const PSA_SUCCESS = 0;
export const PSA_ERROR_PROGRAMMER_ERROR = -129;
export const PSA_ERROR_CONNECTION_REFUSED = -130;
export const PSA_ERROR_CONNECTION_BUSY = -131;
export const PSA_ERROR_GENERIC_ERROR = -132;
export const PSA_ERROR_NOT_PERMITTED = -133;
export const PSA_ERROR_NOT_SUPPORTED = -134;
export const PSA_ERROR_INVALID_ARGUMENT = -135;
export const PSA_ERROR_INVALID_HANDLE = -136;
export const PSA_ERROR_BAD_STATE = -137;
export const PSA_ERROR_BUFFER_TOO_SMALL = -138;
export const PSA_ERROR_ALREADY_EXISTS = -139;
export const PSA_ERROR_DOES_NOT_EXIST = -140;
export const PSA_ERROR_INSUFFICIENT_MEMORY = -141;
export const PSA_ERROR_INSUFFICIENT_STORAGE = -142;
export const PSA_ERROR_INSUFFICIENT_DATA = -143;
export const PSA_ERROR_SERVICE_FAILURE = -144;
export const PSA_ERROR_COMMUNICATION_FAILURE = -145;
export const PSA_ERROR_STORAGE_FAILURE = -146;
export const PSA_ERROR_HARDWARE_FAILURE = -147;
/** Crypto API only. */
export const PSA_ERROR_INSUFFICIENT_ENTROPY = -148;
export const PSA_ERROR_INVALID_SIGNATURE = -149;
/** Crypto API only. */
export const PSA_ERROR_INVALID_PADDING = -150;
export const PSA_ERROR_CORRUPTION_DETECTED = -151;
export const PSA_ERROR_DATA_CORRUPT = -152;
export const PSA_ERROR_DATA_INVALID = -153;
/** Firmware Update API only. */
export const PSA_ERROR_DEPENDENCY_NEEDED = -156;
/** Firmware Update API only. */
export const PSA_ERROR_FLASH_ABUSE = -160;
/** Firmware Update API only. */
export const PSA_ERROR_INSUFFICIENT_POWER = -161;
/** Crypto API 1.2 interruptible operations. */
export const PSA_OPERATION_INCOMPLETE = -248;
/** Firmware Update API only. */
export const PSA_SUCCESS_REBOOT = 1;
/** Firmware Update API only. */
export const PSA_SUCCESS_RESTART = 2;

/** Every status by its spec name. */
export const PSA_STATUS = {
  PSA_SUCCESS,
  PSA_ERROR_PROGRAMMER_ERROR,
  PSA_ERROR_CONNECTION_REFUSED,
  PSA_ERROR_CONNECTION_BUSY,
  PSA_ERROR_GENERIC_ERROR,
  PSA_ERROR_NOT_PERMITTED,
  PSA_ERROR_NOT_SUPPORTED,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_HANDLE,
  PSA_ERROR_BAD_STATE,
  PSA_ERROR_BUFFER_TOO_SMALL,
  PSA_ERROR_ALREADY_EXISTS,
  PSA_ERROR_DOES_NOT_EXIST,
  PSA_ERROR_INSUFFICIENT_MEMORY,
  PSA_ERROR_INSUFFICIENT_STORAGE,
  PSA_ERROR_INSUFFICIENT_DATA,
  PSA_ERROR_SERVICE_FAILURE,
  PSA_ERROR_COMMUNICATION_FAILURE,
  PSA_ERROR_STORAGE_FAILURE,
  PSA_ERROR_HARDWARE_FAILURE,
  PSA_ERROR_INSUFFICIENT_ENTROPY,
  PSA_ERROR_INVALID_SIGNATURE,
  PSA_ERROR_INVALID_PADDING,
  PSA_ERROR_CORRUPTION_DETECTED,
  PSA_ERROR_DATA_CORRUPT,
  PSA_ERROR_DATA_INVALID,
  PSA_ERROR_DEPENDENCY_NEEDED,
  PSA_ERROR_FLASH_ABUSE,
  PSA_ERROR_INSUFFICIENT_POWER,
  PSA_OPERATION_INCOMPLETE,
  PSA_SUCCESS_REBOOT,
  PSA_SUCCESS_RESTART,
} as const;

export type PsaStatusName = keyof typeof PSA_STATUS;

const NAME_BY_VALUE = new Map<number, PsaStatusName>(
  (Object.entries(PSA_STATUS) as Array<[PsaStatusName, number]>).map(([name, value]) => [value, name]),
);

/** `-133` → `PSA_ERROR_NOT_PERMITTED`; an unknown value is printed as `PSA status -999`. */
export function statusName(status: number): string {
  return NAME_BY_VALUE.get(status) ?? `PSA status ${status}`;
}

/**
 * `NOT_PERMITTED`, `ERROR_NOT_PERMITTED` or `PSA_ERROR_NOT_PERMITTED` → -133; `SUCCESS` → 0.
 * Throws on a name the spec does not define, so a typo in a feature file is an error, not a pass.
 */
export function statusByName(name: string): number {
  const n = name.trim().toUpperCase();
  const candidates = [n, `PSA_${n}`, `PSA_ERROR_${n}`];
  for (const candidate of candidates) {
    if (candidate in PSA_STATUS) return PSA_STATUS[candidate as PsaStatusName];
  }
  throw new Error(`unknown PSA status "${name}"; expected a name such as SUCCESS, NOT_PERMITTED or PSA_ERROR_BAD_STATE`);
}
