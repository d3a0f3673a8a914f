/** How Secure Storage calls are written in the `psa-calls` evidence (spec names for flags and statuses). */
import type { PsaStorageDataResult, PsaStorageInfoResult } from '../../targets/roles/psa-storage';
import { statusName } from '../../targets/reference/psa/constants';
import { storageFlagNames } from '../../targets/reference/psa/storage/flags';
import { formatBytes } from '../psa/call-format';
import type { CallFormat, CallFormats } from './logged-target';

const data = (r: PsaStorageDataResult) => `${statusName(r.status)} p_data_length=${r.data.length}${r.data.length ? ` data=${formatBytes(r.data)}` : ''}`;
const info = (r: PsaStorageInfoResult) =>
  `${statusName(r.status)} capacity=${r.info.capacity} size=${r.info.size} flags=${storageFlagNames(r.info.flags)}`;

const set: CallFormat = {
  args: (client, uid, bytes, flags) => `client=${client}, uid=${uid}, data=${formatBytes(bytes)}, create_flags=${storageFlagNames(flags)}`,
  result: statusName,
};
const get: CallFormat = { args: (client, uid, offset, size) => `client=${client}, uid=${uid}, data_offset=${offset}, data_size=${size}`, result: data };
const byUid: CallFormat = { args: (client, uid) => `client=${client}, uid=${uid}`, result: statusName };

export const STORAGE_CALL_FORMATS: CallFormats = {
  psa_its_set: set,
  psa_its_get: get,
  psa_its_get_info: { ...byUid, result: info },
  psa_its_remove: byUid,
  psa_ps_set: set,
  psa_ps_get: get,
  psa_ps_get_info: { ...byUid, result: info },
  psa_ps_remove: byUid,
  psa_ps_create: {
    args: (client, uid, capacity, flags) => `client=${client}, uid=${uid}, capacity=${capacity}, create_flags=${storageFlagNames(flags)}`,
    result: statusName,
  },
  psa_ps_set_extended: {
    args: (client, uid, offset, bytes) => `client=${client}, uid=${uid}, data_offset=${offset}, data_length=${bytes.length}, data=${formatBytes(bytes)}`,
    result: statusName,
  },
  psa_ps_get_support: { args: (client) => `client=${client}`, result: (support: number) => `0x${support.toString(16)}` },
  close: { args: () => '', result: () => 'done' },
};
