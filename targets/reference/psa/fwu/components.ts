/**
 * The reference device's firmware components. Each takes one of the installation variants of the FWU
 * API 1.0 appendix "Variation in system design" (reboot and trial, reboot without trial, trial without
 * reboot, neither), with volatile or non-volatile staging (PSA_FWU_FLAG_VOLATILE_STAGING), so every
 * state and transition of the state model is reachable. Capability values `fwu=<id>:<variant>` name them.
 */

export interface ComponentConfig {
  id: number;
  /** Measurement type reported in attestation tokens (RFC 9783 §4.4.1). */
  type: string;
  needsReboot: boolean;
  needsTrial: boolean;
  volatileStaging: boolean;
  /** `max_size`: the largest image the component's staging area holds. */
  maxSize: number;
}

export type InstallVariant = 'reboot-trial' | 'reboot-no-trial' | 'trial-no-reboot' | 'no-reboot-no-trial';

export function variantOf(c: Pick<ComponentConfig, 'needsReboot' | 'needsTrial'>): InstallVariant {
  if (c.needsReboot) return c.needsTrial ? 'reboot-trial' : 'reboot-no-trial';
  return c.needsTrial ? 'trial-no-reboot' : 'no-reboot-no-trial';
}

export const REFERENCE_COMPONENTS: readonly ComponentConfig[] = [
  { id: 0, type: 'PRoT', needsReboot: true, needsTrial: true, volatileStaging: false, maxSize: 64 * 1024 },
  { id: 1, type: 'ARoT', needsReboot: true, needsTrial: false, volatileStaging: true, maxSize: 64 * 1024 },
  { id: 2, type: 'App', needsReboot: false, needsTrial: true, volatileStaging: false, maxSize: 64 * 1024 },
  { id: 3, type: 'TS', needsReboot: false, needsTrial: false, volatileStaging: false, maxSize: 16 * 1024 },
];
