/**
 * Message protection and verification (RFC 8613 §8), on whole CoAP messages:
 * - protectRequest (§8.1) / unprotectRequest (§8.2) with the replay check (§7.4);
 * - protectResponse (§8.3), with or without the server's own Partial IV (with: Observe
 *   notifications, §4.1.3.5.2 and §8.3), / unprotectResponse (§8.4).
 * Responses are bound to their request through the request's kid and Partial IV in the AAD (§7.1),
 * kept in a RequestBinding. The Outer Code is POST / 2.04, or FETCH / 2.05 with Observe (§4.2).
 */
import type { CoapMessage, CoapOption } from '../coap-udp/types';
import { nextSequenceNumber, type SecurityContext } from './context';
import { aadOf, decrypt, encrypt, nonceOf } from './cose';
import { badOption, contextNotFound, replayDetected } from './errors';
import { OBSERVE, OSCORE_OPTION, numberOf, outerClassU, splitOptions } from './option-classes';
import { decodeOscoreOption, encodeOscoreOption, partialIvOf, sequenceNumberOf, type OscoreOptionFields } from './option-value';
import { decodePlaintext, encodePlaintext } from './plaintext';

/** What a response must be bound to (§7.1): the request's context, kid and Partial IV. */
export interface RequestBinding {
  context: SecurityContext;
  /** The kid of the request = the Sender ID of the requester. */
  requestKid: Buffer;
  requestPiv: Buffer;
  /** The AAD, built from request_kid and request_piv only (§5.4), so the request's AAD is also its responses'. */
  aad: Buffer;
}

const oscoreOption = (value: Buffer): CoapOption => ({ name: 'OSCORE', value });
const hasObserve = (options: readonly CoapOption[]): boolean => options.some((o) => numberOf(o) === OBSERVE);

/** The OSCORE option fields of a message, or undefined when it has no OSCORE option. Throws 4.02 when malformed. */
export function oscoreFieldsOf(message: Pick<CoapMessage, 'options'>): OscoreOptionFields | undefined {
  const options = message.options.filter((o) => numberOf(o) === OSCORE_OPTION);
  if (options.length === 0) return undefined;
  if (options.length > 1) throw badOption('more than one OSCORE option');
  return decodeOscoreOption(options[0]!.value);
}

function seal(context: SecurityContext, message: CoapMessage, nonce: Buffer, aad: Buffer, outerCode: string, option: Buffer): CoapMessage {
  const { inner, outer } = splitOptions(message.options);
  const plaintext = encodePlaintext(message.code, inner, message.payload);
  const ciphertext = encrypt(context.aead, context.sender.key, nonce, aad, plaintext);
  return { ...message, code: outerCode, options: [...outer, oscoreOption(option)], payload: ciphertext };
}

/** Inner options win; Outer class U options stay (§8.2 step 7, §8.4 step 5); Outer Observe only when there is no Inner one. */
function open(outerMessage: CoapMessage, plaintext: Buffer): CoapMessage {
  const inner = decodePlaintext(plaintext);
  const outer = outerClassU(outerMessage.options);
  if (!hasObserve(inner.options)) outer.push(...outerMessage.options.filter((o) => numberOf(o) === OBSERVE));
  return { ...outerMessage, code: inner.code, options: [...outer, ...inner.options], payload: inner.payload };
}

/** §8.1: protects a request with the next Sender Sequence Number. */
export function protectRequest(context: SecurityContext, request: CoapMessage, options: { includeIdContext?: boolean } = {}): { message: CoapMessage; binding: RequestBinding } {
  const piv = partialIvOf(nextSequenceNumber(context));
  const kid = context.sender.id;
  const nonce = nonceOf(context.commonIv, kid, piv);
  const aad = aadOf(context.aead.id, kid, piv);
  const kidContext = options.includeIdContext !== false ? context.idContext : undefined;
  const option = encodeOscoreOption({ partialIv: piv, kid, kidContext });
  const outerCode = hasObserve(request.options) ? '0.05' : '0.02';
  return { message: seal(context, request, nonce, aad, outerCode, option), binding: { context, requestKid: kid, requestPiv: piv, aad } };
}

