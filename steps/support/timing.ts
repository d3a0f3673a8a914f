/**
 * Timing profiles (issue: `--timing fast|spec`). `spec` waits the ETS's own values, for vendor
 * devices. `fast` scales lifetimes, pmin/pmax and CoAP timeouts down for the in-repo reference targets
 * so the default run stays short; the ratios between the waits are kept, so ordering-sensitive
 * criteria ("Update before the lifetime expires") still mean the same thing.
 */
export type TimingProfile = 'fast' | 'spec';

export const TIMING_PROFILES: readonly TimingProfile[] = ['fast', 'spec'];

/** Wall-clock seconds per spec second. */
export function timeScaleFor(profile: TimingProfile): number {
  return profile === 'fast' ? 0.05 : 1;
}

/** Cucumber's per-step wall-clock guard: a hung target must not hang the run. */
export function stepTimeoutMs(profile: TimingProfile): number {
  return profile === 'fast' ? 20_000 : 600_000;
}
