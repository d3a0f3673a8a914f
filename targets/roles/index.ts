/**
 * The role interfaces a target may implement (DESIGN.md "Targets and capabilities"). A target bundle
 * implements only the roles it has; a scenario for a missing role is Not Applicable.
 */
import type { Lwm2mClientTarget } from './lwm2m-client';
import type { PsaCryptoTarget } from './psa-crypto';

export type { Lwm2mClientTarget } from './lwm2m-client';
export type { PsaCryptoTarget } from './psa-crypto';

/** Role name (as used in `@requires:role=` and capability manifests) → interface. */
export interface RoleMap {
  'lwm2m-client': Lwm2mClientTarget;
  'psa-crypto': PsaCryptoTarget;
}

export type RoleName = keyof RoleMap;

export const ROLE_NAMES: readonly RoleName[] = ['lwm2m-client', 'psa-crypto'];
