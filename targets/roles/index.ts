/**
 * The role interfaces a target may implement (DESIGN.md "Targets and capabilities"). A target bundle
 * implements only the roles it has; a scenario for a missing role is Not Applicable.
 */
import type { Lwm2mClientTarget } from './lwm2m-client';
import type { Lwm2mServerTarget } from './lwm2m-server';
import type { PsaCryptoTarget } from './psa-crypto';
import type { PsaStorageTarget } from './psa-storage';
import type { PsaAttestationTarget } from './psa-attestation';
import type { PsaFwuTarget } from './psa-fwu';

export type { Lwm2mClientTarget } from './lwm2m-client';
export type { Lwm2mServerEndpoints, Lwm2mServerTarget } from './lwm2m-server';
export type { PsaCryptoTarget } from './psa-crypto';
export type { PsaStorageTarget } from './psa-storage';
export type { PsaAttestationTarget } from './psa-attestation';
export type { PsaFwuTarget } from './psa-fwu';

/** Role name (as used in `@requires:role=` and capability manifests) → interface. */
export interface RoleMap {
  'lwm2m-client': Lwm2mClientTarget;
  'lwm2m-server': Lwm2mServerTarget;
  'psa-crypto': PsaCryptoTarget;
  'psa-storage': PsaStorageTarget;
  'psa-attestation': PsaAttestationTarget;
  'psa-fwu': PsaFwuTarget;
}

export type RoleName = keyof RoleMap;

export const ROLE_NAMES: readonly RoleName[] = ['lwm2m-client', 'lwm2m-server', 'psa-crypto', 'psa-storage', 'psa-attestation', 'psa-fwu'];
