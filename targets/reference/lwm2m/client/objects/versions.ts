/**
 * Object versions the reference client implements other than 1.0, for the `ver` link attribute of
 * Register, Update and Discover (TS-Core 1.1 §6.2.1, §7.2.2: a link without `ver` claims 1.0).
 *
 * Every other object the client serves only uses Resources that exist in its version 1.0, so it is
 * announced without `ver`. Object 10 is different: the client serves version 1.1 (the Power Saving
 * Mode Resources 12-14 are new there, and Resource 6 is gone), which the ETS checks as
 * `</10>;ver="1.1"` in int-1201..1204.
 */
export const OBJECT_VERSIONS: ReadonlyMap<number, string> = new Map([[10, '1.1']]);

/** The version to announce for an object, or undefined for 1.0 (no `ver`). */
export function announcedVersion(objectId: number): string | undefined {
  return OBJECT_VERSIONS.get(objectId);
}
