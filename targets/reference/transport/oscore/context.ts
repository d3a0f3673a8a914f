/**
 * The OSCORE Security Context (RFC 8613 §3.1) and its derivation (§3.2): Sender Key, Recipient Key
 * and Common IV come from the Master Secret, Master Salt, ID Context and the two IDs through HKDF
 * with info = [id, id_context, alg_aead, type, L] (§3.2.1). The context also holds the mutable
 * parts: the Sender Sequence Number (§3.1, §7.2) and the Replay Window (§7.4).
 */
import { hkdfSync } from 'node:crypto';
import { encode } from 'cbor-x';
import type { PeerAddress } from '../coap-udp/types';
import { aeadAlgorithm, hkdfHash, HKDF_SHA_256, type AeadAlgorithm } from './algorithms';
import { OscoreConfigurationError, OscoreSequenceExhaustedError } from './errors';
import { ReplayWindow } from './replay-window';

/** What two endpoints pre-establish (RFC 8613 §3.2; LwM2M object /21). */
export interface SecurityContextParameters {
  masterSecret: Uint8Array;
  /** Default: empty (§3.2.1). */
  masterSalt?: Uint8Array;
  senderId: Uint8Array;
  recipientId: Uint8Array;
  /** Default: absent, encoded as CBOR nil in the info (§3.2.1). */
  idContext?: Uint8Array;
  /** COSE AEAD id; default 10 AES-CCM-16-64-128. */
  aeadAlgorithm?: number;
  /** HKDF (COSE -10) or HMAC (5) id; default HKDF SHA-256. */
  hkdfAlgorithm?: number;
  /** Default 32 (§7.4). */
  replayWindowSize?: number;
  /** First Sender Sequence Number (default 0); for tests and restored contexts. */
  senderSequenceNumber?: number;
  /** Lower the §7.2.1 maximum (tests of exhaustion). */
  maxSequenceNumber?: number;
  /** The peer this context talks to, when known (chooses the context of an outgoing request). */
  peer?: PeerAddress;
}

export interface SenderContext {
  readonly id: Buffer;
  readonly key: Buffer;
  /** The next Partial IV to use (§3.1). */
  sequenceNumber: number;
}

export interface RecipientContext {
  readonly id: Buffer;
  readonly key: Buffer;
  readonly replay: ReplayWindow;
  /**
   * False after boot until freshness is proven (RFC 8613 Appendix B.1.2 with RFC 9175 Echo): until
   * then no request is accepted without a valid Echo. Contexts built with `requireFreshness`.
   */
  fresh: boolean;
}

export interface SecurityContext {
  readonly aead: AeadAlgorithm;
  readonly idContext: Buffer | undefined;
  readonly commonIv: Buffer;
  readonly sender: SenderContext;
  readonly recipient: RecipientContext;
  readonly maxSequenceNumber: number;
  peer?: PeerAddress;
}

const EMPTY = Buffer.alloc(0);

/** §3.2.1: HKDF(salt, IKM = Master Secret, info, L). */
function derive(hash: string, params: SecurityContextParameters, aeadId: number, id: Buffer, type: 'Key' | 'IV', length: number): Buffer {
  const idContext = params.idContext === undefined ? null : Buffer.from(params.idContext);
  const info = encode([id, idContext, aeadId, type, length]);
  const salt = params.masterSalt ?? EMPTY;
  return Buffer.from(hkdfSync(hash, params.masterSecret, salt, info, length));
}

/** Derives a Security Context (RFC 8613 §3.2). */
export function deriveSecurityContext(params: SecurityContextParameters): SecurityContext {
  if (!params.masterSecret || params.masterSecret.length === 0) throw new OscoreConfigurationError('an OSCORE Master Secret is required (RFC 8613 §3.2)');
  const aead = aeadAlgorithm(params.aeadAlgorithm ?? 10);
  const hash = hkdfHash(params.hkdfAlgorithm ?? HKDF_SHA_256);
  const senderId = Buffer.from(params.senderId);
  const recipientId = Buffer.from(params.recipientId);
  // §3.3: an ID must fit the nonce: at most nonce length - 6 bytes.
  for (const [name, id] of [['Sender ID', senderId], ['Recipient ID', recipientId]] as const) {
    if (id.length > aead.nonceLength - 6) throw new OscoreConfigurationError(`OSCORE ${name} of ${id.length} bytes is longer than ${aead.nonceLength - 6} (RFC 8613 §3.3)`);
  }
  if (senderId.equals(recipientId)) throw new OscoreConfigurationError('OSCORE Sender ID and Recipient ID must differ (RFC 8613 §3.3)');
  const maxSequenceNumber = Math.min(params.maxSequenceNumber ?? aead.maxSequenceNumber, aead.maxSequenceNumber);
  return {
    aead,
    idContext: params.idContext === undefined ? undefined : Buffer.from(params.idContext),
    commonIv: derive(hash, params, aead.id, EMPTY, 'IV', aead.nonceLength),
    sender: { id: senderId, key: derive(hash, params, aead.id, senderId, 'Key', aead.keyLength), sequenceNumber: params.senderSequenceNumber ?? 0 },
    recipient: { id: recipientId, key: derive(hash, params, aead.id, recipientId, 'Key', aead.keyLength), replay: new ReplayWindow(params.replayWindowSize ?? 32), fresh: true },
    maxSequenceNumber,
    peer: params.peer,
  };
}

/**
 * Takes the next Sender Sequence Number (§7.2: read-and-increment, atomic in this single-threaded
 * runtime). Throws once the maximum is passed (§7.2.1: the context MUST NOT process more messages).
 */
export function nextSequenceNumber(context: SecurityContext): number {
  const n = context.sender.sequenceNumber;
  if (n > context.maxSequenceNumber) {
    throw new OscoreSequenceExhaustedError(`OSCORE Sender Sequence Number exhausted (${n} > ${context.maxSequenceNumber}, RFC 8613 §7.2.1): a new Security Context is needed`);
  }
  context.sender.sequenceNumber = n + 1;
  return n;
}
