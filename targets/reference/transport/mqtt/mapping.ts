/**
 * THE table between CoAP requests (what the LwM2M layers above speak, TS-Transport 1.2 §6.4 Tables
 * 6.4.2-1 … 6.4.5-1) and LwM2M-over-MQTT operations (TS-Transport 1.2 §8.3 Tables 8.3.1-1 … 8.3.4-1),
 * both ways, plus responses ⇄ results (§8.4, §8.5). Pure functions: the endpoint (endpoint.ts) owns
 * tokens, topics and the per-endpoint state the context hands in.
 *
 *   sender  CoAP request                                 MQTT operation (topic)
 *   client  POST /rd?ep=…&lt&lwm2m&b&sms  (link-format)    6 Register {lifetime, version, b, sms, payload} (rd)
 *   client  POST /rd/<loc>?lt&b&sms                        7 Update (rd)
 *   client  DELETE /rd/<loc>                               8 De-register (rd)
 *   client  POST /dp                                      24 Send {ct, payload} (rd)
 *   server  GET /o/i/r                                     9 Read {uri}
 *   server  GET Accept:40 ?depth                          11 Discover {uri, depth}
 *   server  GET Observe:0 / Observe:1                     20 Observe {uri} / 22 Cancel-Observe {}
 *   server  PUT + payload / PUT ?attrs only               12 Write-Replace {uri, ct, payload} / 14 Write-Attributes {uri, pmin…}
 *   server  POST /o · /o/i · /o/i/r                       17 Create · 13 Write-Partial-Update · 16 Execute
 *   server  DELETE /o/i                                   18 Delete {uri}
 *   server  FETCH / (Observe:0, Observe:1)                10 Read-Composite {paths} (21 Observe-Composite, 22 Cancel-Observe)
 *   server  iPATCH /                                      15 Write-Composite {ct, payload}
 *   client  (2.05 notification, sendMessage)              23 Notify {ct, payload}
 *   client  POST /bs?ep=…&pct=…                            0 Bootstrap-Request {pct} (bs)
 *   client  GET /bspack                                    6 Bootstrap-Pack-Request (bs)
 *   server  PUT /o… (bs)                                   1 Bootstrap-Write {uri?, ct, payload}
 *   server  GET (bs) / GET Accept:40 (bs)                  2 Bootstrap-Read / 4 Bootstrap-Discover {uri}
 *   server  DELETE (bs)                                    3 Bootstrap-Delete {uri?}
 *   server  POST /bs (bs)                                  5 Bootstrap-Finish {}
 *
 * MQTT has no key for Accept, Q, pid, the lt and con attributes (TS-Transport Table 8.7-1): Accept and
 * the Register/Update parameters without a key are dropped (reported in `dropped`); attributes without
 * a key make the request inexpressible (MqttMappingError), never silently weaker.
 */
import { compositeCodecFor } from '../../lwm2m/codecs/registry';
import type { CoapRequestSpec, CoapResponseSpec } from '../coap-udp/types';
import { coapCodeOf, OP, operationName, resultOf, type Interface } from './operations';
import type { MqttLwm2mMessage } from './payload';

export type Sender = 'client' | 'server';
export type MqttRequest = Omit<MqttLwm2mMessage, 'token' | 'result'> & { operation: number };

export class MqttMappingError extends Error {
  override readonly name = 'MqttMappingError';
}

const LINK_FORMAT = 40;
const TEXT = 0;
/**
 * Key 6 carries a SenML-ETCH CBOR path list (§8.3.3). A path-only SenML CBOR pack is the same bytes
 * (RFC 8790 §3 reuses the SenML labels), so the client side hands it up as SenML CBOR (112), which the
 * LwM2M layers read; a SenML JSON path list going out is re-encoded.
 */
const SENML_CBOR = 112;

/** Write-Attributes parameters with a key in Table 8.7-1. */
const ATTRIBUTE_KEYS = ['pmin', 'pmax', 'gt', 'st', 'epmin', 'epmax', 'edge', 'hqmax'] as const;
type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

/** What the receiving side knows that the message does not say. */
export interface IncomingContext {
  /** ENDPOINT of the topic the message came on (§8.2). */
  endpoint: string;
  /** Server side: the Location-Path the LwM2M server gave this endpoint's Register (Update / De-register go there). */
  location?: string;
  /** Client side: what an observation with this token observes (Cancel-Observe names no path, Table 8.3.4-1). */
  observation?(token: bigint): { uri: string } | { paths: Buffer } | undefined;
}

export interface Outgoing {
  message: MqttRequest;
  /** Request parts MQTT cannot carry, for the transcript. */
  dropped: string[];
}

