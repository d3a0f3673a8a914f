/**
 * Binding the Endpoint Client Name to the authenticated identity (TS-Transport §5.2.6; ETS catalog
 * "Security"): the server accepts a Register, Update or De-register only when the credentials the
 * (D)TLS channel authenticated belong to that endpoint. A mismatch is 4.00 Bad Request with a
 * diagnostic payload (RFC 7252 §5.5.2), and so is a NoSec request for an endpoint provisioned with
 * security: there is no identity to bind.
 *
 * - PSK: the identity must be the one provisioned for the endpoint.
 * - Certificate: the certificate's Common Name must be the endpoint name (the CA vouched for the
 *   certificate during the handshake); an endpoint provisioned for PSK refuses a certificate.
 * - OSCORE (RFC 8613 §3.1, §6.1): the request's kid (the client's Sender ID = our Recipient ID) and
 *   ID Context must be those of the context provisioned for the endpoint; the AEAD tag already proved
 *   the client holds that context's keys. An endpoint provisioned for OSCORE refuses PSK and
 *   certificate identities, and an endpoint with (D)TLS credentials refuses OSCORE.
 */
import type { PeerIdentity } from '../../../transport/coap-udp/types';
import type { Refusal } from '../register-params';
import type { SecurityInfo, SecurityStore } from './security-store';

const refusal = (reason: string): Refusal => ({ code: '4.00', reason });

function describeProvisioning(info: SecurityInfo): string {
  if ('psk' in info) return 'a pre-shared key';
  return 'oscore' in info ? 'an OSCORE Security Context' : 'a certificate';
}

export function describeIdentity(identity: PeerIdentity | undefined): string {
  if (identity === undefined) return 'no security (NoSec)';
  if (identity.mode === 'oscore') return `OSCORE kid ${identity.kid}`;
  return identity.mode === 'psk' ? `PSK identity "${identity.identity}"` : `certificate ${identity.subject}`;
}

/** The endpoint an identity names, for a Register without `ep` (TS-Core 1.1 §6.2.1: ep is optional when the identity names the client). */
export function endpointOfIdentity(store: SecurityStore, identity: PeerIdentity | undefined): string | undefined {
  if (identity === undefined) return undefined;
  if (identity.mode === 'oscore') return store.endpointOfOscore(identity.kid, identity.idContext);
  return identity.mode === 'psk' ? store.endpointOfIdentity(identity.identity) : identity.commonName;
}

/** undefined: the request may act for `endpoint`; else why not. */
export function checkBinding(store: SecurityStore, endpoint: string, identity: PeerIdentity | undefined): Refusal | undefined {
  const info = store.get(endpoint);
  if (identity === undefined) {
    if (info === undefined) return undefined;
    return refusal(`endpoint "${endpoint}" is provisioned with ${describeProvisioning(info)}: a request without security cannot be bound to it (TS-Transport §5.2.6)`);
  }
  if (identity.mode === 'oscore') {
    const owner = store.endpointOfOscore(identity.kid, identity.idContext);
    if (owner === endpoint) return undefined;
    if (info !== undefined && !('oscore' in info)) return refusal(`endpoint "${endpoint}" is provisioned with ${describeProvisioning(info)}, not OSCORE (TS-Transport §5.2.6)`);
    return refusal(`${describeIdentity(identity)} is provisioned for ${owner === undefined ? 'no endpoint' : `endpoint "${owner}"`}, not "${endpoint}" (TS-Transport §5.2.6)`);
  }
  if (info !== undefined && 'oscore' in info) return refusal(`endpoint "${endpoint}" is provisioned with an OSCORE Security Context, not ${describeIdentity(identity)} (TS-Transport §5.2.6)`);
  if (identity.mode === 'psk') {
    const owner = store.endpointOfIdentity(identity.identity);
    if (owner === endpoint) return undefined;
    return refusal(`${describeIdentity(identity)} is provisioned for ${owner === undefined ? 'no endpoint' : `endpoint "${owner}"`}, not "${endpoint}" (TS-Transport §5.2.6)`);
  }
  if (info !== undefined && 'psk' in info) return refusal(`endpoint "${endpoint}" is provisioned with a pre-shared key, not a certificate (TS-Transport §5.2.6)`);
  if (identity.commonName === endpoint) return undefined;
  return refusal(`certificate Common Name "${identity.commonName ?? ''}" (${identity.subject}) does not match endpoint "${endpoint}" (TS-Transport §5.2.6)`);
}
