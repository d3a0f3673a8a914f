/**
 * `psa_fwu_image_version_t` helpers: versions compare as (major, minor, patch, build)
 * lexicographically (psa.md §2.5) and are written `major.minor.patch+build` (`+build` omitted when 0).
 */
import type { PsaFwuImageVersion } from '../../../roles/psa-fwu';

export function compareVersions(a: PsaFwuImageVersion, b: PsaFwuImageVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || a.build - b.build;
}

export function formatVersion(v: PsaFwuImageVersion): string {
  return `${v.major}.${v.minor}.${v.patch}${v.build ? `+${v.build}` : ''}`;
}

/** `2.1.0`, `2.1.0+7` → the version; throws on anything else or on a field out of range. */
export function parseVersion(text: string): PsaFwuImageVersion {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:\+(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`not an image version "${text}"; expected major.minor.patch[+build]`);
  const v = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), build: Number(m[4] ?? 0) };
  if (v.major > 0xff || v.minor > 0xff || v.patch > 0xffff || v.build > 0xffffffff) throw new Error(`image version "${text}" out of range`);
  return v;
}

export const ZERO_VERSION: PsaFwuImageVersion = { major: 0, minor: 0, patch: 0, build: 0 };
