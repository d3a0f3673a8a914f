/**
 * OSCORE material for a scripted Client (RFC 8613 §3.2; TS-Transport 1.1+ §5.2.9): a fresh Master
 * Secret, Master Salt and pair of IDs per scenario, provisioned at the server under test through the
 * control API in the server's view (`PUT /v1/security/{ep}` {"oscore": …}, docs/server-control-api.md),
 * and handed to the client in its own view. RFC 8613 §3.1: the client's Sender ID is the server's
 * Recipient ID (the kid of the client's requests) and the other way round.
 */
import { randomBytes } from 'node:crypto';
import { InconclusiveError } from '../support/verdict';
import type { ClientCredentials } from './client-transport';
import type { ControlApi } from './control-api';

export interface OscoreMaterial {
  masterSecret: Buffer;
  masterSalt: Buffer;
  /** The client's Sender ID (/21/y/1 on a device): the kid of its requests. */
  clientSenderId: Buffer;
  /** The client's Recipient ID (/21/y/2): the server's Sender ID. */
  clientRecipientId: Buffer;
}

/** 16-byte Master Secret and 8-byte Master Salt (RFC 8613 §3.3 examples); 2-byte random client ID, server ID one byte (never equal). */
export function freshOscoreMaterial(): OscoreMaterial {
  return { masterSecret: randomBytes(16), masterSalt: randomBytes(8), clientSenderId: randomBytes(2), clientRecipientId: randomBytes(1) };
}

/** Provisions `material` for `endpoint` at the server under test, in the server's view. */
export async function provisionOscore(api: ControlApi, endpoint: string, material: OscoreMaterial): Promise<void> {
  const body = {
    oscore: {
      masterSecretHex: material.masterSecret.toString('hex'),
      masterSaltHex: material.masterSalt.toString('hex'),
      senderIdHex: material.clientRecipientId.toString('hex'),
      recipientIdHex: material.clientSenderId.toString('hex'),
    },
  };
  const { status, body: answer } = await api.call('PUT', `/v1/security/${encodeURIComponent(endpoint)}`, body);
  if (status !== 200) throw new InconclusiveError(`precondition not met: provisioning an OSCORE context for "${endpoint}" (PUT /v1/security) answered ${status} ${JSON.stringify(answer)}`);
}

/** The client's credentials for `material`; `masterSecret` replaces the secret (a client holding the wrong one). */
export function clientOscoreCredentials(material: OscoreMaterial, masterSecret = material.masterSecret): ClientCredentials {
  return { oscore: { masterSecret, masterSalt: material.masterSalt, senderId: material.clientSenderId, recipientId: material.clientRecipientId } };
}
