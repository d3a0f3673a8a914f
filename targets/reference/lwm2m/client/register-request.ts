/**
 * Registration Interface messages the client sends (TS-Core §6.2, TS-Transport §6.4.3 Table 6.4.3-1):
 * Register `POST /rd?ep=&lt=&lwm2m=&b=[&Q][&pid=]` with the object list as link format, Update
 * `POST /rd/{location}?<changed params>`, De-register `DELETE /rd/{location}`.
 */
import type { CoapRequestSpec } from '../../transport/coap-udp/types';

/** CoAP Content-Format of the Register/Update payload (RFC 6690 application/link-format). */
export const LINK_FORMAT = 40;

/** The enabler version this client implements; sent as `lwm2m=` (major.minor only, TS-Core §6.2.1). */
export const LWM2M_VERSION = '1.1';

export interface RegisterParameters {
  endpoint: string;
  lifetime: number;
  binding: string;
  /** `lwm2m=`; default LWM2M_VERSION. */
  version?: string;
  /** 1.1 queue mode: the bare `Q` parameter (TS-Core §6.2.1.2; 1.0 wrote it into `b` instead). */
  queueMode?: boolean;
  /** 1.2 Profile ID, e.g. `6:1a2b3c4d` (TS-Core 1.2 §6.2.1). */
  profileId?: string;
  /** Fault injection: leave out `lwm2m=` (the broken target). */
  omitVersion?: boolean;
}

/**
 * TS-Core §6.2.1: Register. The payload lists Objects and Object Instances (never /0 or /21); with a
 * Profile ID it lists only what the profile does not cover, and may then be empty (ETS int-110).
 */
export function registerRequest(params: RegisterParameters, objectLinks: string): CoapRequestSpec {
  const query = [`ep=${params.endpoint}`, `lt=${params.lifetime}`];
  if (!params.omitVersion) query.push(`lwm2m=${params.version ?? LWM2M_VERSION}`);
  query.push(`b=${params.binding}`);
  if (params.queueMode) query.push('Q');
  if (params.profileId !== undefined) query.push(`pid=${params.profileId}`);
  const spec: CoapRequestSpec = { method: 'POST', path: '/rd', query };
  if (objectLinks !== '') {
    spec.contentFormat = LINK_FORMAT;
    spec.payload = Buffer.from(objectLinks, 'utf8');
  }
  return spec;
}

/** Parameters an Update carries: only what changed since the last Register/Update (TS-Core §6.2.2). */
export interface UpdateParameters {
  lifetime?: number;
  binding?: string;
  /** New object list when Object Instances were created or deleted. */
  objectLinks?: string;
}

export function updateRequest(location: readonly string[], changed: UpdateParameters = {}): CoapRequestSpec {
  const query: string[] = [];
  if (changed.lifetime !== undefined) query.push(`lt=${changed.lifetime}`);
  if (changed.binding !== undefined) query.push(`b=${changed.binding}`);
  const spec: CoapRequestSpec = { method: 'POST', path: locationPath(location), query };
  if (changed.objectLinks !== undefined) {
    spec.contentFormat = LINK_FORMAT;
    spec.payload = Buffer.from(changed.objectLinks, 'utf8');
  }
  return spec;
}

export function deregisterRequest(location: readonly string[]): CoapRequestSpec {
  return { method: 'DELETE', path: locationPath(location) };
}

/** The client replays every Location-Path segment of the 2.01 (TS-Transport §6.4.3). */
function locationPath(location: readonly string[]): string {
  return '/' + location.join('/');
}
