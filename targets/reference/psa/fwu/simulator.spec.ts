import type { PsaFwuImageVersion, PsaFwuTestImageRequest } from '../../../roles/psa-fwu';
import { PsaFwuSimulator } from './simulator';
import {
  PSA_FWU_CANDIDATE,
  PSA_FWU_FAILED,
  PSA_FWU_READY,
  PSA_FWU_REJECTED,
  PSA_FWU_STAGED,
  PSA_FWU_TRIAL,
  PSA_FWU_UPDATED,
  PSA_FWU_WRITING,
} from './constants';

const S = { SUCCESS: 0, REBOOT: 1, NOT_PERMITTED: -133, INVALID_ARGUMENT: -135, BAD_STATE: -137, DOES_NOT_EXIST: -140, INVALID_SIGNATURE: -149, DEPENDENCY_NEEDED: -156 };
const v = (major: number, minor = 0, patch = 0): PsaFwuImageVersion => ({ major, minor, patch, build: 0 });

async function candidate(fwu: PsaFwuSimulator, req: PsaFwuTestImageRequest): Promise<number> {
  const { manifest, image } = await fwu.prepare_test_image(req);
  const started = await fwu.psa_fwu_start(req.component, manifest);
  if (started !== S.SUCCESS) return started;
  for (let off = 0; off < image.length; off += 512) await fwu.psa_fwu_write(req.component, off, image.subarray(off, off + 512));
  return fwu.psa_fwu_finish(req.component);
}

const state = async (fwu: PsaFwuSimulator, c: number) => (await fwu.psa_fwu_query(c)).info.state;
const version = async (fwu: PsaFwuSimulator, c: number) => (await fwu.psa_fwu_query(c)).info.version.major;

