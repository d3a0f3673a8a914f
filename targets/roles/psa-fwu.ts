/**
 * Role: a PSA Firmware Update implementation under test (PSA Certified Firmware Update API 1.0,
 * psa-api doc/fwu/api/api.rst, headers/fwu/1.0/psa/update.h). One typed async method per spec
 * function, named exactly as the spec; statuses are the spec's numbers, including the FWU success
 * codes PSA_SUCCESS_REBOOT (+1) and PSA_SUCCESS_RESTART (+2) and PSA_ERROR_DEPENDENCY_NEEDED (-156).
 *
 * Two harness-only methods complete it for a test suite: `reboot()` (a system reset the suite
 * causes, e.g. power loss, as opposed to psa_fwu_request_reboot) and `prepare_test_image()` (the
 * vendor-side build step: a manifest and image with requested properties, signed with the target's
 * development key — a bridge returns pre-built images). Plain data only.
 */
import type { PsaStatus } from './psa-crypto';

/** `psa_fwu_component_t` (uint8). */
export type PsaFwuComponent = number;

/** `psa_fwu_image_version_t`. */
export interface PsaFwuImageVersion {
  major: number;
  minor: number;
  patch: number;
  build: number;
}

/** `psa_fwu_component_info_t` (the implementation-defined `impl` member is omitted). */
export interface PsaFwuComponentInfo {
  /** PSA_FWU_READY 0 … PSA_FWU_UPDATED 7. */
  state: number;
  /** Status recorded for the *second* image in FAILED or REJECTED state. */
  error: PsaStatus;
  /** Version of the *active* image. */
  version: PsaFwuImageVersion;
  max_size: number;
  /** PSA_FWU_FLAG_VOLATILE_STAGING 0x1, PSA_FWU_FLAG_ENCRYPTION 0x2. */
  flags: number;
  location: number;
}

export interface PsaFwuQueryResult {
  status: PsaStatus;
  /** The component information on success; all zeros on failure. */
  info: PsaFwuComponentInfo;
}

/** What a test image must look like; the defects are the invalid-payload cases of TF-M FWU test 1008. */
export interface PsaFwuTestImageRequest {
  component: PsaFwuComponent;
  version: PsaFwuImageVersion;
  /** Anti-rollback counter carried by the manifest (default: the component's current one). */
  securityVersion?: number;
  /** Image length in bytes (default 1024). */
  size?: number;
  /** Components (and minimum versions) this image needs installed or co-installed. */
  dependencies?: ReadonlyArray<{ component: PsaFwuComponent; minVersion: PsaFwuImageVersion }>;
  /**
   * `unsigned`: manifest without signature; `bad-signature`: signed by another key; `bad-digest`: the
   * image does not match the manifest's digest; `malformed`: the manifest does not parse.
   */
  defect?: 'unsigned' | 'bad-signature' | 'bad-digest' | 'malformed';
}

export interface PsaFwuTestImage {
  /** The detached manifest passed to psa_fwu_start. */
  manifest: Uint8Array;
  /** The image written with psa_fwu_write. */
  image: Uint8Array;
}

export interface PsaFwuTarget {
  /** `psa_fwu_query(component, &info)`. */
  psa_fwu_query(component: PsaFwuComponent): Promise<PsaFwuQueryResult>;
  /** `psa_fwu_start(component, manifest, manifest_size)`; an empty manifest means `NULL, 0` (bundled). */
  psa_fwu_start(component: PsaFwuComponent, manifest: Uint8Array): Promise<PsaStatus>;
  /** `psa_fwu_write(component, image_offset, block, block_size)`. */
  psa_fwu_write(component: PsaFwuComponent, imageOffset: number, block: Uint8Array): Promise<PsaStatus>;
  /** `psa_fwu_finish(component)`. */
  psa_fwu_finish(component: PsaFwuComponent): Promise<PsaStatus>;
  /** `psa_fwu_cancel(component)`. */
  psa_fwu_cancel(component: PsaFwuComponent): Promise<PsaStatus>;
  /** `psa_fwu_clean(component)`. */
  psa_fwu_clean(component: PsaFwuComponent): Promise<PsaStatus>;
  /** `psa_fwu_install()`. */
  psa_fwu_install(): Promise<PsaStatus>;
  /** `psa_fwu_request_reboot()`: on PSA_SUCCESS the platform reboots before the next call. */
  psa_fwu_request_reboot(): Promise<PsaStatus>;
  /** `psa_fwu_reject(error)`. */
  psa_fwu_reject(error: PsaStatus): Promise<PsaStatus>;
  /** `psa_fwu_accept()`. */
  psa_fwu_accept(): Promise<PsaStatus>;

  /** Harness only: a system reset not requested through the API (volatile states are lost). */
  reboot(): Promise<void>;
  /** Harness only: build a test image (manifest + payload) with the requested properties. */
  prepare_test_image(request: PsaFwuTestImageRequest): Promise<PsaFwuTestImage>;
  /** Not a spec function: the target releases what it holds. Safe to call twice. */
  close(): Promise<void>;
}
