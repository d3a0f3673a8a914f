/**
 * The object model: every DDF file in a folder, indexed by Object ID. Implements the codecs'
 * ModelLookup. Several versions of one object may be loaded; `object(id)` answers the newest unless
 * a version is asked for (tests pin versions, as Leshan's TestObjectLoader does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelLookup } from '../codecs/types';
import { parseDdf } from './ddf-parse';
import type { ObjectDefinition, ResourceDefinition } from './types';

/** The DDF files shipped beside this module (see ddf/README.md for provenance). */
export const DEFAULT_DDF_DIR = join(__dirname, 'ddf');

export class ObjectModel implements ModelLookup {
  private readonly byId = new Map<number, ObjectDefinition[]>();

  constructor(definitions: Iterable<ObjectDefinition>) {
    for (const d of definitions) {
      const list = this.byId.get(d.id) ?? [];
      if (list.some((x) => x.version === d.version)) throw new Error(`object ${d.id} version ${d.version} defined twice`);
      list.push(d);
      list.sort((a, b) => compareVersions(b.version, a.version));
      this.byId.set(d.id, list);
    }
  }

  /** The newest loaded version of an object, or exactly `version` when given. */
  object(id: number, version?: string): ObjectDefinition | undefined {
    const list = this.byId.get(id);
    return version === undefined ? list?.[0] : list?.find((d) => d.version === version);
  }

  /** All object ids, ascending. */
  objectIds(): number[] {
    return [...this.byId.keys()].sort((a, b) => a - b);
  }

  /** The newest version of every object, ascending by id. */
  objects(): ObjectDefinition[] {
    return this.objectIds().map((id) => this.object(id)!);
  }

  resource(objectId: number, resourceId: number): ResourceDefinition | undefined {
    return this.object(objectId)?.resources.get(resourceId);
  }
}

/** Loads every `*.xml` DDF file in `dir` (default: the bundled `ddf/` folder). */
export function loadObjectModel(dir: string = DEFAULT_DDF_DIR): ObjectModel {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.xml')).sort();
  if (files.length === 0) throw new Error(`no DDF *.xml files in ${dir}`);
  return new ObjectModel(files.flatMap((f) => parseDdf(readFileSync(join(dir, f), 'utf8'), f)));
}

let cached: ObjectModel | undefined;

/** The bundled model, loaded once per process. */
export function defaultModel(): ObjectModel {
  cached ??= loadObjectModel();
  return cached;
}

/** "1.10" > "1.2": compares dotted versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
