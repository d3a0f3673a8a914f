/**
 * The Secure Storage calls as feature files write them, C-like: `psa_its_set(6, s001_write_buff, NONE)`,
 * `psa_ps_get(5, 0, 16)`, `psa_ps_set_extended(4, 8, s013_write_buff_2)` (data_length is the data's
 * length), `psa_ps_get_support()`. Each call runs on the scenario's target as the current client and
 * records what the checkpoints look at. Arguments follow psa-api doc/storage/api/api.rst.
 */
import type { PsaStorageTarget } from '../../targets/roles/psa-storage';
import { storageFlagsByName } from '../../targets/reference/psa/storage/flags';
import type { TestfestWorld } from '../support/world';
import { parseUid, storageData } from './storage-data';
import { noteCreated, noteRemoved, recordStorageStatus, storageScenario, storageTarget, type StorageApi } from './storage-scenario';

/** `16`, `0x10`, or `UINT32_MAX` (psa-arch-tests TEST_MAX_UINT32). */
export function parseSize(text: string): number {
  const t = text.trim();
  if (t === 'UINT32_MAX') return 0xffffffff;
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(t)) throw new Error(`not a size: "${text}"`);
  return Number(t);
}

type Call = (world: TestfestWorld, t: PsaStorageTarget, api: StorageApi, client: number, args: string[]) => Promise<void>;

const CALLS: Record<string, { arity: number; psOnly?: boolean; run: Call }> = {
  set: {
    arity: 3,
    run: async (w, t, api, client, [uid, data, flags]) => {
      const u = parseUid(uid);
      const status = await t[`psa_${api}_set`](client, u, storageData(data), storageFlagsByName(flags));
      storageScenario(w).lastSet = status;
      noteCreated(w, api, u, status);
      recordStorageStatus(w, `psa_${api}_set`, status);
    },
  },
  get: {
    arity: 3,
    run: async (w, t, api, client, [uid, offset, size]) => {
      const r = await t[`psa_${api}_get`](client, parseUid(uid), parseSize(offset), parseSize(size));
      storageScenario(w).data = r.data;
      recordStorageStatus(w, `psa_${api}_get`, r.status);
    },
  },
  get_info: {
    arity: 1,
    run: async (w, t, api, client, [uid]) => {
      const r = await t[`psa_${api}_get_info`](client, parseUid(uid));
      storageScenario(w).info = r.info;
      recordStorageStatus(w, `psa_${api}_get_info`, r.status);
    },
  },
  remove: {
    arity: 1,
    run: async (w, t, api, client, [uid]) => {
      const u = parseUid(uid);
      const status = await t[`psa_${api}_remove`](client, u);
      noteRemoved(w, api, u, status);
      recordStorageStatus(w, `psa_${api}_remove`, status);
    },
  },
  create: {
    arity: 3,
    psOnly: true,
    run: async (w, t, _api, client, [uid, capacity, flags]) => {
      const u = parseUid(uid);
      const status = await t.psa_ps_create(client, u, parseSize(capacity), storageFlagsByName(flags));
      noteCreated(w, 'ps', u, status);
      recordStorageStatus(w, 'psa_ps_create', status);
    },
  },
  set_extended: {
    arity: 3,
    psOnly: true,
    run: async (w, t, _api, client, [uid, offset, data]) => {
      const status = await t.psa_ps_set_extended(client, parseUid(uid), parseSize(offset), storageData(data));
      recordStorageStatus(w, 'psa_ps_set_extended', status);
    },
  },
  get_support: {
    arity: 0,
    psOnly: true,
    run: async (w, t, _api, client) => {
      storageScenario(w).support = await t.psa_ps_get_support(client);
    },
  },
};

/** Regex source: `psa_(its|ps)_(fn)\((args)\)` — three capture groups. */
export const STORAGE_CALL = String.raw`psa_(its|ps)_(set|get|get_info|remove|create|set_extended|get_support)\((.*)\)`;

export async function callStorage(world: TestfestWorld, api: StorageApi, fn: string, argText: string): Promise<void> {
  const call = CALLS[fn];
  const args = argText.trim() === '' ? [] : argText.split(',').map((a) => a.trim());
  if (!call) throw new Error(`unknown storage function psa_${api}_${fn}`);
  if (call.psOnly && api !== 'ps') throw new Error(`psa_${api}_${fn} does not exist: ${fn} is a Protected Storage function`);
  if (args.length !== call.arity) throw new Error(`psa_${api}_${fn} takes ${call.arity} arguments here, got ${args.length}: (${argText})`);
  await call.run(world, await storageTarget(world), api, storageScenario(world).client, args);
}
