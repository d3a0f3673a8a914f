/**
 * The software components a token reports (RFC 9783 §4.4.1 "Software Components"): one entry per
 * measured image with its measurement, version and signer ID. An attestation simulator takes them from
 * a source, normally the Firmware Update simulator's installed images; without one it reports a fixed
 * boot chain.
 */
import { createHash } from 'node:crypto';

export interface SoftwareComponent {
  /** Measurement type: "BL", "PRoT", "ARoT", "App", "TS" (optionally with a "_CONFIG" suffix). */
  type: string;
  /** Digest of the measured image (32, 48 or 64 bytes). */
  measurementValue: Buffer;
  /** Version as text, e.g. "1.2.0+7". */
  version?: string;
  /** Digest of the signing authority's public key (32, 48 or 64 bytes). */
  signerId: Buffer;
  /** Hash algorithm of the measurement (IANA Named Information name, e.g. "sha-256"). */
  measurementDescription?: string;
}

export type SoftwareComponentSource = () => SoftwareComponent[];

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** A fixed boot chain for a simulator with no Firmware Update simulator attached. */
export const FIXED_SOFTWARE_COMPONENTS: SoftwareComponentSource = () =>
  (['BL', 'PRoT', 'ARoT'] as const).map((type) => ({
    type,
    measurementValue: sha256(`testfest reference image ${type} 1.0.0`),
    version: '1.0.0',
    signerId: sha256('testfest reference signer'),
    measurementDescription: 'sha-256',
  }));
