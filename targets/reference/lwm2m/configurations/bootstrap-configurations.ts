/**
 * The configurations of the bootstrap, firmware and multi-server cases (ETS §6.1, int-751..779,
 * int-950/951), registered in index.ts as one group.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C8 } from './c8';
import { C13 } from './c13';
import { C14 } from './c14';

export { C8 } from './c8';
export { C13, UNSET_BOOTSTRAP_URI } from './c13';
export { C14 } from './c14';
export { withBootstrapServerUri, withServerAccountUri } from './with-account-uri';

export const BOOTSTRAP_CONFIGURATIONS: Readonly<Record<string, ClientConfiguration>> = { 'C.8': C8, 'C.13': C13, 'C.14': C14 };
