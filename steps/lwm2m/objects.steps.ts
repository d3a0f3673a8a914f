/**
 * The Server's requests in the object cases (ETS int-651..2001), each filed under the number of the
 * ETS procedure step it performs ("When 2. the Server reads /3/0 ..."). Operations map to CoAP as
 * TS-Transport §6.4.4 Table 6.4.4-1 says: Read GET, Discover GET Accept 40, Write PUT (replace) or
 * POST (partial update), Execute POST on a Resource, Create POST on an Object, Delete DELETE.
 */
import { Given, When, type DataTable } from '@cucumber/cucumber';
import { plainTextCodec } from '../../targets/reference/lwm2m/codecs/plain-text';
import { tlvCodec } from '../../targets/reference/lwm2m/codecs/tlv';
import type { Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, parsePath } from '../../targets/reference/lwm2m/model/path';
import { InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import { createdInstance, discoveredInstances } from './objects-created';
import { hexBytes, readRecords, tlvVector } from './objects-content';
import { objectsState, requestOf, sendStep } from './objects-state';

const TLV = 11542;
const TEXT = 0;
const LINK_FORMAT = 40;

/** `/7/0/6` named "Start" in the step: the DDF must agree, or the feature is wrong. */
function namedResource(path: string, name: string) {
  const p = parsePath(path);
  const def = p.resourceId === undefined ? undefined : defaultModel().resource(p.objectId, p.resourceId);
  if (def?.name.toLowerCase() !== name.toLowerCase()) throw new Error(`feature error: ${path} is "${def?.name ?? 'not a resource'}", not "${name}"`);
  return p;
}

When(/^(\d+)\. the Server reads (\/[\d/]+)$/, async function (this: TestfestWorld, step: number, path: string) {
  await sendStep(this, step, `Read ${path}`, 'GET', path);
});

When(/^(\d+)\. the Server reads (\/[\d/]+) with Accept (\d+) \([^)]*\)$/, async function (this: TestfestWorld, step: number, path: string, accept: number) {
  await sendStep(this, step, `Read ${path} (Accept ${accept})`, 'GET', path, { accept: Number(accept) });
});

When(/^(\d+)\. the Server discovers (\/[\d/]+)$/, async function (this: TestfestWorld, step: number, path: string) {
  await sendStep(this, step, `Discover ${path}`, 'GET', path, { accept: LINK_FORMAT });
});

When(/^(\d+)\. the Server executes the ([A-Za-z ]+) Resource (\/[\d/]+)$/, async function (this: TestfestWorld, step: number, name: string, path: string) {
  namedResource(path, name);
  await sendStep(this, step, `Execute ${name} ${path}`, 'POST', path);
});

When(/^(\d+)\. the Server writes (\S+) to the ([A-Za-z ()-]+) Resource (\/[\d/]+) in plain text$/, async function (this: TestfestWorld, step: number, value: string, name: string, path: string) {
  await writeText(this, step, namedResource(path, name), String(value));
});

When(
  /^(\d+)\. the Server writes (\S+) to the ([A-Za-z ()-]+) Resource of the Instance created in step (\d+) in plain text$/,
  async function (this: TestfestWorld, step: number, value: string, name: string, createdIn: number) {
    const instance = createdInstance(`step ${createdIn}`, requestOf(this, createdIn));
    const def = [...(defaultModel().object(instance.objectId)?.resources.values() ?? [])].find((d) => d.name.toLowerCase() === name.toLowerCase());
    if (!def) throw new Error(`feature error: Object ${instance.objectId} has no Resource "${name}"`);
    await writeText(this, step, { ...instance, resourceId: def.id }, String(value));
  },
);

When(
  /^(\d+)\. the Server writes to (\/[\d/]+) in plain text a value different from the one read in step (\d+)$/,
  async function (this: TestfestWorld, step: number, path: string, readIn: number) {
    const p = parsePath(path);
    const read = readRecords(`precondition: the Read of step ${readIn}`, requestOf(this, readIn));
    const before = read.find((r) => formatPath(r.path) === path)?.value;
    if (typeof before !== 'number') throw new InconclusiveError(`precondition not met: step ${readIn} read no number at ${path}`);
    await writeText(this, step, p, String(before + 60));
  },
);

