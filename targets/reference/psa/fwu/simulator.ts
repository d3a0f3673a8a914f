/**
 * The reference PSA Firmware Update target (FWU API 1.0): the components of components.ts, each with
 * its firmware store (component-slot.ts); preparation rules in prepare.ts, installation and trial in
 * installation.ts, the reboot transition in component-slot.ts. Images are authenticated against a
 * trust anchor (ECDSA P-256 manifest signatures) and held to the component's security version.
 * `installedImages()` feeds an attestation simulator's software components; `onBoot` listeners hear
 * every reboot (the attestation boot seed changes).
 */
import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type {
  PsaFwuComponent,
  PsaFwuQueryResult,
  PsaFwuTarget,
  PsaFwuTestImage,
  PsaFwuTestImageRequest,
} from '../../../roles/psa-fwu';
import { PSA_ERROR_DOES_NOT_EXIST, PSA_SUCCESS } from '../constants/status';
import { uncompressedPoint } from '../attestation/iak';
import type { SoftwareComponent } from '../attestation/software-components';
import { ComponentSlot } from './component-slot';
import { REFERENCE_COMPONENTS, type ComponentConfig } from './components';
import { accept, install, reject } from './installation';
import { cancel, clean, finish, start, write } from './prepare';
import { buildTestImage } from './test-images';
import { formatVersion, ZERO_VERSION } from './version';

export interface PsaFwuSimulatorOptions {
  components?: readonly ComponentConfig[];
  /** The development signing key (its public key is the trust anchor); default a fresh P-256 key. */
  developmentKey?: KeyObject;
  /** Called by close() (the bundle forgets the scenario's shared device). */
  onClose?: () => void;
}

const NO_INFO = { state: 0, error: 0, version: ZERO_VERSION, max_size: 0, flags: 0, location: 0 };

export class PsaFwuSimulator implements PsaFwuTarget {
  private readonly slots: ComponentSlot[];
  private readonly developmentKey: KeyObject;
  private readonly trustAnchor: KeyObject;
  private readonly bootListeners: Array<() => void> = [];

  constructor(private readonly options: PsaFwuSimulatorOptions = {}) {
    this.developmentKey = options.developmentKey ?? generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    this.trustAnchor = createPublicKey(this.developmentKey);
    this.slots = (options.components ?? REFERENCE_COMPONENTS).map(
      (c) => new ComponentSlot(c, { version: { major: 1, minor: 0, patch: 0, build: 0 }, securityVersion: 1, image: Buffer.from(`factory image ${c.type}`) }),
    );
  }

  onBoot(listener: () => void): void {
    this.bootListeners.push(listener);
  }

  /** The active image of every component, as attestation software components (RFC 9783 §4.4.1). */
  installedImages(): SoftwareComponent[] {
    const signerId = createHash('sha256').update(uncompressedPoint(this.trustAnchor.export({ format: 'jwk' }))).digest();
    return this.slots.map((s) => ({
      type: s.config.type,
      measurementValue: createHash('sha256').update(s.active.image).digest(),
      version: formatVersion(s.active.version),
      signerId,
      measurementDescription: 'sha-256',
    }));
  }

  async psa_fwu_query(component: PsaFwuComponent): Promise<PsaFwuQueryResult> {
    const slot = this.slot(component);
    return slot ? { status: PSA_SUCCESS, info: slot.info() } : { status: PSA_ERROR_DOES_NOT_EXIST, info: { ...NO_INFO } };
  }

  async psa_fwu_start(component: PsaFwuComponent, manifest: Uint8Array): Promise<number> {
    return this.on(component, (s) => start(s, manifest, this.trustAnchor));
  }

  async psa_fwu_write(component: PsaFwuComponent, imageOffset: number, block: Uint8Array): Promise<number> {
    return this.on(component, (s) => write(s, imageOffset, block));
  }

  async psa_fwu_finish(component: PsaFwuComponent): Promise<number> {
    return this.on(component, finish);
  }

  async psa_fwu_cancel(component: PsaFwuComponent): Promise<number> {
    return this.on(component, cancel);
  }

  async psa_fwu_clean(component: PsaFwuComponent): Promise<number> {
    return this.on(component, clean);
  }

  async psa_fwu_install(): Promise<number> {
    return install(this.slots);
  }

  /** Reboots at once: the call returns PSA_SUCCESS and the next call sees the rebooted system. */
  async psa_fwu_request_reboot(): Promise<number> {
    await this.reboot();
    return PSA_SUCCESS;
  }

  async psa_fwu_reject(error: number): Promise<number> {
    return reject(this.slots, error);
  }

  async psa_fwu_accept(): Promise<number> {
    return accept(this.slots);
  }

  async reboot(): Promise<void> {
    for (const s of this.slots) s.reboot();
    for (const listener of this.bootListeners) listener();
  }

  async prepare_test_image(request: PsaFwuTestImageRequest): Promise<PsaFwuTestImage> {
    const current = this.slot(request.component)?.active.securityVersion ?? 0;
    return buildTestImage(request, this.developmentKey, current);
  }

  async close(): Promise<void> {
    this.options.onClose?.();
  }

  private slot(component: number): ComponentSlot | undefined {
    return this.slots.find((s) => s.config.id === component);
  }

  private on(component: number, op: (slot: ComponentSlot) => number): number {
    const slot = this.slot(component);
    return slot ? op(slot) : PSA_ERROR_DOES_NOT_EXIST;
  }
}
