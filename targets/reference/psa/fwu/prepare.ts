/**
 * Candidate image preparation on one component, FWU API 1.0 §"Candidate image preparation":
 * - psa_fwu_start: READY → WRITING; not READY → BAD_STATE; no detached manifest or an unexpected /
 *   invalid one → INVALID_ARGUMENT; unsigned or badly signed → INVALID_SIGNATURE; a valid manifest
 *   below the component's security version (rollback) → NOT_PERMITTED;
 * - psa_fwu_write: WRITING only (BAD_STATE); block_size 0 or > PSA_FWU_MAX_WRITE_SIZE, an unaligned
 *   image_offset or a region beyond the image store → INVALID_ARGUMENT;
 * - psa_fwu_finish: WRITING → CANDIDATE; an image that fails verification → FAILED with
 *   INVALID_SIGNATURE (digest) or INVALID_ARGUMENT (size);
 * - psa_fwu_cancel: WRITING or CANDIDATE → FAILED; psa_fwu_clean: FAILED or UPDATED → READY.
 */
import { createHash, type KeyObject } from 'node:crypto';
import {
  PSA_ERROR_BAD_STATE,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_SIGNATURE,
  PSA_ERROR_NOT_PERMITTED,
  PSA_SUCCESS,
} from '../constants/status';
import type { ComponentSlot } from './component-slot';
import {
  PSA_FWU_CANDIDATE,
  PSA_FWU_FAILED,
  PSA_FWU_LOG2_WRITE_ALIGN,
  PSA_FWU_MAX_WRITE_SIZE,
  PSA_FWU_READY,
  PSA_FWU_UPDATED,
  PSA_FWU_WRITING,
} from './constants';
import { openManifest } from './manifest';

const WRITE_ALIGN_MASK = (1 << PSA_FWU_LOG2_WRITE_ALIGN) - 1;

export function start(slot: ComponentSlot, manifestBytes: Uint8Array, trustAnchor: KeyObject): number {
  if (slot.state !== PSA_FWU_READY) return PSA_ERROR_BAD_STATE;
  if (manifestBytes.length === 0) return PSA_ERROR_INVALID_ARGUMENT;
  const opened = openManifest(manifestBytes, trustAnchor);
  if (!opened.ok) return opened.problem === 'signature' ? PSA_ERROR_INVALID_SIGNATURE : PSA_ERROR_INVALID_ARGUMENT;
  const m = opened.manifest;
  if (m.component !== slot.config.id || m.imageSize === 0 || m.imageSize > slot.config.maxSize) return PSA_ERROR_INVALID_ARGUMENT;
  if (m.securityVersion < slot.active.securityVersion) return PSA_ERROR_NOT_PERMITTED;
  slot.staging = { manifest: m, data: Buffer.alloc(slot.config.maxSize), written: 0 };
  slot.state = PSA_FWU_WRITING;
  slot.error = 0;
  return PSA_SUCCESS;
}

export function write(slot: ComponentSlot, offset: number, block: Uint8Array): number {
  if (slot.state !== PSA_FWU_WRITING) return PSA_ERROR_BAD_STATE;
  if (block.length === 0 || block.length > PSA_FWU_MAX_WRITE_SIZE) return PSA_ERROR_INVALID_ARGUMENT;
  if ((offset & WRITE_ALIGN_MASK) !== 0 || offset + block.length > slot.config.maxSize) return PSA_ERROR_INVALID_ARGUMENT;
  const staging = slot.staging!;
  Buffer.from(block).copy(staging.data, offset);
  staging.written = Math.max(staging.written, offset + block.length);
  return PSA_SUCCESS;
}

export function finish(slot: ComponentSlot): number {
  if (slot.state !== PSA_FWU_WRITING) return PSA_ERROR_BAD_STATE;
  const { manifest, data, written } = slot.staging!;
  const status =
    written !== manifest.imageSize
      ? PSA_ERROR_INVALID_ARGUMENT
      : createHash('sha256').update(data.subarray(0, manifest.imageSize)).digest().equals(manifest.imageDigest)
        ? PSA_SUCCESS
        : PSA_ERROR_INVALID_SIGNATURE;
  slot.state = status === PSA_SUCCESS ? PSA_FWU_CANDIDATE : PSA_FWU_FAILED;
  slot.error = status;
  return status;
}

export function cancel(slot: ComponentSlot): number {
  if (slot.state !== PSA_FWU_WRITING && slot.state !== PSA_FWU_CANDIDATE) return PSA_ERROR_BAD_STATE;
  slot.state = PSA_FWU_FAILED;
  slot.error = PSA_SUCCESS;
  return PSA_SUCCESS;
}

export function clean(slot: ComponentSlot): number {
  if (slot.state !== PSA_FWU_FAILED && slot.state !== PSA_FWU_UPDATED) return PSA_ERROR_BAD_STATE;
  slot.reset();
  return PSA_SUCCESS;
}
