/**
 * Values a feature writes to the client, typed by the resource's DDF data type (TS-Core App. C):
 * `101` for an Integer, `true`/`1` for a Boolean, `0x0102` for Opaque, `3:0` for an Objlnk, anything
 * else (quotes optional) for a String. Also the records a table of `| path | value |` stands for.
 */
import type { Lwm2mPath, Lwm2mRecord, ResourceValue } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, parsePath } from '../../targets/reference/lwm2m/model/path';

export function typedValue(path: Lwm2mPath, text: string): ResourceValue {
  const def = path.resourceId === undefined ? undefined : defaultModel().resource(path.objectId, path.resourceId);
  if (!def) throw new Error(`feature error: ${formatPath(path)} is not a resource of the object model`);
  const plain = /^".*"$/.test(text) ? text.slice(1, -1) : text;
  switch (def.type) {
    case 'integer':
    case 'unsigned':
    case 'time':
    case 'float': {
      const n = Number(plain);
      if (Number.isNaN(n)) throw new Error(`feature error: ${formatPath(path)} (${def.type}) cannot be "${text}"`);
      return n;
    }
    case 'boolean':
      return plain === 'true' || plain === '1';
    case 'opaque':
      return Buffer.from(plain.replace(/^0x/i, ''), 'hex');
    case 'objlnk': {
      const [o, i] = plain.split(':').map(Number);
      return { objectId: o!, instanceId: i! };
    }
    default:
      return plain;
  }
}

/** `| path | value |` rows → records. */
export function recordsOf(rows: Array<Record<string, string>>): Lwm2mRecord[] {
  return rows.map((row) => {
    const path = parsePath(row['path']!);
    return { path, value: typedValue(path, row['value']!) };
  });
}
