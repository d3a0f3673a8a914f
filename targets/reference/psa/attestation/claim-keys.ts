/**
 * Claim keys of the PSA attestation token in its three profiles (psa.md §2.4):
 * - RFC 9783 profile "tag:psacertified.org,2023:psa#tfm" (Attestation API 2.0): EAT keys 10, 256,
 *   265, 268 and PSA keys 2394–2400;
 * - the PSA 2.0.0 draft profile "http://arm.com/psa/2.0.0" (draft-tschofenig-rats-psa-token-09..13):
 *   the same keys except the boot seed at 2397;
 * - the legacy PSA_IOT_PROFILE_1 (Attestation API 1.0, TF-M default): keys −75000…−75010.
 * Software component map keys (RFC 9783 §4.4.1): 1 type, 2 measurement value, 4 version, 5 signer ID,
 * 6 measurement description (legacy also had 3 security epoch).
 */

export type ProfileId = 'psa-tfm' | 'psa-2.0.0' | 'psa-iot-1';

export interface ClaimKeys {
  nonce: number;
  instanceId: number;
  profile: number;
  clientId: number;
  lifecycle: number;
  implementationId: number;
  bootSeed: number;
  certificationReference: number;
  softwareComponents: number;
  /** Legacy only: "no software measurements" instead of the software components. */
  noSwMeasurements?: number;
  verificationService: number;
}

const RFC_KEYS: ClaimKeys = {
  nonce: 10,
  instanceId: 256,
  profile: 265,
  clientId: 2394,
  lifecycle: 2395,
  implementationId: 2396,
  bootSeed: 268,
  certificationReference: 2398,
  softwareComponents: 2399,
  verificationService: 2400,
};

export const CLAIM_KEYS: Readonly<Record<ProfileId, ClaimKeys>> = {
  'psa-tfm': RFC_KEYS,
  'psa-2.0.0': { ...RFC_KEYS, bootSeed: 2397 },
  'psa-iot-1': {
    profile: -75000,
    clientId: -75001,
    lifecycle: -75002,
    implementationId: -75003,
    bootSeed: -75004,
    certificationReference: -75005,
    softwareComponents: -75006,
    noSwMeasurements: -75007,
    nonce: -75008,
    instanceId: -75009,
    verificationService: -75010,
  },
};

/** The profile claim's value in each profile. */
export const PROFILE_NAMES: Readonly<Record<ProfileId, string>> = {
  'psa-tfm': 'tag:psacertified.org,2023:psa#tfm',
  'psa-2.0.0': 'http://arm.com/psa/2.0.0',
  'psa-iot-1': 'PSA_IOT_PROFILE_1',
};

/** Derived RFC 9783 profiles share this prefix (`tag:psacertified.org,2023:psa#<name>`). */
export const RFC9783_PROFILE_PREFIX = 'tag:psacertified.org,2023:psa#';

export const SW_COMPONENT = { type: 1, measurementValue: 2, version: 4, signerId: 5, measurementDescription: 6 } as const;

/** Security lifecycle values (RFC 9783 §4.3.1): major state in the high byte. */
export const PSA_LIFECYCLE_SECURED = 0x3000;
