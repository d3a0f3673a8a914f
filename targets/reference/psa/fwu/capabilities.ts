/**
 * The FWU simulator's capability manifest: the psa-fwu role, every FWU 1.0 function, its components as
 * `fwu=<id>:<install variant>` (components.ts) and the policies scenarios rely on: `dependencies`
 * (DEPENDENCY_NEEDED at install), `anti-rollback` (NOT_PERMITTED for a lower security version),
 * `manifest-signature` (INVALID_SIGNATURE for an unsigned or foreign manifest), `volatile-staging`.
 */
import type { CapabilityManifest } from '../../../capabilities';
import { REFERENCE_COMPONENTS, variantOf } from './components';

export const PSA_FWU_SIMULATOR_CAPABILITIES: CapabilityManifest = {
  role: ['psa-fwu'],
  api: [
    'psa_fwu_query',
    'psa_fwu_start',
    'psa_fwu_write',
    'psa_fwu_finish',
    'psa_fwu_cancel',
    'psa_fwu_clean',
    'psa_fwu_install',
    'psa_fwu_request_reboot',
    'psa_fwu_reject',
    'psa_fwu_accept',
  ],
  fwu: [
    ...REFERENCE_COMPONENTS.map((c) => `${c.id}:${variantOf(c)}`),
    'dependencies',
    'anti-rollback',
    'manifest-signature',
    'volatile-staging',
  ],
};
