/**
 * The simulator's firmware manifest (the FWU API leaves the format to the implementation, psa.md
 * §2.5): a CBOR array [payload bstr, signature bstr] where the payload is a CBOR map
 *   1 component, 2 [major, minor, patch, build], 3 security version (anti-rollback counter),
 *   4 image size, 5 SHA-256 of the image, 6 [[component, [major, minor, patch, build]], …] dependencies
 * and the signature is ECDSA P-256 / SHA-256 over the payload bytes in IEEE P1363 form (r||s).
 */
import { sign, verify, type KeyObject } from 'node:crypto';
import type { PsaFwuComponent, PsaFwuImageVersion } from '../../../roles/psa-fwu';
import { cborDecode, cborEncode } from '../attestation/cbor';

export interface Manifest {
  component: PsaFwuComponent;
  version: PsaFwuImageVersion;
  securityVersion: number;
  imageSize: number;
  imageDigest: Buffer;
  dependencies: Array<{ component: PsaFwuComponent; minVersion: PsaFwuImageVersion }>;
}

const asTuple = (v: PsaFwuImageVersion) => [v.major, v.minor, v.patch, v.build];

function fromTuple(t: unknown): PsaFwuImageVersion {
  if (!Array.isArray(t) || t.length !== 4 || !t.every((n) => Number.isInteger(n) && n >= 0)) throw new Error('version must be [major, minor, patch, build]');
  return { major: t[0], minor: t[1], patch: t[2], build: t[3] };
}

export function encodeManifestPayload(m: Manifest): Buffer {
  return cborEncode(
    new Map<number, unknown>([
      [1, m.component],
      [2, asTuple(m.version)],
      [3, m.securityVersion],
      [4, m.imageSize],
      [5, m.imageDigest],
      [6, m.dependencies.map((d) => [d.component, asTuple(d.minVersion)])],
    ]),
  );
}

/** Signs the payload; `signer` undefined gives an unsigned manifest (empty signature). */
export function signedManifest(m: Manifest, signer: KeyObject | undefined): Buffer {
  const payload = encodeManifestPayload(m);
  const signature = signer ? sign('sha256', payload, { key: signer, dsaEncoding: 'ieee-p1363' }) : Buffer.alloc(0);
  return cborEncode([payload, signature]);
}

export type ManifestCheck = { ok: true; manifest: Manifest } | { ok: false; problem: 'malformed' | 'signature'; detail: string };

/** Parses the envelope and payload and checks the signature against the trust anchor. */
export function openManifest(bytes: Uint8Array, trustAnchor: KeyObject): ManifestCheck {
  let payload: Buffer;
  let signature: Buffer;
  let manifest: Manifest;
  try {
    const outer = cborDecode(bytes);
    if (!Array.isArray(outer) || outer.length !== 2 || !(outer[0] instanceof Uint8Array) || !(outer[1] instanceof Uint8Array)) {
      throw new Error('manifest must be [payload bstr, signature bstr]');
    }
    [payload, signature] = outer as [Buffer, Buffer];
    manifest = decodePayload(cborDecode(payload));
  } catch (e) {
    return { ok: false, problem: 'malformed', detail: (e as Error).message };
  }
  if (signature.length === 0) return { ok: false, problem: 'signature', detail: 'the manifest is not signed' };
  if (!verify('sha256', payload, { key: trustAnchor, dsaEncoding: 'ieee-p1363' }, signature)) {
    return { ok: false, problem: 'signature', detail: 'the manifest signature does not verify against the trust anchor' };
  }
  return { ok: true, manifest };
}

function decodePayload(p: unknown): Manifest {
  if (!(p instanceof Map)) throw new Error('manifest payload must be a map');
  const int = (k: number) => {
    const v = p.get(k);
    if (!Number.isInteger(v) || v < 0) throw new Error(`manifest field ${k} must be an unsigned integer`);
    return v as number;
  };
  const digest = p.get(5);
  if (!(digest instanceof Uint8Array) || digest.length !== 32) throw new Error('manifest field 5 must be a 32-byte digest');
  const deps = p.get(6) ?? [];
  if (!Array.isArray(deps)) throw new Error('manifest field 6 must be an array');
  return {
    component: int(1),
    version: fromTuple(p.get(2)),
    securityVersion: int(3),
    imageSize: int(4),
    imageDigest: Buffer.from(digest),
    dependencies: deps.map((d) => {
      if (!Array.isArray(d) || d.length !== 2 || !Number.isInteger(d[0])) throw new Error('a dependency must be [component, version]');
      return { component: d[0] as number, minVersion: fromTuple(d[1]) };
    }),
  };
}
