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

/** Transport-family tags: what each admits. */
const FAMILY_TAGS: Record<string, readonly Lwm2mTransport[]> = {
  '@transport:udp': ['coap', 'coaps'],
  '@transport:nosec': ['coap'],
};

/**
 * The transport requirements of a scenario under a run transport: the transports it pins itself
 * (`@requires:transport=...`, e.g. the security cases) or else the run's, and the family tags the
 * run transport does not satisfy (the scenario is then Not Applicable with that reason).
 */
export function transportGate(tags: readonly string[], runTransport: Lwm2mTransport): { pinned: boolean; unmetFamilies: string[] } {
  const pinned = tags.some((t) => t.startsWith('@requires:transport='));
  if (pinned) return { pinned, unmetFamilies: [] };
  const unmetFamilies = tags.filter((t) => FAMILY_TAGS[t] !== undefined && !FAMILY_TAGS[t]!.includes(runTransport));
  return { pinned, unmetFamilies };
}

export function familyDescription(tag: string): string {
  return `${tag} (runs over ${FAMILY_TAGS[tag]?.join(' or ') ?? '?'} only)`;
}