/** Finds the Recipient context of a request by kid (and kid context, §6.1). */
export type ContextLookup = (kid: Buffer, kidContext: Buffer | undefined) => SecurityContext | undefined;

export interface UnprotectedRequest {
  message: CoapMessage;
  binding: RequestBinding;
  /** The request's Sender Sequence Number (its Partial IV). */
  sequenceNumber: number;
}

/**
 * §8.2: verifies and decrypts a request. Throws OscoreVerificationError with the §8.2 code. The
 * replay window moves only for a request that verified (steps 3 and 6). `acceptIntoWindow: false`
 * leaves the window alone (the caller decides, e.g. an Echo challenge after boot).
 */
export function unprotectRequest(lookup: ContextLookup, message: CoapMessage, options: { acceptIntoWindow?: boolean } = {}): UnprotectedRequest {
  const fields = oscoreFieldsOf(message);
  if (fields === undefined) throw badOption('no OSCORE option');
  if (fields.partialIv === undefined) throw badOption('request without Partial IV');
  if (fields.kid === undefined) throw contextNotFound('request without kid');
  const context = lookup(fields.kid, fields.kidContext);
  if (!context) throw contextNotFound(`kid ${fields.kid.toString('hex') || '(empty)'}`);
  const sequenceNumber = sequenceNumberOf(fields.partialIv);
  if (!context.recipient.replay.check(sequenceNumber)) throw replayDetected(`Partial IV ${sequenceNumber}`);
  const nonce = nonceOf(context.commonIv, fields.kid, fields.partialIv);
  const aad = aadOf(context.aead.id, fields.kid, fields.partialIv);
  const plaintext = decrypt(context.aead, context.recipient.key, nonce, aad, message.payload);
  const inner = open(message, plaintext);
  if (options.acceptIntoWindow !== false) context.recipient.replay.accept(sequenceNumber);
  return { message: inner, binding: { context, requestKid: Buffer.from(fields.kid), requestPiv: Buffer.from(fields.partialIv), aad }, sequenceNumber };
}

/**
 * §8.3: protects a response. With `partialIv` (Observe notifications, §4.1.3.5.2) the server uses
 * its own next sequence number for the nonce and sends it; otherwise it reuses the request's nonce.
 */
export function protectResponse(binding: RequestBinding, response: CoapMessage, options: { partialIv?: boolean } = {}): CoapMessage {
  const { context, requestKid, requestPiv, aad } = binding;
  let nonce: Buffer;
  let option: Buffer;
  if (options.partialIv) {
    const piv = partialIvOf(nextSequenceNumber(context));
    nonce = nonceOf(context.commonIv, context.sender.id, piv);
    option = encodeOscoreOption({ partialIv: piv });
  } else {
    nonce = nonceOf(context.commonIv, requestKid, requestPiv);
    option = encodeOscoreOption({});
  }
  const outerCode = hasObserve(response.options) ? '2.05' : '2.04';
  return seal(context, response, nonce, aad, outerCode, option);
}

export interface UnprotectedResponse {
  message: CoapMessage;
  /** The server's sequence number when the response carried a Partial IV (notifications), for ordering (§7.4.1). */
  sequenceNumber?: number;
}

/** §8.4: verifies and decrypts a response to the request of `binding`. Throws OscoreVerificationError. */
export function unprotectResponse(binding: RequestBinding, message: CoapMessage): UnprotectedResponse {
  const fields = oscoreFieldsOf(message);
  if (fields === undefined) throw badOption('no OSCORE option');
  const { context, requestKid, requestPiv, aad } = binding;
  const nonce = fields.partialIv ? nonceOf(context.commonIv, context.recipient.id, fields.partialIv) : nonceOf(context.commonIv, requestKid, requestPiv);
  const plaintext = decrypt(context.aead, context.recipient.key, nonce, aad, message.payload);
  return { message: open(message, plaintext), sequenceNumber: fields.partialIv ? sequenceNumberOf(fields.partialIv) : undefined };
}