const numericDepth = (path: string): number => path.split('/').filter((s) => /^\d+$/.test(s)).length;
const queryMap = (query: string[] = []): Map<string, string | undefined> =>
  new Map(query.map((q) => (q.includes('=') ? [q.slice(0, q.indexOf('=')), q.slice(q.indexOf('=') + 1)] : [q, undefined])));
const bytesOf = (payload?: Buffer): Buffer | undefined => (payload !== undefined && payload.length > 0 ? payload : undefined);
const nonNegative = (name: string, text: string | undefined): number => {
  const n = Number(text);
  if (text === undefined || text === '' || !Number.isInteger(n) || n < 0) throw new MqttMappingError(`${name}=${text ?? ''} is not an unsigned integer`);
  return n;
};

/** CoAP request → MQTT operation, for the side that sends it. */
export function requestToMqtt(spec: CoapRequestSpec, iface: Interface, sender: Sender): Outgoing {
  const dropped: string[] = [];
  if (spec.accept !== undefined && !(spec.method === 'GET' && spec.accept === LINK_FORMAT)) dropped.push(`Accept ${spec.accept}`);
  const message = iface === 'bs' ? bootstrapRequest(spec, sender) : sender === 'client' ? clientRequest(spec, dropped) : serverRequest(spec);
  return { message, dropped };
}

function clientRequest(spec: CoapRequestSpec, dropped: string[]): MqttRequest {
  const q = queryMap(spec.query);
  const registration = (operation: number): MqttRequest => {
    const m: MqttRequest = { operation };
    for (const [name, value] of q) {
      if (name === 'ep' && operation === OP.register) continue; // the topic's ENDPOINT names it (§8.2)
      else if (name === 'lt') m.lifetime = nonNegative('lt', value);
      else if (name === 'lwm2m' && operation === OP.register && value !== undefined) m.version = value;
      else if (name === 'b' && value !== undefined) m.b = value;
      else if (name === 'sms' && value !== undefined) m.sms = value;
      else dropped.push(value === undefined ? name : `${name}=${value}`);
    }
    m.payload = bytesOf(spec.payload);
    return m;
  };
  if (spec.method === 'POST' && spec.path === '/rd') return registration(OP.register);
  if (spec.method === 'POST' && spec.path.startsWith('/rd/')) return registration(OP.update);
  if (spec.method === 'DELETE' && spec.path.startsWith('/rd/')) return { operation: OP.deregister };
  if (spec.method === 'POST' && spec.path === '/dp') return { operation: OP.send, ct: spec.contentFormat, payload: bytesOf(spec.payload) };
  throw new MqttMappingError(`a client ${spec.method} ${spec.path} has no LwM2M-over-MQTT operation on the rd topic`);
}

function serverRequest(spec: CoapRequestSpec): MqttRequest {
  const uri = spec.path;
  const content = { ct: spec.contentFormat, payload: bytesOf(spec.payload) };
  switch (spec.method) {
    case 'GET':
      if (spec.observe === 1) return { operation: OP.cancelObserve };
      if (spec.observe === 0) {
        if ((spec.query ?? []).length > 0) throw new MqttMappingError(`Observe with attributes (${spec.query!.join('&')}): Table 8.3.4-1 has no attribute keys for Observe`);
        return { operation: OP.observe, uri };
      }
      if (spec.accept === LINK_FORMAT) {
        const depth = queryMap(spec.query).get('depth');
        return { operation: OP.discover, uri, ...(depth !== undefined ? { depth: nonNegative('depth', depth) } : {}) };
      }
      return { operation: OP.read, uri };
    case 'PUT':
      if (spec.contentFormat === undefined && bytesOf(spec.payload) === undefined) return { operation: OP.writeAttributes, uri, ...attributes(spec.query ?? []) };
      return { operation: OP.writeReplace, uri, ...content };
    case 'POST': {
      const depth = numericDepth(uri);
      if (depth === 1) return { operation: OP.create, uri, ...content };
      if (depth === 2) return { operation: OP.writePartialUpdate, uri, ...content };
      if (depth >= 3) return { operation: OP.execute, uri, payload: content.payload };
      break;
    }
    case 'DELETE':
      return { operation: OP.delete, uri };
    case 'FETCH':
      if (spec.observe === 1) return { operation: OP.cancelObserve };
      return { operation: spec.observe === 0 ? OP.observeComposite : OP.readComposite, paths: etchPaths(spec) };
    case 'iPATCH':
      return { operation: OP.writeComposite, ...content };
  }
  throw new MqttMappingError(`a server ${spec.method} ${uri} has no LwM2M-over-MQTT operation (Tables 8.3.3-1, 8.3.4-1)`);
}

