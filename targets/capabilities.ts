/**
 * Capability manifests. A target declares, per dimension, the values it supports; a scenario states
 * what it needs with `@requires:<dimension>=<value>` tags (DESIGN.md "Targets and capabilities",
 * modelled on psa-arch-tests' ARCH_TEST_* flags in pal_crypto_config.h).
 *
 * A missing *optional* capability makes the scenario Not Applicable with the reason attached; a target
 * that claims a capability and then fails it is a Fail.
 */

/** Dimensions a manifest can declare. Values are strings in the spec's own spelling. */
export const CAPABILITY_DIMENSIONS = {
  role: 'roles the target implements (lwm2m-client, lwm2m-server, lwm2m-bootstrap, psa-crypto, psa-storage, psa-attestation, psa-fwu)',
  lwm2m: 'LwM2M enabler versions (1.0, 1.1, 1.2)',
  transport: 'transports (coap, coaps, coap+tcp, coaps+tcp, mqtt, http)',
  security: 'security modes (nosec, psk, rpk, x509, oscore)',
  format: 'content formats by CoAP number (0 text, 40 link, 42 opaque, 11542 TLV, ...)',
  object: 'LwM2M objects as id or id@version (3, 3@1.2)',
  operation: 'LwM2M operations (read, write, execute, observe, ...)',
  key: 'PSA key types, optionally with bits (AES:128, RSA_KEY_PAIR:2048, ECC_KEY_PAIR(SECP_R1):256)',
  alg: 'PSA algorithms (CCM, GCM, SHA_256, ECDSA, ...)',
  lifetime: 'PSA key lifetimes (VOLATILE, PERSISTENT)',
  api: 'PSA optional API functions (psa_hash_suspend, psa_ps_create, ...)',
  fwu: 'PSA Firmware Update components as <id>:<install variant> (0:reboot-trial, 1:reboot-no-trial, 2:trial-no-reboot, 3:no-reboot-no-trial) and policies (dependencies, anti-rollback, manifest-signature, volatile-staging)',
} as const;

export type CapabilityDimension = keyof typeof CAPABILITY_DIMENSIONS;

/** What a target supports: for each dimension, the list of supported values. */
export type CapabilityManifest = Partial<Record<CapabilityDimension, readonly string[]>>;

export interface Requirement {
  dimension: CapabilityDimension;
  value: string;
}

const REQUIRES_TAG = /^@requires:([a-z]+)=(.+)$/;

/** Parses `@requires:key=AES:128` into a requirement; other tags give undefined. */
export function parseRequirementTag(tag: string): Requirement | undefined {
  const m = REQUIRES_TAG.exec(tag);
  if (!m) return undefined;
  const dimension = m[1] as CapabilityDimension;
  if (!(dimension in CAPABILITY_DIMENSIONS)) {
    throw new Error(`unknown capability dimension "${m[1]}" in tag ${tag}; known: ${Object.keys(CAPABILITY_DIMENSIONS).join(', ')}`);
  }
  return { dimension, value: m[2] };
}

/** True when the manifest lists the value (exactly, or `AES` listed without bits covers `AES:128`). */
export function supports(manifest: CapabilityManifest, req: Requirement): boolean {
  const values = manifest[req.dimension] ?? [];
  return values.some((v) => v === req.value || req.value.startsWith(`${v}:`) || req.value.startsWith(`${v}@`));
}

/** Requirements from a tag list that the manifest does not meet. */
export function unmetRequirements(manifest: CapabilityManifest, tags: readonly string[]): Requirement[] {
  return tags
    .map(parseRequirementTag)
    .filter((r): r is Requirement => r !== undefined)
    .filter((r) => !supports(manifest, r));
}
