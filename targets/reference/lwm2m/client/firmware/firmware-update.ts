/**
 * The Firmware Update state machine of Object 5 (TS-Core App. E.6, DDF 5 v1.1) for instance /5/0:
 *
 *   Idle ──(package written / URI written)──▶ Downloading ──(verified)──▶ Downloaded
 *     ▲          │ failure: Idle + Update Result 2..7, 9                     │ Execute Update
 *     │          ▼                                                           ▼
 *     └──────────┴──── success: Idle + Result 1, /3/0/3 = new version ◀── Updating
 *                      failure: Downloaded + Result 8, version unchanged ◀┘
 *
 * Writing NUL to Package or "" to Package URI resets to Idle with Result 0. The state lives in the
 * object tree (State /5/0/3, Update Result /5/0/5, PkgName, PkgVersion), so Read and Observe see it
 * (ETS int-760 observes State). Installing takes INSTALL_S spec seconds and replaces the firmware in
 * place: the reference device does not reboot for it.
 */
import type { ObjectTree } from '../object-tree';
import { FirmwareFailure, FwResource, FwResult, FwState, type FwResultCode } from './firmware-codes';
import { PackageSink, type DeviceLimits, type VerifiedPackage } from './package-sink';

/** Spec seconds the reference device takes to install an image. */
const INSTALL_S = 2;
const FW = 5;
const DEVICE = 3;
const FIRMWARE_VERSION = 3;

export interface FirmwareHost {
  tree: ObjectTree;
  limits: DeviceLimits;
  timeScale: number;
  /** Pulls the package at `uri` into the sink; throws FirmwareFailure. */
  download(uri: string, sink: PackageSink, signal: AbortSignal): Promise<void>;
  log(line: string): void;
}

export class FirmwareUpdate {
  private image?: VerifiedPackage;
  private push?: PackageSink;
  private pull?: AbortController;
  private installing?: NodeJS.Timeout;

  constructor(
    private readonly host: FirmwareHost,
    readonly instanceId = 0,
  ) {
    if (this.get(FwResource.State) === undefined) this.set(FwResource.State, FwState.Idle);
    if (this.get(FwResource.UpdateResult) === undefined) this.set(FwResource.UpdateResult, FwResult.Initial);
  }

  get state(): number {
    return Number(this.get(FwResource.State) ?? FwState.Idle);
  }

  get result(): number {
    return Number(this.get(FwResource.UpdateResult) ?? FwResult.Initial);
  }

  /** Package URI is readable (RW): keep what the server wrote. */
  recordPackageUri(uri: string): void {
    this.set(FwResource.PackageUri, uri);
  }

  /** NUL written to Package or "" to Package URI: back to Idle, Result 0, image dropped. */
  reset(): void {
    this.abort();
    this.image = undefined;
    this.enter(FwState.Idle, FwResult.Initial);
  }

  /** A push begins (first block, or a whole package): Downloading. */
  beginPush(): void {
    this.abort();
    this.image = undefined;
    this.push = new PackageSink(this.host.limits);
    this.enter(FwState.Downloading, FwResult.Initial);
  }

  /** Adds pushed bytes; false when the download failed (the state already says why). */
  pushChunk(chunk: Buffer): boolean {
    if (!this.push) return false;
    return this.guard(() => this.push!.append(chunk));
  }

  /** The last pushed block arrived: verify and go to Downloaded. */
  endPush(): boolean {
    const sink = this.push;
    this.push = undefined;
    if (!sink) return false;
    return this.guard(() => this.downloaded(sink.finish()));
  }

  /** Package URI written: pull it (TS-Core App. E.6 resource 1). */
  startPull(uri: string): void {
    this.abort();
    this.image = undefined;
    this.enter(FwState.Downloading, FwResult.Initial);
    const controller = new AbortController();
    this.pull = controller;
    const sink = new PackageSink(this.host.limits);
    void this.host
      .download(uri, sink, controller.signal)
      .then(() => !controller.signal.aborted && this.guard(() => this.downloaded(sink.finish())))
      .catch((e: unknown) => !controller.signal.aborted && this.fail(e))
      .finally(() => {
        if (this.pull === controller) this.pull = undefined;
      });
  }

  /** Execute Update: only in Downloaded (TS-Core App. E.6 resource 2); false → 4.05. */
  update(): boolean {
    const image = this.image;
    if (this.state !== FwState.Downloaded || !image) return false;
    this.image = undefined;
    this.enter(FwState.Updating, FwResult.Initial);
    this.installing = setTimeout(() => this.install(image), Math.max(1, INSTALL_S * 1000 * this.host.timeScale));
    return true;
  }

  close(): void {
    this.abort();
    clearTimeout(this.installing);
  }

  private install(image: VerifiedPackage): void {
    if ((image.header.flags & 1) !== 0) {
      this.image = image;
      // The old firmware is back and the package still in flash: Downloaded again, as ETS int-779
      // expects (App. E.6 allows Downloaded or Idle "depending on the underlying reason").
      this.host.log(`firmware ${image.header.version} failed its self-test after install; rolled back`);
      this.enter(FwState.Downloaded, FwResult.UpdateFailed);
      return;
    }
    if (this.host.tree.hasInstance(DEVICE, 0)) this.host.tree.setResource(DEVICE, 0, FIRMWARE_VERSION, image.header.version);
    this.host.log(`firmware updated to ${image.header.version}`);
    this.enter(FwState.Idle, FwResult.Success);
  }

  private downloaded(pkg: VerifiedPackage): void {
    this.image = pkg;
    this.set(FwResource.PkgName, pkg.header.name);
    this.set(FwResource.PkgVersion, pkg.header.version);
    this.enter(FwState.Downloaded, FwResult.Initial);
  }

  /** Runs a step; a FirmwareFailure ends the download in Idle with its result. */
  private guard(step: () => void): boolean {
    try {
      step();
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  private fail(error: unknown): void {
    // Anything but a FirmwareFailure (a socket error, a timeout) broke the delivery: connection lost.
    const e = error instanceof FirmwareFailure ? error : new FirmwareFailure(FwResult.ConnectionLost, (error as Error).message);
    this.push = undefined;
    this.image = undefined;
    this.host.log(`firmware download failed (Update Result ${e.result}): ${e.message}`);
    this.enter(FwState.Idle, e.result);
  }

  private abort(): void {
    this.pull?.abort();
    this.pull = undefined;
    this.push = undefined;
  }

  /** Update Result first, then State: an observer of State reads a consistent pair. */
  private enter(state: number, result: FwResultCode): void {
    if (this.get(FwResource.UpdateResult) !== result) this.set(FwResource.UpdateResult, result);
    if (this.get(FwResource.State) !== state) this.set(FwResource.State, state);
  }

  private get(resourceId: number) {
    return this.host.tree.resource(FW, this.instanceId, resourceId);
  }

  private set(resourceId: number, value: string | number): void {
    if (this.host.tree.hasInstance(FW, this.instanceId)) this.host.tree.setResource(FW, this.instanceId, resourceId, value);
  }
}
