/**
 * The LwM2M transports a run can use (`testfest run --transport`), as URI schemes (TS-Transport 1.2
 * §5: coap/coaps over UDP and DTLS 1.2, coap+tcp/coaps+tcp per RFC 8323, MQTT and HTTP bindings),
 * and how scenario tags relate to them: `@transport:udp` marks a scenario that needs the CoAP/UDP
 * message layer (CON/ACK, Message IDs, retransmission — RFC 7252 §4), which CoAP over TCP, MQTT and
 * HTTP do not have; `@transport:nosec` one that needs plain unsecured datagrams (a raw UDP peer).
 */

export const LWM2M_TRANSPORTS = ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt', 'http'] as const;
export type Lwm2mTransport = (typeof LWM2M_TRANSPORTS)[number];
export const DEFAULT_TRANSPORT: Lwm2mTransport = 'coap';

export function isLwm2mTransport(value: string): value is Lwm2mTransport {
  return (LWM2M_TRANSPORTS as readonly string[]).includes(value);
}

/** TS-Core 1.2 §6.2.1.2 binding letter of a transport (the `b=` of Register, /1/x/7). */
export function bindingOf(transport: Lwm2mTransport): 'U' | 'T' | 'M' | 'H' {
  if (transport === 'coap' || transport === 'coaps') return 'U';
  if (transport === 'coap+tcp' || transport === 'coaps+tcp') return 'T';
  return transport === 'mqtt' ? 'M' : 'H';
}

/** Transports with a security layer of their own (DTLS or TLS). */
export function isSecured(transport: Lwm2mTransport): boolean {
  return transport === 'coaps' || transport === 'coaps+tcp';
}

/**
 * Transport-family tags: what each admits, and the mechanism the others lack (the Not Applicable reason).
 * - `@transport:udp`: the CoAP/UDP message layer (CON/ACK/RST, Message IDs; RFC 8323 §2 has none over TCP).
 * - `@transport:nosec`: plain unsecured datagrams.
 * - `@transport:content-negotiation`: the requester picks the Content-Format (Accept, the format of a
 *   FETCH path list): the MQTT binding has no Accept key (TS-Transport 1.2 Table 8.7-1) and sends path
 *   lists as SenML CBOR only (§8.3.3).
 * - `@transport:registration-query`: the Registration Interface as a CoAP URI — `ep`, `lt`, `Q`, `pid`
 *   in the query, Update / De-register addressed by Location-Path: over MQTT the endpoint is the topic,
 *   Q / pid have no key, a Register's parameters are typed (an invalid `lt` cannot be sent), and
 *   Update / De-register name no location (§8.2, §8.3.1, Table 8.7-1).
 * - `@transport:query-attributes`: attributes in a URI query that the MQTT binding has no key for (`lt`,
 *   `con`; an Observe carrying pmin/pmax, Tables 8.7-1 and 8.3.4-1).
 * - `@transport:location-path`: a Location-Path in a result (a Create's new instance); MQTT results carry none (§8.4).
 * - `@transport:block-wise`: RFC 7959 Block1/Block2 (2.31 Continue per block); MQTT and HTTP carry a payload whole.
 * - `@transport:server-addresses`: several LwM2M Servers told apart by their address; on one MQTT broker
 *   they would need topic PREFIXes (§8.2), which a Server URI cannot carry.
 * - `@transport:observe`: Observe / Notify; the HTTP binding has none (TS-Transport 1.2 §7.1.5: Send only).
 * - `@transport:composite`: Read-/Write-/Observe-Composite (FETCH, iPATCH); the HTTP binding has GET,
 *   POST, PUT and DELETE only (§7.1.4).
 */
const FAMILY_TAGS: Record<string, { admits: readonly Lwm2mTransport[]; needs: string }> = {
  '@transport:udp': { admits: ['coap', 'coaps'], needs: 'the CoAP/UDP message layer (CON/ACK/RST, Message IDs)' },
  '@transport:nosec': { admits: ['coap'], needs: 'plain unsecured CoAP datagrams' },
  '@transport:content-negotiation': {
    admits: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'http'],
    needs: 'Content-Format negotiation (Accept, a chosen path-list format; MQTT binding: no Accept key, TS-Transport 1.2 Table 8.7-1)',
  },
  '@transport:registration-query': {
    admits: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'http'],
    needs: 'the Registration Interface as CoAP URIs (ep/lt/Q/pid in the query, Location-Path; MQTT binding: endpoint in the topic, typed parameters, TS-Transport 1.2 §8.3.1)',
  },
  '@transport:query-attributes': {
    admits: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'http'],
    needs: 'attributes in the URI query (lt, con, Observe with pmin/pmax; MQTT binding: no keys, TS-Transport 1.2 Tables 8.7-1, 8.3.4-1)',
  },
  '@transport:location-path': { admits: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'http'], needs: 'a Location-Path in the result (MQTT results carry none, TS-Transport 1.2 §8.4)' },
  '@transport:block-wise': { admits: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp'], needs: 'block-wise transfer (RFC 7959 Block1/Block2; MQTT and HTTP carry the payload whole)' },
  '@transport:server-addresses': {
    admits: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'http'],
    needs: 'several LwM2M Servers told apart by address (on one MQTT broker they need topic PREFIXes, TS-Transport 1.2 §8.2, which a Server URI does not carry)',
  },
  '@transport:observe': { admits: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt'], needs: 'Observe/Notify (the HTTP binding has none, TS-Transport 1.2 §7.1.5)' },
  '@transport:composite': { admits: ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt'], needs: 'the composite operations, FETCH and iPATCH (the HTTP binding has GET, POST, PUT, DELETE only, TS-Transport 1.2 §7.1.4)' },
};

/**
 * The transport requirements of a scenario under a run transport: the transports it pins itself
 * (`@requires:transport=...`, e.g. the security cases) or else the run's, and the family tags the
 * run transport does not satisfy (the scenario is then Not Applicable with that reason).
 */
export function transportGate(tags: readonly string[], runTransport: Lwm2mTransport): { pinned: boolean; unmetFamilies: string[] } {
  const pinned = tags.some((t) => t.startsWith('@requires:transport='));
  if (pinned) return { pinned, unmetFamilies: [] };
  const unmetFamilies = tags.filter((t) => FAMILY_TAGS[t] !== undefined && !FAMILY_TAGS[t]!.admits.includes(runTransport));
  return { pinned, unmetFamilies };
}

/**
 * Why a server-under-test scenario cannot run over `transport`, or undefined when it can. Over http
 * the scripted Client would have to tell the Server its own HTTP URL, which TS-Transport 1.2 §7 does
 * not carry and the control API (docs/server-control-api.md) has no field for.
 */
export function serverHarnessGap(transport: Lwm2mTransport): string | undefined {
  if (transport !== 'http') return undefined;
  return 'a Server reaching the scripted Client over http (TS-Transport 1.2 §7 gives a Server no way to learn a Client\'s HTTP URL, and the control API has no field for it)';
}

export function familyDescription(tag: string): string {
  const family = FAMILY_TAGS[tag];
  return family === undefined ? tag : `${tag}: ${family.needs} (runs over ${family.admits.join(', ')} only)`;
}
