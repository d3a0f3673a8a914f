/**
 * LwM2M over MQTT vocabulary (OMA-TS-LightweightM2M_Transport 1.2 §8): the integer keys of the
 * payload map (Table 8.7-1), the operation codes (Tables 8.3.1-1 bootstrap, 8.3.2-1 registration,
 * 8.3.3-1 device management, 8.3.4-1 information reporting) and the result codes (§8.4, §8.5).
 * The map keys and operation numbers are the spec's; nothing else lives here.
 */

/** Table 8.7-1: keys of the CBOR map every LwM2M-over-MQTT message is (§8.3). */
export const KEY = {
  operation: 1,
  token: 2,
  ep: 3,
  pct: 4,
  uri: 5,
  paths: 6,
  payload: 7,
  lifetime: 8,
  version: 9,
  b: 10,
  sms: 11,
  pmin: 12,
  pmax: 13,
  gt: 14,
  st: 15,
  epmin: 16,
  epmax: 17,
  result: 18,
  ct: 19,
  edge: 20,
  hqmax: 21,
  depth: 22,
} as const;

export type KeyName = keyof typeof KEY;

/** The operation codes, by the spec's operation names. Code 6 is used twice: the topic (bs / rd) tells them apart (§8.3.2). */
export const OP = {
  // Table 8.3.1-1, on {PREFIX}/lwm2m/bs/{ENDPOINT}
  bootstrapRequest: 0,
  bootstrapWrite: 1,
  bootstrapRead: 2,
  bootstrapDelete: 3,
  bootstrapDiscover: 4,
  bootstrapFinish: 5,
  bootstrapPackRequest: 6,
  // Table 8.3.2-1, on {PREFIX}/lwm2m/rd/{ENDPOINT}
  register: 6,
  update: 7,
  deregister: 8,
  // Table 8.3.3-1
  read: 9,
  readComposite: 10,
  discover: 11,
  writeReplace: 12,
  writePartialUpdate: 13,
  writeAttributes: 14,
  writeComposite: 15,
  execute: 16,
  create: 17,
  delete: 18,
  // Table 8.3.4-1
  observe: 20,
  observeComposite: 21,
  cancelObserve: 22,
  notify: 23,
  send: 24,
} as const;

export type OperationName = keyof typeof OP;

/** Which interface topic a message travels on (§8.2: `bs` for Bootstrap, `rd` for all other interfaces). */
export type Interface = 'bs' | 'rd';

/** Operations the LwM2M Client originates, per interface; everything else on that topic is sent by the (Bootstrap-)Server. */
const CLIENT_ORIGINATED: Record<Interface, ReadonlySet<number>> = {
  bs: new Set([OP.bootstrapRequest, OP.bootstrapPackRequest]),
  rd: new Set([OP.register, OP.update, OP.deregister, OP.notify, OP.send]),
};

export function isClientOriginated(iface: Interface, operation: number): boolean {
  return CLIENT_ORIGINATED[iface].has(operation);
}

/** The spec name of an operation code on an interface topic (for transcripts and errors). */
export function operationName(iface: Interface, operation: number): string {
  for (const [name, code] of Object.entries(OP)) {
    if (code !== operation) continue;
    if (operation === 6) return iface === 'bs' ? 'Bootstrap-Pack-Request' : 'Register';
    if (name === 'deregister') return 'De-register';
    return name.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/([a-z])([A-Z])/g, '$1-$2');
  }
  return `operation ${operation}`;
}

/**
 * §8.5: results are unsigned integers "loosely based on the CoAP response codes": class × 100 + detail
 * (2.05 Content → 205, 4.04 Not Found → 404).
 */
export function resultOf(coapCode: string): number {
  const m = /^([0-7])\.(\d\d)$/.exec(coapCode);
  if (!m) throw new RangeError(`not a CoAP response code: "${coapCode}"`);
  return Number(m[1]) * 100 + Number(m[2]);
}

/** The inverse of resultOf; a result that is not class×100+detail of a CoAP code becomes 5.00 (Table 8.5-5 generic). */
export function coapCodeOf(result: number): string {
  const cls = Math.floor(result / 100);
  const detail = result % 100;
  if (!Number.isInteger(result) || cls < 2 || cls > 5 || detail > 31) return '5.00';
  return `${cls}.${String(detail).padStart(2, '0')}`;
}
