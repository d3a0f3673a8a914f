/**
 * The Security Context from an LwM2M OSCORE Object instance (/21, DDF 21-2_0.xml; linked from the
 * Security Object's /0/x/17 "OSCORE Security Mode", TS-Core 1.1+ App. E.1): 0 Master Secret,
 * 1 Sender ID, 2 Recipient ID, 3 AEAD Algorithm, 4 HMAC Algorithm, 5 Master Salt, 6 ID Context.
 *
 * The DDF describes Sender ID and Recipient ID as the LwM2M Client's identifiers, so the client uses
 * them as they are and the server (which holds the same values in its store) swaps them.
 */
import type { PeerAddress } from '../coap-udp/types';
import { deriveSecurityContext, type SecurityContext } from './context';
import { OscoreConfigurationError } from './errors';

export const OSCORE_OBJECT_ID = 21;
export const Object21 = {
  MasterSecret: 0,
  SenderID: 1,
  RecipientID: 2,
  AEADAlgorithm: 3,
  HMACAlgorithm: 4,
  MasterSalt: 5,
  IDContext: 6,
} as const;

/** The resource values of one /21 instance: a Map or record by resource ID, or a lookup function. */
export type Object21Instance = ReadonlyMap<number, unknown> | Readonly<Record<number, unknown>> | ((resourceId: number) => unknown);

export interface Object21Options {
  /** Whose view the instance is read in: 'client' (default, as stored in the device) or 'server' (IDs swapped). */
  role?: 'client' | 'server';
  peer?: PeerAddress;
  replayWindowSize?: number;
}

function valueOf(instance: Object21Instance, id: number): unknown {
  if (typeof instance === 'function') return instance(id);
  if (instance instanceof Map) return instance.get(id);
  return (instance as Readonly<Record<number, unknown>>)[id];
}

function opaque(instance: Object21Instance, id: number, name: string, required: boolean): Uint8Array | undefined {
  const v = valueOf(instance, id);
  if (v === undefined || v === null) {
    if (required) throw new OscoreConfigurationError(`/21 resource ${id} (${name}) is mandatory`);
    return undefined;
  }
  if (!(v instanceof Uint8Array)) throw new OscoreConfigurationError(`/21 resource ${id} (${name}) must be Opaque bytes, got ${typeof v}`);
  return v;
}

function integer(instance: Object21Instance, id: number, name: string): number | undefined {
  const v = valueOf(instance, id);
  if (v === undefined || v === null) return undefined;
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new OscoreConfigurationError(`/21 resource ${id} (${name}) must be an Integer`);
  return n;
}

export function oscoreContextFromObject21(instance: Object21Instance, options: Object21Options = {}): SecurityContext {
  const clientSender = opaque(instance, Object21.SenderID, 'OSCORE Sender ID', true)!;
  const clientRecipient = opaque(instance, Object21.RecipientID, 'OSCORE Recipient ID', true)!;
  const server = options.role === 'server';
  return deriveSecurityContext({
    masterSecret: opaque(instance, Object21.MasterSecret, 'OSCORE Master Secret', true)!,
    senderId: server ? clientRecipient : clientSender,
    recipientId: server ? clientSender : clientRecipient,
    aeadAlgorithm: integer(instance, Object21.AEADAlgorithm, 'OSCORE AEAD Algorithm'),
    hkdfAlgorithm: integer(instance, Object21.HMACAlgorithm, 'OSCORE HMAC Algorithm'),
    masterSalt: opaque(instance, Object21.MasterSalt, 'OSCORE Master Salt', false),
    idContext: opaque(instance, Object21.IDContext, 'OSCORE ID Context', false),
    peer: options.peer,
    replayWindowSize: options.replayWindowSize,
  });
}
