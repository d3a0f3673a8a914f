/**
 * Round-trip properties for every content format in the registry: decode(encode(records)) equals the
 * records, up to the documented normalisations (-0 → 0 outside TLV; JSON/text formats carry no NaN/±∞).
 */
import fc from 'fast-check';
import { compositeSample, hierarchicalSample, model, normalise, SAMPLE_OBJECTS, singleSample, valueResources } from './codec-arbitraries';
import { codecFor, compositeCodecFor } from './registry';
import type { TimedRecord } from './senml-common';
import { CodecError, type Lwm2mPath, type Lwm2mRecord } from './types';
import { formatPath } from '../model/path';

/** FC_RUNS=5000 npx jest … runs the properties longer (CI keeps 200). */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };

/** cf, whether NaN/±∞ survive, whether -0 survives. */
const HIERARCHICAL: ReadonlyArray<[number, boolean, boolean]> = [
  [11542, true, true],
  [110, false, false],
  [112, true, false],
  [11543, false, false],
  [11544, true, false],
];
const SINGLE: ReadonlyArray<[number, boolean]> = [
  [0, false],
  [60, true],
];

const byPath = (a: Lwm2mRecord, b: Lwm2mRecord) => (formatPath(a.path) < formatPath(b.path) ? -1 : 1);

describe.each(HIERARCHICAL)('CF %i round trip', (cf, nonFinite, keepNegativeZero) => {
  const codec = codecFor(cf)!;

  it('decode(encode(records)) equals the records at any request depth', () => {
    fc.assert(
      fc.property(hierarchicalSample({ nonFinite }), ({ requestPath, records }) => {
        const payload = codec.encode(records, requestPath, model);
        expect(codec.decode(payload, requestPath, model)).toEqual(normalise(records, keepNegativeZero));
      }),
      RUNS,
    );
  });
});

describe.each(SINGLE)('CF %i round trip', (cf, nonFinite) => {
  const codec = codecFor(cf)!;

  it('decode(encode(value)) equals the value for single-value paths', () => {
    fc.assert(
      fc.property(singleSample({ nonFinite }, valueResources(SAMPLE_OBJECTS)), ({ requestPath, records }) => {
        const payload = codec.encode(records, requestPath, model);
        expect(codec.decode(payload, requestPath, model)).toEqual(normalise(records, false));
      }),
      RUNS,
    );
  });
});

describe('CF 42 round trip', () => {
  const opaque = valueResources(model.objectIds()).filter((r) => r.type === 'opaque');

  it('carries every Opaque resource of the model byte for byte', () => {
    const codec = codecFor(42)!;
    fc.assert(
      fc.property(singleSample({ nonFinite: false }, opaque), ({ requestPath, records }) => {
        expect(codec.decode(codec.encode(records, requestPath, model), requestPath, model)).toEqual(records);
      }),
      RUNS,
    );
  });
});

describe.each([
  [110, false],
  [112, true],
  [11544, true],
])('CF %i composite', (cf, nonFinite) => {
  const codec = compositeCodecFor(cf)!;

  it('decodeComposite(encodeComposite(records)) has the same values, with and without a model', () => {
    fc.assert(
      fc.property(compositeSample({ nonFinite }), fc.boolean(), (records, withModel) => {
        const payload = codec.encodeComposite(records, withModel ? model : undefined);
        const expected = normalise(records, false);
        expect([...codec.decodeComposite(payload, model)].sort(byPath)).toEqual([...expected].sort(byPath));
      }),
      RUNS,
    );
  });

  it('decodePathList(encodePathList(paths)) returns the paths', () => {
    const pathArb = fc
      .array(fc.integer({ min: 0, max: 65534 }), { minLength: 1, maxLength: 4 })
      .map((ids): Lwm2mPath => {
        const [objectId, instanceId, resourceId, resourceInstanceId] = ids;
        return { objectId: objectId!, ...(instanceId === undefined ? {} : { instanceId }), ...(resourceId === undefined ? {} : { resourceId }), ...(resourceInstanceId === undefined ? {} : { resourceInstanceId }) };
      });
    fc.assert(
      fc.property(fc.uniqueArray(pathArb, { maxLength: 8, selector: (p) => formatPath(p) }), (paths) => {
        expect(codec.decodePathList(codec.encodePathList(paths))).toEqual(paths);
      }),
      RUNS,
    );
  });
});

describe.each([110, 112])('CF %i timestamps', (cf) => {
  const codec = compositeCodecFor(cf)!;

  it('keeps historical values of one resource apart by their time', () => {
    const timed = fc.uniqueArray(fc.tuple(fc.integer({ min: -1000, max: 2 ** 31 }), fc.integer()), { minLength: 1, maxLength: 5, selector: ([t]) => t });
    fc.assert(
      fc.property(timed, (points) => {
        const records: TimedRecord[] = points.map(([time, v]) => ({ path: { objectId: 3, instanceId: 0, resourceId: 9 }, value: v, time }));
        expect(codec.decode(codec.encode(records, { objectId: 3, instanceId: 0 }, model), { objectId: 3, instanceId: 0 }, model)).toEqual(records);
      }),
      { numRuns: 50 },
    );
  });
});

describe.each([0, 110, 11543])('CF %i and values JSON/text cannot carry', (cf) => {
  it.each([NaN, Infinity, -Infinity])('refuses to encode float %p', (value) => {
    const path = { objectId: 6, instanceId: 0, resourceId: 0 }; // Location Latitude, Float
    const records = [{ path, value }];
    expect(model.resource(6, 0)?.type).toBe('float');
    expect(() => codecFor(cf)!.encode(records, path, model)).toThrow(CodecError);
  });
});
