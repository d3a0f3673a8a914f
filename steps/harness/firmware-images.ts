/**
 * The firmware images the Firmware Update cases deliver (ETS int-755..779), in the reference image
 * format (targets/reference/lwm2m/client/firmware/image-format.ts): one good image and one per error
 * case, each wrong in exactly the way its Update Result names. A vendor client has its own image
 * format; for it these would come from the vendor (the reference format is what the reference client
 * checks).
 */
import { createHash } from 'node:crypto';
import { encodeImage, type FirmwareImage } from '../../targets/reference/lwm2m/client/firmware/image-format';

/** The reference device's defaults (package-sink.ts): 64 KiB of flash, 16 KiB of RAM. */
const REFERENCE_FLASH = 64 * 1024;

/** Deterministic filler, so a run's evidence is reproducible. */
function payload(bytes: number, seed: string): Buffer {
  const out = Buffer.alloc(bytes);
  let block = createHash('sha256').update(seed).digest();
  for (let at = 0; at < bytes; at += block.length) {
    block.copy(out, at);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

const base: FirmwareImage = { name: 'testfest-firmware', version: '2.0', ramRequired: 4096, failsSelfTest: false, payload: payload(3000, 'v2.0') };

export const FIRMWARE_IMAGES: Readonly<Record<string, () => Buffer>> = {
  /** A good image: installs and reports version 2.0. */
  'v2.0': () => encodeImage(base),
  /** int-773: more bytes than the device has flash for. */
  'larger than the flash of the Client': () => encodeImage({ ...base, version: '2.0-big', payload: payload(REFERENCE_FLASH + 16 * 1024, 'big') }),
  /** int-774: asks for more RAM to unpack than any small device has. */
  'needing more RAM than the Client has': () => encodeImage({ ...base, version: '2.0-ram', ramRequired: 0x40000000 }),
  /** int-776: one payload byte flipped after the digest was computed. */
  corrupted: () => {
    const image = encodeImage(base);
    image[image.length - 100] ^= 0xff;
    return image;
  },
  /** int-777: a package of some other kind (a gzip stream's magic), not a firmware image. */
  'of an unsupported package type': () => Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), payload(2000, 'gzip')]),
  /** int-779: a good image whose firmware fails its self-test once installed. */
  'that fails to install': () => encodeImage({ ...base, version: '2.0-bad', failsSelfTest: true }),
};

export function firmwareImage(name: string): Buffer {
  const make = FIRMWARE_IMAGES[name];
  if (!make) throw new Error(`feature error: no firmware image "${name}" (known: ${Object.keys(FIRMWARE_IMAGES).join(', ')})`);
  return make();
}

/** The version a good image installs (what /3/0/3 must read after the update). */
export const GOOD_IMAGE_VERSION = base.version;
