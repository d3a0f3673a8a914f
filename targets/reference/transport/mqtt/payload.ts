/**
 * The LwM2M-over-MQTT message: one CBOR map with the integer keys of TS-Transport 1.2 Table 8.7-1
 * (§8.3). A request carries `operation` (key 1), a response `result` (key 18); both carry `token`
 * (key 2, an unsigned integer, §8.3/§8.4). Encoding and decoding only: no topic, no state.
 */
import { Encoder } from 'cbor-x';
import { KEY, type KeyName } from './operations';

/** A decoded message. Tokens are bigint: CoAP tokens have up to 8 bytes, beyond Number's 53 bits. */
export interface MqttLwm2mMessage {
  operation?: number;
  token: bigint;
  ep?: string;
  pct?: number;
  uri?: string;
  /** SenML-ETCH CBOR path list (Read-/Observe-Composite, §8.3.3). */
  paths?: Buffer;
  payload?: Buffer;
  lifetime?: number;
  version?: string;
  b?: string;
  sms?: string;
  pmin?: number;
  pmax?: number;
  gt?: number;
  st?: number;
  epmin?: number;
  epmax?: number;
  result?: number;
  ct?: number;
  edge?: number;
  hqmax?: number;
  depth?: number;
}

/** The CBOR types Table 8.7-1 gives each key. */
const TEXT_KEYS = new Set<KeyName>(['ep', 'uri', 'version', 'b', 'sms']);
const BYTES_KEYS = new Set<KeyName>(['paths', 'payload']);
const ENTRIES = Object.entries(KEY) as [KeyName, number][];
const NAMES = new Map<number, KeyName>(ENTRIES.map(([name, key]) => [key, name]));
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// Plain CBOR maps with integer keys: no cbor-x records or structure extensions on the wire.
const cbor = new Encoder({ mapsAsObjects: false, useRecords: false, tagUint8Array: false });

export class MqttPayloadError extends Error {
  override readonly name = 'MqttPayloadError';
}

export function encodeMessage(message: MqttLwm2mMessage): Buffer {
  const map = new Map<number, unknown>();
  for (const [name, key] of ENTRIES) {
    const value = message[name];
    if (value === undefined) continue;
    // Small tokens travel as the shortest uint; cbor-x writes every bigint with 8 bytes.
    map.set(key, name === 'token' && (value as bigint) <= MAX_SAFE ? Number(value) : value);
  }
  return Buffer.from(cbor.encode(map));
}

/** Decodes and type-checks a message; unknown keys are ignored (forward compatibility), wrong types throw. */
export function decodeMessage(bytes: Buffer): MqttLwm2mMessage {
  let map: unknown;
  try {
    map = cbor.decode(bytes);
  } catch (e) {
    throw new MqttPayloadError(`not CBOR: ${(e as Error).message}`);
  }
  if (!(map instanceof Map)) throw new MqttPayloadError('the payload is not a CBOR map (TS-Transport §8.3)');
  const out: Record<string, unknown> = {};
  for (const [key, value] of map as Map<unknown, unknown>) {
    const name = typeof key === 'number' ? NAMES.get(key) : undefined;
    if (name === undefined) continue;
    out[name] = checked(name, value);
  }
  if (out.token === undefined) throw new MqttPayloadError('no token (key 2)');
  if ((out.operation === undefined) === (out.result === undefined)) throw new MqttPayloadError('a message has exactly one of operation (key 1) and result (key 18)');
  return out as unknown as MqttLwm2mMessage;
}

function checked(name: KeyName, value: unknown): unknown {
  if (TEXT_KEYS.has(name)) {
    if (typeof value !== 'string') throw new MqttPayloadError(`${name} (key ${KEY[name]}) must be a text string`);
    return value;
  }
  if (BYTES_KEYS.has(name)) {
    if (!(value instanceof Uint8Array)) throw new MqttPayloadError(`${name} (key ${KEY[name]}) must be a byte string`);
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  if (name === 'token') {
    if ((typeof value === 'number' && Number.isInteger(value) && value >= 0) || (typeof value === 'bigint' && value >= 0n)) return BigInt(value);
    throw new MqttPayloadError('token (key 2) must be an unsigned integer');
  }
  // gt and st are thresholds (numbers); every other key is an unsigned integer.
  if (typeof value === 'bigint' && value <= MAX_SAFE) return Number(value);
  if (typeof value !== 'number' || ((name !== 'gt' && name !== 'st') && !(Number.isInteger(value) && value >= 0))) {
    throw new MqttPayloadError(`${name} (key ${KEY[name]}) must be ${name === 'gt' || name === 'st' ? 'a number' : 'an unsigned integer'}`);
  }
  return value;
}

/** A readable rendering of the map for transcripts: `{1: 9, 2: 56, 5: "/3/0/0"}`, byte strings as h'…' (first 32 bytes). */
export function describeMessage(message: MqttLwm2mMessage): string {
  const parts: string[] = [];
  for (const [name, key] of ENTRIES) {
    const value = message[name];
    if (value === undefined) continue;
    let shown: string;
    if (Buffer.isBuffer(value)) shown = `h'${value.subarray(0, 32).toString('hex')}${value.length > 32 ? `…' (${value.length} bytes)` : "'"}`;
    else if (typeof value === 'string') shown = JSON.stringify(value);
    else shown = String(value);
    parts.push(`${key}: ${shown}`);
  }
  return `{${parts.join(', ')}}`;
}
