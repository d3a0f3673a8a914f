/** How Firmware Update calls are written in the `psa-calls` evidence (spec names for states and statuses). */
import type { PsaFwuQueryResult, PsaFwuTestImage, PsaFwuTestImageRequest } from '../../targets/roles/psa-fwu';
import { statusName } from '../../targets/reference/psa/constants';
import { formatVersion, fwuStateName } from '../../targets/reference/psa/fwu';
import { formatBytes } from '../psa/call-format';
import type { CallFormat, CallFormats } from '../psa-storage/logged-target';

const byComponent: CallFormat = { args: (c) => `component=${c}`, result: statusName };
const none: CallFormat = { args: () => '', result: statusName };

export const FWU_CALL_FORMATS: CallFormats = {
  psa_fwu_query: {
    args: (c) => `component=${c}`,
    result: (r: PsaFwuQueryResult) =>
      `${statusName(r.status)} state=${fwuStateName(r.info.state)} error=${statusName(r.info.error)} version=${formatVersion(r.info.version)} max_size=${r.info.max_size} flags=0x${r.info.flags.toString(16)}`,
  },
  psa_fwu_start: { args: (c, manifest) => `component=${c}, manifest=${formatBytes(manifest)}`, result: statusName },
  psa_fwu_write: { args: (c, offset, block) => `component=${c}, image_offset=${offset}, block=${formatBytes(block)}`, result: statusName },
  psa_fwu_finish: byComponent,
  psa_fwu_cancel: byComponent,
  psa_fwu_clean: byComponent,
  psa_fwu_install: none,
  psa_fwu_request_reboot: none,
  psa_fwu_reject: { args: (error) => `error=${statusName(error)}`, result: statusName },
  psa_fwu_accept: none,
  reboot: { args: () => '', result: () => 'rebooted' },
  prepare_test_image: {
    args: (r: PsaFwuTestImageRequest) =>
      `component=${r.component}, version=${formatVersion(r.version)}${r.securityVersion !== undefined ? `, security_version=${r.securityVersion}` : ''}${
        r.dependencies?.length ? `, dependencies=${r.dependencies.map((d) => `${d.component}>=${formatVersion(d.minVersion)}`).join(' ')}` : ''
      }${r.defect ? `, defect=${r.defect}` : ''}`,
    result: (i: PsaFwuTestImage) => `manifest=${formatBytes(i.manifest)} image=${formatBytes(i.image)}`,
  },
  close: { args: () => '', result: () => 'done' },
};
