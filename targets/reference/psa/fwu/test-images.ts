/**
 * The vendor side of the reference device: builds signed test images (manifest + payload) with the
 * development key whose public half is the simulator's trust anchor, and the defective variants of
 * TF-M FWU test 1008 ("invalid payload"): unsigned, signed by another key, digest mismatch, malformed.
 */
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { PsaFwuTestImage, PsaFwuTestImageRequest } from '../../../roles/psa-fwu';
import { signedManifest } from './manifest';

/** Default test image length. */
export const DEFAULT_TEST_IMAGE_BYTES = 1024;

export function buildTestImage(req: PsaFwuTestImageRequest, developmentKey: KeyObject, currentSecurityVersion: number): PsaFwuTestImage {
  const image = randomBytes(req.size ?? DEFAULT_TEST_IMAGE_BYTES);
  const manifest = {
    component: req.component,
    version: req.version,
    securityVersion: req.securityVersion ?? currentSecurityVersion,
    imageSize: image.length,
    imageDigest: createHash('sha256').update(image).digest(),
    dependencies: (req.dependencies ?? []).map((d) => ({ component: d.component, minVersion: d.minVersion })),
  };
  switch (req.defect) {
    case 'unsigned':
      return { manifest: signedManifest(manifest, undefined), image };
    case 'bad-signature':
      return { manifest: signedManifest(manifest, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey), image };
    case 'bad-digest':
      image[0] ^= 0xff;
      return { manifest: signedManifest(manifest, developmentKey), image };
    case 'malformed':
      return { manifest: Buffer.from('not a manifest'), image };
    default:
      return { manifest: signedManifest(manifest, developmentKey), image };
  }
}
