/**
 * An endpoint's OSCORE credentials in the server's security store (RFC 8613 §3.1, §3.2; LwM2M
 * OSCORE Object /21, TS-Core 1.1+ App. E.1 /0/x/17), in the SERVER's view:
 * - `senderId` is the server's Sender ID = the client's Recipient ID (/21/y/2 on the device);
 * - `recipientId` is the server's Recipient ID = the client's Sender ID (/21/y/1 on the device),
 *   which is the `kid` of every request the client protects (§6.1), so it names the endpoint.
 * Master Secret, Master Salt, ID Context and the algorithms are shared by both sides (§3.2.1).
 */
import { deriveSecurityContext, type SecurityContext } from '../../../transport/oscore';

export interface OscoreCredentials {
  masterSecret: Buffer;
  /** Default empty (§3.2.1). */
  masterSalt?: Buffer;
  /** The server's Sender ID (the client's Recipient ID). */
  senderId: Buffer;
  /** The server's Recipient ID (the client's Sender ID, the kid of its requests). */
  recipientId: Buffer;
  idContext?: Buffer;
  /** COSE AEAD algorithm id, default 10 (AES-CCM-16-64-128). */
  aead?: number;
  /** HKDF algorithm id, default -10 (HKDF SHA-256). */
  hkdf?: number;
}

/** The key a request's (kid, kid context) is looked up by: one endpoint per Recipient ID and ID Context (§3.3). */
export const oscoreKeyOf = (recipientIdHex: string, idContextHex: string | undefined): string => `${recipientIdHex}|${idContextHex ?? ''}`;

export const oscoreKeyOfCredentials = (c: OscoreCredentials): string => oscoreKeyOf(c.recipientId.toString('hex'), c.idContext?.toString('hex'));

/** A defensive copy (the caller's buffers may be reused). */
export function copyOscore(c: OscoreCredentials): OscoreCredentials {
  const copy = (b: Buffer | undefined): Buffer | undefined => (b === undefined ? undefined : Buffer.from(b));
  return { masterSecret: Buffer.from(c.masterSecret), masterSalt: copy(c.masterSalt), senderId: Buffer.from(c.senderId), recipientId: Buffer.from(c.recipientId), idContext: copy(c.idContext), aead: c.aead, hkdf: c.hkdf };
}

/** Derives the server's Security Context; throws OscoreConfigurationError for unusable values (§3.3 ID lengths, equal IDs, unknown algorithms). */
export function serverSecurityContext(c: OscoreCredentials): SecurityContext {
  return deriveSecurityContext({
    masterSecret: c.masterSecret,
    masterSalt: c.masterSalt,
    senderId: c.senderId,
    recipientId: c.recipientId,
    idContext: c.idContext,
    aeadAlgorithm: c.aead,
    hkdfAlgorithm: c.hkdf,
  });
}
