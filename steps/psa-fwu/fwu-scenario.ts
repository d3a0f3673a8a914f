/**
 * Per-scenario Firmware Update state: the target (wrapped in the call log) and the test images the
 * scenario prepared, by name.
 */
import type { PsaFwuTarget, PsaFwuTestImage, PsaFwuTestImageRequest } from '../../targets/roles/psa-fwu';
import { scenarioState, type TestfestWorld } from '../support/world';
import { loggedTarget } from '../psa-storage/logged-target';
import { FWU_CALL_FORMATS } from './fwu-format';

export interface FwuScenario {
  target?: PsaFwuTarget;
  images: Map<string, { request: PsaFwuTestImageRequest; image: PsaFwuTestImage }>;
}

export function fwuScenario(world: TestfestWorld): FwuScenario {
  return scenarioState(world, 'psa-fwu', () => ({ images: new Map() }));
}

export async function fwuTarget(world: TestfestWorld): Promise<PsaFwuTarget> {
  const state = fwuScenario(world);
  if (!state.target) {
    const raw = await world.role('psa-fwu');
    const target = loggedTarget(raw, FWU_CALL_FORMATS, (line) => world.evidence.line('psa-calls', line), () => world.evidence.stamp());
    state.target = target;
    world.teardown.add('PSA FWU: close the target', () => target.close());
  }
  return state.target;
}

export function testImage(world: TestfestWorld, name: string): PsaFwuTestImage {
  const entry = fwuScenario(world).images.get(name);
  if (!entry) throw new Error(`no test image "${name}" was prepared in this scenario`);
  return entry.image;
}
