/**
 * The `reference` target: the in-repo reference LwM2M client and the PSA Crypto simulator — the
 * embedded default the suite runs against with no configuration at all.
 */
import type { CapabilityManifest } from '../capabilities';
import type { TargetDefinition } from '../config/schema';
import type { RoleContext, TargetBundle } from '../registry';
import type { RoleName } from '../roles';
import { PSA_SIMULATOR_CAPABILITIES } from './psa/crypto/capabilities';
import { PSA_STORAGE_SIMULATOR_CAPABILITIES } from './psa/storage/capabilities';
import { PSA_ATTESTATION_SIMULATOR_CAPABILITIES } from './psa/attestation/capabilities';
import { PSA_FWU_SIMULATOR_CAPABILITIES } from './psa/fwu/capabilities';

/**
 * What the reference LwM2M client supports in this version: CoAP over UDP, DTLS 1.2 (PSK, X.509), TCP and
 * TLS (RFC 8323), OSCORE (RFC 8613), LwM2M over MQTT and over HTTP (TS-Transport 1.2 §8, §7) — not RPK
 * (OpenSSL 3.0 lacks RFC 7250), not COSE on MQTT (/23 is stored, not applied) —, every content format of
 * TS-Core 1.2 App. C, the core and ETS object set, and the operations of ETS §1.3–1.8. A capability
 * listed here that the client then fails is a Fail, never Not Applicable.
 */
export const REFERENCE_LWM2M_CLIENT_CAPABILITIES: CapabilityManifest = {
  role: ['lwm2m-client'],
  lwm2m: ['1.1', '1.2'],
  transport: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt', 'http'],
  security: ['nosec', 'psk', 'x509', 'oscore'],
  format: ['0', '40', '42', '60', '110', '112', '11542', '11543', '11544'],
  object: ['0', '1', '2', '3', '4', '5', '6', '7', '10', '10@1.1', '11', '16', '19', '20', '21', '23', '24'],
  operation: [
    'register', 'update', 'deregister', 'read', 'write', 'execute', 'discover', 'discover-depth', 'write-attributes',
    'create', 'delete', 'read-composite', 'write-composite', 'observe', 'observe-composite', 'observe-parameters',
    'send', 'trigger-send', 'bootstrap', 'smartcard-bootstrap', 'server-initiated-bootstrap', 'bootstrap-pack', 'queue-mode', 'profile-id',
    'multi-server', 'firmware-push', 'firmware-pull', 'firmware-pull-http',
  ],
};

/**
 * What the reference LwM2M Server supports (role lwm2m-server): CoAP over UDP, DTLS 1.2 (PSK, X.509), TCP and
 * TLS (TLS-PSK in the reference target), LwM2M over MQTT at the run's broker, OSCORE clients on the coap port, endpoint names bound to the security
 * identity, LwM2M 1.0–1.2, every
 * content format the codecs decode, DM and Information Reporting operations through its HTTP control
 * API (docs/server-control-api.md), queue mode and Send.
 */
export const REFERENCE_LWM2M_SERVER_CAPABILITIES: CapabilityManifest = {
  role: ['lwm2m-server'],
  lwm2m: ['1.0', '1.1', '1.2'],
  transport: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt'],
  security: ['nosec', 'psk', 'x509', 'oscore'],
  format: ['0', '40', '42', '60', '110', '112', '11542', '11543', '11544'],
  operation: ['register', 'update', 'deregister', 'read', 'write', 'execute', 'discover', 'write-attributes', 'create', 'delete', 'read-composite', 'write-composite', 'observe', 'observe-composite', 'send', 'queue-mode'],
};

/** Unites manifests dimension by dimension. */
export function mergeCapabilities(...manifests: CapabilityManifest[]): CapabilityManifest {
  const merged: Record<string, string[]> = {};
  for (const m of manifests) {
    for (const [dim, values] of Object.entries(m)) merged[dim] = [...new Set([...(merged[dim] ?? []), ...(values ?? [])])];
  }
  return merged as CapabilityManifest;
}

export interface RoleFactories {
  'lwm2m-client': (ctx: RoleContext) => unknown;
  'lwm2m-server'?: (ctx: RoleContext) => unknown;
  'psa-crypto': (ctx: RoleContext) => unknown;
  'psa-storage'?: (ctx: RoleContext) => unknown;
  'psa-attestation'?: (ctx: RoleContext) => unknown;
  'psa-fwu'?: (ctx: RoleContext) => unknown;
}

/** A bundle from per-role factories; shared by the reference and the broken targets. */
export function bundleOf(name: string, kind: string, description: string, capabilities: CapabilityManifest, factories: RoleFactories): TargetBundle {
  return {
    name,
    kind,
    description,
    capabilities,
    async createRole<R extends RoleName>(role: R, ctx: RoleContext) {
      const factory = factories[role];
      if (!factory) throw new Error(`target "${name}" has no role ${role}`);
      return factory(ctx) as never;
    },
  };
}

export function referenceBundle(name: string, def: TargetDefinition): TargetBundle {
  return bundleOf(name, def.kind, def.description ?? 'In-repo reference targets', mergeCapabilities(REFERENCE_LWM2M_CLIENT_CAPABILITIES, REFERENCE_LWM2M_SERVER_CAPABILITIES, PSA_SIMULATOR_CAPABILITIES, PSA_STORAGE_SIMULATOR_CAPABILITIES, PSA_ATTESTATION_SIMULATOR_CAPABILITIES, PSA_FWU_SIMULATOR_CAPABILITIES), {
    'lwm2m-client': () => (require('./lwm2m/client') as typeof import('./lwm2m/client')).createReferenceClient(),
    'lwm2m-server': (ctx) => (require('./lwm2m/server') as typeof import('./lwm2m/server')).createReferenceServerTarget({ timeScale: ctx.timeScale, mqtt: ctx.mqttBroker }),
    'psa-crypto': (ctx) => (require('./psa/crypto') as typeof import('./psa/crypto')).createReferencePsaCrypto(ctx),
    'psa-storage': (ctx) => (require('./psa/storage') as typeof import('./psa/storage')).createReferencePsaStorage(ctx),
    'psa-attestation': (ctx) => (require('./psa/attestation') as typeof import('./psa/attestation')).createReferencePsaAttestation(ctx),
    'psa-fwu': (ctx) => (require('./psa/fwu') as typeof import('./psa/fwu')).createReferencePsaFwu(ctx),
  });
}