function bootstrapRequest(spec: CoapRequestSpec, sender: Sender): MqttRequest {
  if (sender === 'client') {
    if (spec.method === 'POST' && spec.path === '/bs') {
      const pct = queryMap(spec.query).get('pct');
      return { operation: OP.bootstrapRequest, ...(pct !== undefined ? { pct: nonNegative('pct', pct) } : {}) };
    }
    if (spec.method === 'GET' && spec.path === '/bspack') return { operation: OP.bootstrapPackRequest };
    throw new MqttMappingError(`a client ${spec.method} ${spec.path} has no operation on the bs topic (Table 8.3.1-1)`);
  }
  const uri = spec.path === '/' ? undefined : spec.path;
  switch (spec.method) {
    case 'PUT':
      return { operation: OP.bootstrapWrite, uri, ct: spec.contentFormat, payload: bytesOf(spec.payload) };
    case 'GET':
      return { operation: spec.accept === LINK_FORMAT ? OP.bootstrapDiscover : OP.bootstrapRead, uri };
    case 'DELETE':
      return { operation: OP.bootstrapDelete, uri };
    case 'POST':
      if (spec.path === '/bs') return { operation: OP.bootstrapFinish };
  }
  throw new MqttMappingError(`a Bootstrap-Server ${spec.method} ${spec.path} has no operation on the bs topic (Table 8.3.1-1)`);
}

function attributes(query: string[]): Partial<Record<AttributeKey, number>> {
  const out: Partial<Record<AttributeKey, number>> = {};
  for (const [name, value] of queryMap(query)) {
    if (!(ATTRIBUTE_KEYS as readonly string[]).includes(name)) throw new MqttMappingError(`attribute "${name}" has no key in Table 8.7-1`);
    if (value === undefined) throw new MqttMappingError(`attribute "${name}" without a value (unset) has no encoding over MQTT`);
    const n = Number(value);
    if (value === '' || !Number.isFinite(n)) throw new MqttMappingError(`attribute ${name}=${value} is not a number`);
    out[name as AttributeKey] = name === 'gt' || name === 'st' ? n : nonNegative(name, value);
  }
  return out;
}

function etchPaths(spec: CoapRequestSpec): Buffer {
  const cf = spec.contentFormat ?? SENML_CBOR;
  const payload = spec.payload ?? Buffer.alloc(0);
  if (cf === SENML_CBOR) return payload;
  const codec = compositeCodecFor(cf);
  if (!codec) throw new MqttMappingError(`a composite path list in Content-Format ${cf} cannot be re-encoded as SenML-ETCH CBOR`);
  return compositeCodecFor(SENML_CBOR)!.encodePathList(codec.decodePathList(payload));
}

