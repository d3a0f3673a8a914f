/**
 * Where a firmware package lands while it is delivered, push or pull: bytes are kept only up to the
 * flash the device has (else Update Result 2, "not enough flash"), the header is read as soon as it
 * is complete and the RAM it asks for checked (else 3, "out of RAM during downloading"); at the end
 * the package must be a TFFW image (else 6, "unsupported package type") whose payload matches its
 * SHA-256 (else 5, "integrity check failure").
 */
import { FirmwareFailure, FwResult } from './firmware-codes';
import { parseImageHeader, payloadIntact, type ImageHeader } from './image-format';

export interface DeviceLimits {
  storageBytes: number;
  ramBytes: number;
}

/** Defaults of the reference device: 64 KiB of flash for a package, 16 KiB of RAM to unpack it. */
export const DEFAULT_LIMITS: DeviceLimits = { storageBytes: 64 * 1024, ramBytes: 16 * 1024 };

export interface VerifiedPackage {
  header: ImageHeader;
  bytes: Buffer;
}

export class PackageSink {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private header?: ImageHeader;

  constructor(private readonly limits: DeviceLimits) {}

  get received(): number {
    return this.size;
  }

  /** Throws FirmwareFailure (2 or 3) when the package cannot be kept. */
  append(chunk: Buffer): void {
    if (this.size + chunk.length > this.limits.storageBytes) {
      throw new FirmwareFailure(FwResult.NotEnoughFlash, `package exceeds the ${this.limits.storageBytes} bytes of flash`);
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.header) return;
    const parsed = parseImageHeader(Buffer.concat(this.chunks));
    if (parsed.kind !== 'header') return;
    this.header = parsed.header;
    if (parsed.header.ramRequired > this.limits.ramBytes) {
      throw new FirmwareFailure(FwResult.OutOfRam, `unpacking needs ${parsed.header.ramRequired} bytes of RAM, the device has ${this.limits.ramBytes}`);
    }
  }

  /** The complete package, verified; throws FirmwareFailure (5 or 6). */
  finish(): VerifiedPackage {
    const bytes = Buffer.concat(this.chunks);
    const parsed = parseImageHeader(bytes);
    if (parsed.kind === 'foreign') throw new FirmwareFailure(FwResult.UnsupportedPackageType, parsed.why);
    if (parsed.kind === 'incomplete') throw new FirmwareFailure(FwResult.IntegrityFailure, `package of ${bytes.length} bytes ends inside the image header`);
    if (!payloadIntact(parsed.header, bytes)) throw new FirmwareFailure(FwResult.IntegrityFailure, 'payload length or SHA-256 does not match the image header');
    return { header: parsed.header, bytes };
  }
}
