/**
 * The storage simulator's capability manifest: the psa-storage role, every ITS and PS function, and the
 * optional PS functions (psa_ps_create, psa_ps_set_extended: psa_ps_get_support reports
 * PSA_STORAGE_SUPPORT_SET_EXTENDED). Scenarios for the optional API carry
 * `@requires:api=psa_ps_set_extended`.
 */
import type { CapabilityManifest } from '../../../capabilities';

export const PSA_STORAGE_SIMULATOR_CAPABILITIES: CapabilityManifest = {
  role: ['psa-storage'],
  api: [
    'psa_its_set',
    'psa_its_get',
    'psa_its_get_info',
    'psa_its_remove',
    'psa_ps_set',
    'psa_ps_get',
    'psa_ps_get_info',
    'psa_ps_remove',
    'psa_ps_get_support',
    'psa_ps_create',
    'psa_ps_set_extended',
  ],
};
