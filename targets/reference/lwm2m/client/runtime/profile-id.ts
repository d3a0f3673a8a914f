/**
 * 1.2 dynamic Profile ID (TS-Core 1.2 §6.2.1 "Profile ID"; RFC 6920 §9.4 Named Information hash
 * suites): instead of listing a well-known set of Objects and Object Instances in every Register, the
 * client sends `pid=<suite>:<lowercase hex>` — a hash of that list — and lists only the rest. Suite 6
 * is sha-256-32, the leftmost 32 bits of SHA-256, as in ETS int-110 (`pid=6:27354b9a`).
 *
 * The TS leaves the exact bytes hashed to the implementation ("a hash over the list of Objects, Object
 * Versions and Object Instances"; 1.2.2: versions always included). The reference client hashes the
 * CoRE link-format list exactly as `registrationObjectLinks` writes it, with `ver` on every Object.
 * The ETS value 27354b9a is not reproducible from the ETS text; the harness knows both.
 */
import { createHash } from 'node:crypto';
import { registrationObjectLinks, type RegisteredObject } from '../../codecs/registration-links';

/** RFC 6920 §9.4: suite identifier 6 = sha-256-32. */
export const SHA256_32_SUITE = 6;

/** The Objects of the reference client's profile: the core LwM2M Server and Device (ETS int-110). */
export const PROFILE_OBJECTS: readonly number[] = [1, 3];

/** The canonical bytes of a profile: its link list with an explicit `ver` on every Object. */
export function profilePreimage(objects: readonly RegisteredObject[], impliedVersion: string): string {
  return registrationObjectLinks(objects.map((o) => ({ ...o, version: o.version ?? impliedVersion })));
}

/** `6:xxxxxxxx`: the sha-256-32 Profile ID of `objects`. */
export function dynamicProfileId(objects: readonly RegisteredObject[], impliedVersion: string): string {
  const digest = createHash('sha256').update(profilePreimage(objects, impliedVersion), 'utf8').digest();
  return `${SHA256_32_SUITE}:${digest.subarray(0, 4).toString('hex')}`;
}

/** Splits an object list into the part the profile covers and the part the Register still lists. */
export function splitByProfile(objects: readonly RegisteredObject[]): { profile: RegisteredObject[]; rest: RegisteredObject[] } {
  return {
    profile: objects.filter((o) => PROFILE_OBJECTS.includes(o.objectId)),
    rest: objects.filter((o) => !PROFILE_OBJECTS.includes(o.objectId)),
  };
}
