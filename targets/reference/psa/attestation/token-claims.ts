/**
 * The claims-set of a PSA attestation token (psa.md §2.4; RFC 9783 §4 for the "psa#tfm" profile, the
 * PSA 2.0.0 draft for "http://arm.com/psa/2.0.0", Attestation API 1.0 appendix for
 * PSA_IOT_PROFILE_1): a CBOR map with integer keys from claim-keys.ts.
 */
import { CLAIM_KEYS, PROFILE_NAMES, SW_COMPONENT, type ProfileId } from './claim-keys';
import type { SoftwareComponent } from './software-components';

export interface DeviceClaims {
  profile: ProfileId;
  /** Caller's partition id (≠ 0; < 0 Non-secure, > 0 Secure). */
  clientId: number;
  /** Security lifecycle (major state << 8 | minor). */
  lifecycle: number;
  /** 32 bytes identifying the implementation of the PSA RoT. */
  implementationId: Buffer;
  /** Random per boot; 32 bytes fits every profile (RFC: 8..32, legacy: 32). */
  bootSeed: Buffer;
  /** 0x01 || 32 bytes (UEID of type RAND). */
  instanceId: Buffer;
  softwareComponents: SoftwareComponent[];
  /** EAN-13 + "-" + 5 digits, e.g. "1234567890123-12345" (optional). */
  certificationReference?: string;
  /** Verification service URL (optional). */
  verificationService?: string;
}

function componentMap(c: SoftwareComponent): Map<number, unknown> {
  const m = new Map<number, unknown>([[SW_COMPONENT.type, c.type], [SW_COMPONENT.measurementValue, c.measurementValue]]);
  if (c.version !== undefined) m.set(SW_COMPONENT.version, c.version);
  m.set(SW_COMPONENT.signerId, c.signerId);
  if (c.measurementDescription !== undefined) m.set(SW_COMPONENT.measurementDescription, c.measurementDescription);
  return m;
}

export function claimsSet(nonce: Uint8Array, d: DeviceClaims): Map<number, unknown> {
  const k = CLAIM_KEYS[d.profile];
  const claims = new Map<number, unknown>([
    [k.profile, PROFILE_NAMES[d.profile]],
    [k.clientId, d.clientId],
    [k.lifecycle, d.lifecycle],
    [k.implementationId, d.implementationId],
    [k.bootSeed, d.bootSeed],
    [k.nonce, Buffer.from(nonce)],
    [k.instanceId, d.instanceId],
  ]);
  if (d.certificationReference !== undefined) claims.set(k.certificationReference, d.certificationReference);
  claims.set(k.softwareComponents, d.softwareComponents.map(componentMap));
  if (d.verificationService !== undefined) claims.set(k.verificationService, d.verificationService);
  return claims;
}