When(/^(\d+)\. the Server writes \((POST|PUT)\) (\/[\d/]+) in TLV with these Resources:$/, async function (this: TestfestWorld, step: number, method: 'POST' | 'PUT', path: string, table: DataTable) {
  const p = parsePath(path);
  const payload = Buffer.concat(
    table.hashes().map((row) => {
      const bytes = hexBytes(row['tlv']!);
      const resourceId = Number(row['resource']);
      if (row['name'] !== undefined) namedResource(formatPath({ ...p, resourceId: p.resourceId ?? resourceId }), row['name']);
      checkVectorValue(tlvVector(bytes, p), row['value']);
      return bytes;
    }),
  );
  await sendStep(this, step, `Write (${method}) ${path} in TLV`, method, path, { contentFormat: TLV, payload }, tlvVector(payload, p));
});

When(/^(\d+)\. the Server writes \(PUT\) (\/[\d/]+) in TLV with the saved initial values$/, async function (this: TestfestWorld, step: number, path: string) {
  const saved = objectsState(this).savedInitial;
  if (!saved) throw new Error('feature error: no initial values were saved');
  const p = parsePath(path);
  const payload = tlvCodec.encode(saved, p, defaultModel());
  await sendStep(this, step, `Write (PUT) ${path} in TLV with the initial values`, 'PUT', path, { contentFormat: TLV, payload }, saved);
});

When(/^(\d+)\. the Server creates an Instance of (\/\d+) in TLV with these bytes:$/, async function (this: TestfestWorld, step: number, path: string, hex: string) {
  const payload = hexBytes(hex);
  const written = tlvVector(payload, parsePath(path));
  await sendStep(this, step, `Create on ${path} in TLV`, 'POST', path, { contentFormat: TLV, payload }, written);
});

When(/^(\d+)\. the Server deletes (\/[\d/]+)$/, async function (this: TestfestWorld, step: number, path: string) {
  await sendStep(this, step, `Delete ${path}`, 'DELETE', path);
});

When(/^(\d+)\. the Server deletes every Instance of (\/\d+) listed in step (\d+)$/, async function (this: TestfestWorld, step: number, path: string, listedIn: number) {
  const instances = discoveredInstances(`precondition: the Discover of step ${listedIn}`, requestOf(this, listedIn), parsePath(path).objectId);
  if (instances.length === 0) throw new InconclusiveError(`precondition not met: step ${listedIn} listed no Instance of ${path}`);
  for (const instance of instances) await sendStep(this, step, `Delete ${instance}`, 'DELETE', instance);
});

Given(/^the Server has saved the initial values of the writable Resources of (\/[\d/]+)$/, async function (this: TestfestWorld, path: string) {
  const saving = await sendStep(this, 0, `Read ${path} to save its initial values`, 'GET', path);
  let records: Lwm2mRecord[];
  try {
    records = readRecords('precondition: saving the initial values', saving);
  } catch (e) {
    throw new InconclusiveError(`precondition not met: ${(e as Error).message}`);
  }
  const model = defaultModel();
  objectsState(this).savedInitial = records.filter((r) => model.resource(r.path.objectId, r.path.resourceId!)?.operations.includes('W'));
  if (objectsState(this).savedInitial!.length === 0) throw new InconclusiveError(`precondition not met: ${path} has no writable Resource to save`);
});

async function writeText(world: TestfestWorld, step: number, path: ReturnType<typeof parsePath>, text: string): Promise<void> {
  const at = formatPath(path);
  const payload = Buffer.from(text, 'utf8');
  const written = plainTextCodec.decode(payload, path, defaultModel());
  await sendStep(world, step, `Write ${at} = ${text}`, 'PUT', at, { contentFormat: TEXT, payload }, written);
}

/** The `value` column of a TLV table documents the vector; it must say what the bytes say. */
function checkVectorValue(records: Lwm2mRecord[], value: string | undefined): void {
  if (value === undefined || value.endsWith('(opaque)')) return;
  const decoded = records.map((r) => (Buffer.isBuffer(r.value) ? r.value.toString('utf8') : String(r.value)));
  if (!decoded.includes(value)) throw new Error(`feature error: the TLV vector carries ${JSON.stringify(decoded)}, the table says "${value}"`);
}
