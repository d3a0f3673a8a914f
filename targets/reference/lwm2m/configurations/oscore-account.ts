/**
 * OSCORE on a Server Account (ETS App. C, C.22–C.24): the Security Object instance's /0/x/17 "OSCORE
 * Security Mode" links an OSCORE Object instance /21/y (TS-Core 1.2 App. E.1) holding the client's
 * view of the Security Context (DDF 21-2_0.xml: 0 Master Secret, 1 Sender ID, 2 Recipient ID,
 * 3 AEAD Algorithm, 4 HMAC Algorithm, 5 Master Salt, 6 ID Context; RFC 8613 §3.2). The ETS prints
 * no key material, so the harness generates a fresh Master Secret and Salt per account.
 */
import { randomBytes } from 'node:crypto';
import type { ConfigValue } from '../../../roles/lwm2m-client';
import { opaque } from './extend';

export const OSCORE_OBJECT = 21;
/** /0/x/17 (TS-Core 1.2 App. E.1). */
export const OSCORE_SECURITY_MODE = 17;
/** RFC 8613 §3.2 defaults: AES-CCM-16-64-128 (COSE 10) and HKDF SHA-256 (COSE -10). */
export const AES_CCM_16_64_128 = 10;
export const HKDF_SHA_256 = -10;

/** The client's view of one OSCORE Security Context (Sender ID = the client's, RFC 8613 §3.1). */
export interface OscoreValues {
  masterSecret: Buffer;
  senderId: Buffer;
  recipientId: Buffer;
  masterSalt?: Buffer;
  idContext?: Buffer;
  aeadAlgorithm?: number;
  hmacAlgorithm?: number;
}

/** A fresh context: 16-byte Master Secret, 8-byte Master Salt, one-byte IDs (RFC 8613 §3.3: short IDs, distinct). */
export function generatedOscore(): OscoreValues {
  return {
    masterSecret: randomBytes(16),
    senderId: Buffer.from([0x01]),
    recipientId: Buffer.from([0x02]),
    masterSalt: randomBytes(8),
    aeadAlgorithm: AES_CCM_16_64_128,
    hmacAlgorithm: HKDF_SHA_256,
  };
}

/** The /21 instance resources of `values`. */
export function object21Resources(values: OscoreValues): Record<number, ConfigValue> {
  const r: Record<number, ConfigValue> = { 0: opaque(values.masterSecret), 1: opaque(values.senderId), 2: opaque(values.recipientId) };
  if (values.aeadAlgorithm !== undefined) r[3] = values.aeadAlgorithm;
  if (values.hmacAlgorithm !== undefined) r[4] = values.hmacAlgorithm;
  if (values.masterSalt !== undefined) r[5] = opaque(values.masterSalt);
  if (values.idContext !== undefined) r[6] = opaque(values.idContext);
  return r;
}

/** The same values keyed by resource ID as the OSCORE module reads them (Opaque as bytes). */
export function object21Values(values: OscoreValues): Record<number, unknown> {
  const r: Record<number, unknown> = { 0: values.masterSecret, 1: values.senderId, 2: values.recipientId };
  if (values.aeadAlgorithm !== undefined) r[3] = values.aeadAlgorithm;
  if (values.hmacAlgorithm !== undefined) r[4] = values.hmacAlgorithm;
  if (values.masterSalt !== undefined) r[5] = values.masterSalt;
  if (values.idContext !== undefined) r[6] = values.idContext;
  return r;
}

/** /0/x/17's value: the Object Link to /21/{instanceId}. */
export const oscoreLink = (instanceId: number): ConfigValue => ({ objlnk: `${OSCORE_OBJECT}:${instanceId}` });