describe('PsaFwuSimulator state model (FWU API 1.0)', () => {
  it('reboot + trial: CANDIDATE → STAGED → (reboot) TRIAL → UPDATED → READY', async () => {
    const fwu = new PsaFwuSimulator();
    expect(await candidate(fwu, { component: 0, version: v(2) })).toBe(S.SUCCESS);
    expect(await state(fwu, 0)).toBe(PSA_FWU_CANDIDATE);
    expect(await fwu.psa_fwu_install()).toBe(S.REBOOT);
    expect(await state(fwu, 0)).toBe(PSA_FWU_STAGED);
    expect(await fwu.psa_fwu_install()).toBe(S.BAD_STATE);
    expect(await fwu.psa_fwu_request_reboot()).toBe(S.SUCCESS);
    expect([await state(fwu, 0), await version(fwu, 0)]).toEqual([PSA_FWU_TRIAL, 2]);
    expect(await fwu.psa_fwu_accept()).toBe(S.SUCCESS);
    expect(await state(fwu, 0)).toBe(PSA_FWU_UPDATED);
    expect(await fwu.psa_fwu_clean(0)).toBe(S.SUCCESS);
    expect([await state(fwu, 0), await version(fwu, 0)]).toEqual([PSA_FWU_READY, 2]);
  });

  it('rolls a TRIAL back at reboot when not accepted, and after reject + reboot', async () => {
    const fwu = new PsaFwuSimulator();
    await candidate(fwu, { component: 0, version: v(2) });
    await fwu.psa_fwu_install();
    await fwu.reboot();
    await fwu.reboot();
    expect([await state(fwu, 0), await version(fwu, 0)]).toEqual([PSA_FWU_FAILED, 1]);
    await fwu.psa_fwu_clean(0);
    await candidate(fwu, { component: 0, version: v(3) });
    await fwu.psa_fwu_install();
    await fwu.reboot();
    expect(await fwu.psa_fwu_reject(-132)).toBe(S.REBOOT);
    expect(await state(fwu, 0)).toBe(PSA_FWU_REJECTED);
    await fwu.reboot();
    expect((await fwu.psa_fwu_query(0)).info).toMatchObject({ state: PSA_FWU_FAILED, error: -132, version: v(1) });
  });

  it('installs without reboot: trial component → TRIAL, plain component → UPDATED', async () => {
    const fwu = new PsaFwuSimulator();
    await candidate(fwu, { component: 2, version: v(2) });
    expect(await fwu.psa_fwu_install()).toBe(S.SUCCESS);
    expect(await state(fwu, 2)).toBe(PSA_FWU_TRIAL);
    expect(await fwu.psa_fwu_reject(0)).toBe(S.SUCCESS);
    expect([await state(fwu, 2), await version(fwu, 2)]).toEqual([PSA_FWU_FAILED, 1]);
    await candidate(fwu, { component: 3, version: v(4) });
    expect(await fwu.psa_fwu_install()).toBe(S.SUCCESS);
    expect([await state(fwu, 3), await version(fwu, 3)]).toEqual([PSA_FWU_UPDATED, 4]);
  });

  it('loses volatile staging at reboot and keeps non-volatile candidates', async () => {
    const fwu = new PsaFwuSimulator();
    await candidate(fwu, { component: 1, version: v(2) });
    await candidate(fwu, { component: 3, version: v(2) });
    await fwu.reboot();
    expect([await state(fwu, 1), await state(fwu, 3)]).toEqual([PSA_FWU_READY, PSA_FWU_CANDIDATE]);
  });

  it('rejects unsigned, foreign, corrupt and rollback images with the spec statuses', async () => {
    const fwu = new PsaFwuSimulator();
    expect(await candidate(fwu, { component: 3, version: v(2), defect: 'unsigned' })).toBe(S.INVALID_SIGNATURE);
    expect(await candidate(fwu, { component: 3, version: v(2), defect: 'bad-signature' })).toBe(S.INVALID_SIGNATURE);
    expect(await candidate(fwu, { component: 3, version: v(2), defect: 'malformed' })).toBe(S.INVALID_ARGUMENT);
    expect(await state(fwu, 3)).toBe(PSA_FWU_READY);
    expect(await candidate(fwu, { component: 3, version: v(2), defect: 'bad-digest' })).toBe(S.INVALID_SIGNATURE);
    expect((await fwu.psa_fwu_query(3)).info).toMatchObject({ state: PSA_FWU_FAILED, error: S.INVALID_SIGNATURE });
    await fwu.psa_fwu_clean(3);
    await candidate(fwu, { component: 3, version: v(5), securityVersion: 4 });
    await fwu.psa_fwu_install();
    await fwu.psa_fwu_clean(3);
    expect(await candidate(fwu, { component: 3, version: v(6), securityVersion: 3 })).toBe(S.NOT_PERMITTED);
  });

  it('checks dependencies at install against candidates and active images', async () => {
    const fwu = new PsaFwuSimulator();
    await candidate(fwu, { component: 3, version: v(2), dependencies: [{ component: 2, minVersion: v(2) }] });
    expect(await fwu.psa_fwu_install()).toBe(S.DEPENDENCY_NEEDED);
    expect(await state(fwu, 3)).toBe(PSA_FWU_CANDIDATE);
    await candidate(fwu, { component: 2, version: v(2) });
    expect(await fwu.psa_fwu_install()).toBe(S.SUCCESS);
    expect([await state(fwu, 2), await state(fwu, 3)]).toEqual([PSA_FWU_TRIAL, PSA_FWU_UPDATED]);
  });

  it('refuses bad writes and unknown components', async () => {
    const fwu = new PsaFwuSimulator();
    const { manifest } = await fwu.prepare_test_image({ component: 3, version: v(2) });
    expect(await fwu.psa_fwu_write(3, 0, new Uint8Array(8))).toBe(S.BAD_STATE);
    expect(await fwu.psa_fwu_start(3, new Uint8Array(0))).toBe(S.INVALID_ARGUMENT);
    expect(await fwu.psa_fwu_start(3, manifest)).toBe(S.SUCCESS);
    expect(await state(fwu, 3)).toBe(PSA_FWU_WRITING);
    expect(await fwu.psa_fwu_write(3, 4, new Uint8Array(8))).toBe(S.INVALID_ARGUMENT);
    expect(await fwu.psa_fwu_write(3, 0, new Uint8Array(0))).toBe(S.INVALID_ARGUMENT);
    expect(await fwu.psa_fwu_write(3, 0, new Uint8Array(4097))).toBe(S.INVALID_ARGUMENT);
    expect(await fwu.psa_fwu_write(3, 16 * 1024, new Uint8Array(8))).toBe(S.INVALID_ARGUMENT);
    expect(await fwu.psa_fwu_start(9, manifest)).toBe(S.DOES_NOT_EXIST);
    expect((await fwu.psa_fwu_query(9)).status).toBe(S.DOES_NOT_EXIST);
  });

  it('reports installed images as attestation software components', async () => {
    const fwu = new PsaFwuSimulator();
    const before = fwu.installedImages().find((c) => c.type === 'TS')!;
    await candidate(fwu, { component: 3, version: v(2, 1, 3) });
    await fwu.psa_fwu_install();
    const after = fwu.installedImages().find((c) => c.type === 'TS')!;
    expect(after.version).toBe('2.1.3');
    expect(after.measurementValue.equals(before.measurementValue)).toBe(false);
  });
});