/** MQTT operation → the CoAP request the receiving LwM2M layer sees. */
export function mqttToRequest(m: MqttLwm2mMessage, iface: Interface, ctx: IncomingContext): CoapRequestSpec {
  const op = m.operation!;
  const uri = m.uri ?? '/';
  const content = { ...(m.ct !== undefined ? { contentFormat: m.ct } : {}), ...(m.payload ? { payload: m.payload } : {}) };
  const registrationQuery = (): string[] => [
    ...(m.lifetime !== undefined ? [`lt=${m.lifetime}`] : []),
    ...(m.b !== undefined ? [`b=${m.b}`] : []),
    ...(m.sms !== undefined ? [`sms=${m.sms}`] : []),
  ];
  const located = (): string => {
    if (ctx.location === undefined) throw new MqttMappingError(`${operationName(iface, op)} from "${ctx.endpoint}", which is not registered`);
    return ctx.location;
  };
  const links = m.payload ? { contentFormat: LINK_FORMAT, payload: m.payload } : {};
  if (iface === 'bs') {
    switch (op) {
      case OP.bootstrapRequest:
        return { method: 'POST', path: '/bs', query: [`ep=${ctx.endpoint}`, ...(m.pct !== undefined ? [`pct=${m.pct}`] : [])] };
      case OP.bootstrapPackRequest:
        return { method: 'GET', path: '/bspack' };
      case OP.bootstrapWrite:
        return { method: 'PUT', path: uri, ...content };
      case OP.bootstrapRead:
        return { method: 'GET', path: uri };
      case OP.bootstrapDelete:
        return { method: 'DELETE', path: uri };
      case OP.bootstrapDiscover:
        return { method: 'GET', path: uri, accept: LINK_FORMAT };
      case OP.bootstrapFinish:
        return { method: 'POST', path: '/bs' };
    }
    throw new MqttMappingError(`operation ${op} is not a Bootstrap operation (Table 8.3.1-1)`);
  }
  switch (op) {
    case OP.register:
      if (m.ep !== undefined && m.ep !== ctx.endpoint) throw new MqttMappingError(`Register ep "${m.ep}" does not match the topic's ENDPOINT "${ctx.endpoint}" (§8.2)`);
      return { method: 'POST', path: '/rd', query: [`ep=${ctx.endpoint}`, ...registrationQuery(), ...(m.version !== undefined ? [`lwm2m=${m.version}`] : [])], ...links };
    case OP.update:
      return { method: 'POST', path: located(), query: registrationQuery(), ...links };
    case OP.deregister:
      return { method: 'DELETE', path: located() };
    case OP.send:
      return { method: 'POST', path: '/dp', ...content };
    case OP.read:
      return { method: 'GET', path: uri };
    case OP.discover:
      return { method: 'GET', path: uri, accept: LINK_FORMAT, ...(m.depth !== undefined ? { query: [`depth=${m.depth}`] } : {}) };
    case OP.observe:
      return { method: 'GET', path: uri, observe: 0 };
    case OP.cancelObserve: {
      const observed = ctx.observation?.(m.token);
      if (observed === undefined) throw new MqttMappingError(`Cancel-Observe for token ${m.token}, which names no observation`);
      return 'uri' in observed ? { method: 'GET', path: observed.uri, observe: 1 } : { method: 'FETCH', path: '/', observe: 1, contentFormat: SENML_CBOR, payload: observed.paths };
    }
    case OP.readComposite:
    case OP.observeComposite:
      return { method: 'FETCH', path: '/', contentFormat: SENML_CBOR, payload: m.paths ?? Buffer.alloc(0), ...(op === OP.observeComposite ? { observe: 0 } : {}) };
    case OP.writeReplace:
      return { method: 'PUT', path: uri, ...content };
    case OP.writeAttributes:
      return { method: 'PUT', path: uri, query: ATTRIBUTE_KEYS.filter((k) => m[k] !== undefined).map((k) => `${k}=${m[k]}`) };
    case OP.writePartialUpdate:
    case OP.create:
      return { method: 'POST', path: uri, ...content };
    case OP.execute:
      return { method: 'POST', path: uri, ...(m.payload ? { contentFormat: TEXT, payload: m.payload } : {}) };
    case OP.writeComposite:
      return { method: 'iPATCH', path: '/', ...content };
    case OP.delete:
      return { method: 'DELETE', path: uri };
  }
  throw new MqttMappingError(`operation ${op} is not a request a ${op === OP.notify ? 'server' : 'peer'} receives on the rd topic`);
}

/** A CoAP response → the MQTT response map (without token): `{18: result, 19?: ct, 7?: payload}` (§8.4). */
export function responseToMqtt(spec: Pick<CoapResponseSpec, 'code' | 'contentFormat' | 'payload'>): Omit<MqttLwm2mMessage, 'token'> {
  return { result: resultOf(spec.code), ct: spec.contentFormat, payload: bytesOf(spec.payload) };
}

/**
 * An MQTT result → the CoAP response the requester sees. Register's 201 gets the Location-Path
 * `rd/<ENDPOINT>`: MQTT has no location (Update and De-register are addressed by the topic), and the
 * LwM2M client needs one to address them; the MQTT binding maps any `/rd/…` back to the topic.
 */
export function mqttToResponse(m: MqttLwm2mMessage, sent: { operation: number; iface: Interface; endpoint: string }): CoapResponseSpec {
  const code = coapCodeOf(m.result!);
  const out: CoapResponseSpec = { code, ...(m.ct !== undefined ? { contentFormat: m.ct } : {}), payload: m.payload ?? Buffer.alloc(0) };
  if (sent.iface === 'rd' && sent.operation === OP.register && code === '2.01') out.locationPath = ['rd', sent.endpoint];
  if (sent.iface === 'rd' && (sent.operation === OP.observe || sent.operation === OP.observeComposite) && code === '2.05') out.observe = 0;
  return out;
}

/** A notification the client sends (a response carrying an observation's token) → Notify, or the final error result. */
export function notificationToMqtt(spec: Pick<CoapResponseSpec, 'code' | 'contentFormat' | 'payload'>): Omit<MqttLwm2mMessage, 'token'> {
  // Table 8.3.4-1 has Notify for values only; an observation ending with an error (RFC 7641 §4.2, e.g.
  // 4.04) has no operation, so it goes out as the error result with the observation's token (our choice).
  if (spec.code !== '2.05') return responseToMqtt(spec);
  return { operation: OP.notify, ct: spec.contentFormat, payload: bytesOf(spec.payload) };
}
