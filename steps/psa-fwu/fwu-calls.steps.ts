/**
 * Firmware Update call steps (FWU API 1.0, psa-api doc/fwu/api/api.rst; scenarios after the themes
 * of TF-M's FWU tests 1001–1008): test images, the per-component and global calls, reboots, and the
 * state-model driver `Given component 0 is in state TRIAL`.
 */
import { Given, When } from '@cucumber/cucumber';
import type { PsaFwuTestImageRequest } from '../../targets/roles/psa-fwu';
import { parseVersion } from '../../targets/reference/psa/fwu';
import { statusByName } from '../../targets/reference/psa/constants';
import { recordStatus } from '../psa/psa-scenario';
import type { TestfestWorld } from '../support/world';
import { driveToState } from './drive-state';
import { applyOperation } from './fwu-operations';
import { fwuScenario, fwuTarget, testImage } from './fwu-scenario';

const DEFECTS: Record<string, PsaFwuTestImageRequest['defect']> = {
  unsigned: 'unsigned',
  'signed by another key': 'bad-signature',
  'with a corrupted payload': 'bad-digest',
  'with a malformed manifest': 'malformed',
};

Given(
  /^a test image "([\w-]+)" for component (\d+) at version (\S+)(?: with security version (\d+))?(?: depending on component (\d+) at version (\S+) or later)?(?:, (unsigned|signed by another key|with a corrupted payload|with a malformed manifest))?$/,
  async function (this: TestfestWorld, name: string, component: number, version: string, security?: number, dep?: number, depVersion?: string, defect?: string) {
    const request: PsaFwuTestImageRequest = { component: Number(component), version: parseVersion(version) };
    if (security !== undefined && security !== null) request.securityVersion = Number(security);
    if (dep !== undefined && dep !== null) request.dependencies = [{ component: Number(dep), minVersion: parseVersion(depVersion!) }];
    if (defect) request.defect = DEFECTS[defect];
    const image = await (await fwuTarget(this)).prepare_test_image(request);
    fwuScenario(this).images.set(name, { request, image });
  },
);

Given(/^component (\d+) is in state (\w+)$/, async function (this: TestfestWorld, component: number, state: string) {
  await driveToState(this, Number(component), state);
});

When(/^psa_fwu_start is called for component (\d+) with the manifest of "([\w-]+)"$/, async function (this: TestfestWorld, component: number, name: string) {
  recordStatus(this, 'psa_fwu_start', await (await fwuTarget(this)).psa_fwu_start(Number(component), testImage(this, name).manifest));
});

When(/^psa_fwu_start is called for component (\d+) with no manifest$/, async function (this: TestfestWorld, component: number) {
  recordStatus(this, 'psa_fwu_start', await (await fwuTarget(this)).psa_fwu_start(Number(component), new Uint8Array(0)));
});

When(/^the image "([\w-]+)" is written to component (\d+) in blocks of (\d+) bytes$/, async function (this: TestfestWorld, name: string, component: number, block: number) {
  const t = await fwuTarget(this);
  const { image } = testImage(this, name);
  let status = 0;
  for (let off = 0; off < image.length && status === 0; off += Number(block)) {
    status = await t.psa_fwu_write(Number(component), off, image.subarray(off, off + Number(block)));
  }
  recordStatus(this, 'psa_fwu_write', status);
});

When(/^psa_fwu_write is called for component (\d+) at offset (\d+) with (\d+) bytes$/, async function (this: TestfestWorld, component: number, offset: number, size: number) {
  recordStatus(this, 'psa_fwu_write', await (await fwuTarget(this)).psa_fwu_write(Number(component), Number(offset), new Uint8Array(Number(size))));
});

When(/^the update client calls (psa_fwu_\w+) for component (\d+)$/, async function (this: TestfestWorld, operation: string, component: number) {
  await applyOperation(this, operation, Number(component));
});

When(/^(psa_fwu_(?:finish|cancel|clean)) is called for component (\d+)$/, async function (this: TestfestWorld, operation: string, component: number) {
  await applyOperation(this, operation, Number(component));
});

When(/^(psa_fwu_(?:install|accept|request_reboot)) is called$/, async function (this: TestfestWorld, operation: string) {
  await applyOperation(this, operation, 0);
});

When(/^psa_fwu_reject is called with error (\S+)$/, async function (this: TestfestWorld, error: string) {
  const code = /^-?\d+$/.test(error) ? Number(error) : statusByName(error);
  recordStatus(this, 'psa_fwu_reject', await (await fwuTarget(this)).psa_fwu_reject(code));
});

When(/^the device reboots$/, async function (this: TestfestWorld) {
  await (await fwuTarget(this)).reboot();
});
