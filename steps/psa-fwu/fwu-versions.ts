/** Image versions for test images: the next major version above the component's active one. */
import type { PsaFwuImageVersion, PsaFwuTarget } from '../../targets/roles/psa-fwu';

export async function nextVersion(t: PsaFwuTarget, component: number): Promise<PsaFwuImageVersion> {
  const { info } = await t.psa_fwu_query(component);
  return { major: (info.version.major + 1) & 0xff, minor: 0, patch: 0, build: 0 };
}
