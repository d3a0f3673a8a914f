/**
 * One component's firmware store: the active image, the second image (a staged candidate, or the
 * previous image kept for rollback), its state and the error recorded for the second image. The
 * reboot transition lives here (FWU API 1.0 "State model": STAGED → TRIAL/UPDATED; TRIAL and
 * REJECTED roll back → FAILED; with volatile staging WRITING, CANDIDATE, FAILED and UPDATED are lost →
 * READY, an UPDATED one keeping its new image; without it they persist — our implementation-defined
 * choice for WRITING, FAILED and UPDATED).
 */
import type { PsaFwuComponentInfo, PsaFwuImageVersion } from '../../../roles/psa-fwu';
import {
  PSA_FWU_CANDIDATE,
  PSA_FWU_FAILED,
  PSA_FWU_FLAG_VOLATILE_STAGING,
  PSA_FWU_READY,
  PSA_FWU_REJECTED,
  PSA_FWU_STAGED,
  PSA_FWU_TRIAL,
  PSA_FWU_UPDATED,
  PSA_FWU_WRITING,
} from './constants';
import type { ComponentConfig } from './components';
import type { Manifest } from './manifest';

export interface InstalledImage {
  version: PsaFwuImageVersion;
  /** Anti-rollback counter of the image. */
  securityVersion: number;
  image: Buffer;
}

export interface Staging {
  manifest: Manifest;
  data: Buffer;
  /** Highest offset written so far. */
  written: number;
}

export class ComponentSlot {
  state = PSA_FWU_READY;
  error = 0;
  staging?: Staging;
  /** The image to return to on rollback (TRIAL, REJECTED) or to erase on clean (UPDATED). */
  previous?: InstalledImage;

  constructor(
    readonly config: ComponentConfig,
    public active: InstalledImage,
  ) {}

  info(): PsaFwuComponentInfo {
    return {
      state: this.state,
      error: this.error,
      version: { ...this.active.version },
      max_size: this.config.maxSize,
      flags: this.config.volatileStaging ? PSA_FWU_FLAG_VOLATILE_STAGING : 0,
      location: this.config.id,
    };
  }

  /** The staged image becomes active; the old one is kept for rollback or clean. */
  activateStaged(): void {
    const m = this.staging!.manifest;
    this.previous = this.active;
    this.active = { version: m.version, securityVersion: m.securityVersion, image: this.staging!.data.subarray(0, m.imageSize) };
    this.staging = undefined;
    this.state = this.config.needsTrial ? PSA_FWU_TRIAL : PSA_FWU_UPDATED;
  }

  /** Back to the previous image (TRIAL or REJECTED rolled back). */
  rollBack(error: number): void {
    if (this.previous) this.active = this.previous;
    this.previous = undefined;
    this.state = PSA_FWU_FAILED;
    this.error = error;
  }

  reboot(): void {
    const volatile = this.config.volatileStaging;
    switch (this.state) {
      case PSA_FWU_STAGED:
        this.activateStaged();
        break;
      case PSA_FWU_TRIAL:
        // Not accepted before the reboot: rejected automatically ("TRIAL … always volatile").
        this.rollBack(this.error);
        break;
      case PSA_FWU_REJECTED:
        this.rollBack(this.error);
        break;
      case PSA_FWU_WRITING:
      case PSA_FWU_CANDIDATE:
      case PSA_FWU_FAILED:
        if (volatile) this.reset();
        break;
      case PSA_FWU_UPDATED:
        if (volatile) this.reset();
        break;
    }
  }

  /** READY with no second image (clean, or a volatile staging area lost at reboot). */
  reset(): void {
    this.state = PSA_FWU_READY;
    this.error = 0;
    this.staging = undefined;
    this.previous = undefined;
  }
}
