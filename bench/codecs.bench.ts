/**
 * TLV (CF 11542) encode and decode of 1,000 resource values — 100 Temperature (3303) instances × 10
 * readable resources, the shape of a Read of `/3303` from a busy gateway — in MB/s, against
 * JSON.stringify / JSON.parse of the same 1,000 records as a SenML-style JSON document.
 *
 * The codec validates every record against the DDF model and checks the TLV framing; JSON.parse
 * does neither, so it is the "what a plain serializer costs here" floor, not a like-for-like rival.
 * MB/s counts each format's own bytes; TLV is the denser format, so the note also gives the ratio
 * per record (the same records either way), which is the fairer reading of "how much slower".
 */
import { decode as cborDecode, Encoder } from 'cbor-x';
import { senmlCborCodec, senmlJsonCodec, tlvCodec } from '../targets/reference/lwm2m/codecs';
import type { Lwm2mPath, Lwm2mRecord } from '../targets/reference/lwm2m/codecs';
import { defaultModel } from '../targets/reference/lwm2m/model';
import { bracketed, measure, rowOf, showRatio, windowFor, type Bench, type BenchRow } from './harness';

const INSTANCES = 100;
const MAX_ITERATIONS = 100_000;
const REQUEST: Lwm2mPath = { objectId: 3303 };

/** The 10 readable resources of Temperature 1.1 that carry a value (5605 Reset is Execute-only). */
function instanceRecords(instanceId: number): Lwm2mRecord[] {
  const at = (resourceId: number, value: Lwm2mRecord['value']): Lwm2mRecord => ({ path: { objectId: 3303, instanceId, resourceId }, value });
  const reading = 18 + instanceId / 7; // not float32-exact, so floats take their 8-byte form, as real readings do
  return [
    at(5700, reading),
    at(5601, reading - 3.25),
    at(5602, reading + 4.5),
    at(5603, -40),
    at(5604, 125),
    at(5701, 'Cel'),
    at(5750, `room sensor ${instanceId}`),
    at(5518, 1_764_000_000 + instanceId),
    at(6042, instanceId % 4),
    at(6049, instanceId * 1000),
  ];
}

/** The same records as SenML JSON (RFC 8428 names: n, v, vs), the JSON an LwM2M 1.1 peer would send. */
function senml(records: readonly Lwm2mRecord[]): object[] {
  return records.map(({ path, value }) => {
    const n = `/${path.objectId}/${path.instanceId}/${path.resourceId}`;
    return typeof value === 'string' ? { n, vs: value } : { n, v: value };
  });
}

export const bench: Bench = {
  name: 'codecs',
  async run({ quick, log }) {
    const model = defaultModel();
    const records = Array.from({ length: INSTANCES }, (_, i) => instanceRecords(i)).flat();
    const tlv = tlvCodec.encode(records, REQUEST, model);
    const doc = senml(records);
    const json = JSON.stringify(doc);
    const jsonBytes = Buffer.byteLength(json, 'utf8');
    // Guard against measuring a codec that silently drops records.
    const back = tlvCodec.decode(tlv, REQUEST, model);
    if (back.length !== records.length) throw new Error(`TLV round trip gave ${back.length} records, expected ${records.length}`);
    const window = windowFor(quick, MAX_ITERATIONS);
    const rows: BenchRow[] = [];
    const sizes = `${records.length} records: TLV ${tlv.length} B, JSON ${jsonBytes} B`;

    log('codecs: encode');
    const encode = await bracketed(
      () => measure('JSON.stringify', () => JSON.stringify(doc), window),
      () => measure('TLV encode', () => tlvCodec.encode(records, REQUEST, model), window),
    );
    log('codecs: decode');
    const decode = await bracketed(
      () => measure('JSON.parse', () => JSON.parse(json), window),
      () => measure('TLV decode', () => tlvCodec.decode(tlv, REQUEST, model), window),
    );
    rows.push(...(await senmlRows(records, model, window, log)));
    for (const [what, result, baseline] of [['encode', encode, 'JSON.stringify'], ['decode', decode, 'JSON.parse']] as const) {
      const perRecord = result.subject.opsPerSec / result.baseline.opsPerSec;
      rows.push(
        rowOf('codecs', `TLV ${what}, 100 × 10 resources of /3303`, result, 'MB/s', `${baseline}, SenML JSON`, {
          subject: tlv.length / 1e6,
          baseline: jsonBytes / 1e6,
          note: `${sizes}; per record ${showRatio(perRecord)}`,
        }),
      );
    }
    return rows;
  },
};

/**
 * SenML JSON (CF 110) and SenML CBOR (CF 112) of the same 1,000 records, each against the plain
 * serializer of the SAME bytes (JSON.parse/stringify, cbor-x decode/encode): the ratio is what LwM2M
 * semantics (names, types checked against the model) cost on top of the bare format.
 */
async function senmlRows(records: Lwm2mRecord[], model: ReturnType<typeof defaultModel>, window: ReturnType<typeof windowFor>, log: (l: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const json = senmlJsonCodec.encode(records, REQUEST, model);
  const cbor = senmlCborCodec.encode(records, REQUEST, model);
  for (const [codec, bytes] of [[senmlJsonCodec, json], [senmlCborCodec, cbor]] as const) {
    const back = codec.decode(bytes, REQUEST, model);
    if (back.length !== records.length) throw new Error(`${codec.mediaType} round trip gave ${back.length} records, expected ${records.length}`);
  }
  const jsonDoc = JSON.parse(json.toString('utf8'));
  const cborDoc = cborDecode(cbor);
  const cborEncoder = new Encoder({ useRecords: false, mapsAsObjects: false, useTag259ForMaps: false } as ConstructorParameters<typeof Encoder>[0]);
  const cases = [
    ['SenML JSON encode', 'JSON.stringify', () => JSON.stringify(jsonDoc), () => senmlJsonCodec.encode(records, REQUEST, model), json.length],
    ['SenML JSON decode', 'JSON.parse', () => JSON.parse(json.toString('utf8')), () => senmlJsonCodec.decode(json, REQUEST, model), json.length],
    ['SenML CBOR encode', 'cbor-x encode', () => cborEncoder.encode(cborDoc), () => senmlCborCodec.encode(records, REQUEST, model), cbor.length],
    ['SenML CBOR decode', 'cbor-x decode', () => cborDecode(cbor), () => senmlCborCodec.decode(cbor, REQUEST, model), cbor.length],
  ] as const;
  for (const [name, baseline, base, subject, size] of cases) {
    log(`codecs: ${name}`);
    const result = await bracketed(() => measure(baseline, base, window), () => measure(name, subject, window));
    rows.push(rowOf('codecs', `${name}, 1,000 resources`, result, 'MB/s', `${baseline} of the same bytes`, { subject: size / 1e6, baseline: size / 1e6, note: `${size} B` }));
  }
  return rows;
}
