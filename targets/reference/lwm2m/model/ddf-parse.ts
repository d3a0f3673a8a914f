/**
 * Parses one OMA DDF XML document (schema LWM2M.xsd / LWM2M-v1_1.xsd, TS-Core App. D) into
 * ObjectDefinitions. A DDF file may hold several `<Object>` elements, so this returns a list.
 */
import { XMLParser } from 'fast-xml-parser';
import type { ResourceType } from '../codecs/types';
import { parseRangeEnumeration } from './range';
import type { ObjectDefinition, ResourceDefinition } from './types';

/** DDF `<Type>` → codec type (TS-Core App. C "Data Types"). Empty `<Type>` is an Executable resource. */
const DDF_TYPES: Readonly<Record<string, ResourceType>> = {
  String: 'string',
  Integer: 'integer',
  'Unsigned Integer': 'unsigned',
  Float: 'float',
  Boolean: 'boolean',
  Opaque: 'opaque',
  Time: 'time',
  Objlnk: 'objlnk',
  Corelnk: 'corelnk',
  none: 'none',
  '': 'none',
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Keep every value as text: "1.0" must stay a version string, not become the number 1.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (tagName) => tagName === 'Object' || tagName === 'Item',
});

type XmlNode = Record<string, unknown>;

export function parseDdf(xml: string, source = '<ddf>'): ObjectDefinition[] {
  const doc = parser.parse(xml) as XmlNode;
  const root = doc['LWM2M'] as XmlNode | undefined;
  const objects = root?.['Object'];
  if (!Array.isArray(objects) || objects.length === 0) throw new Error(`${source}: no <LWM2M><Object> element`);
  return objects.map((o: XmlNode) => parseObject(o, source));
}

function parseObject(o: XmlNode, source: string): ObjectDefinition {
  const id = toId(text(o, 'ObjectID'), `${source}: <ObjectID>`);
  const where = `${source}: object ${id}`;
  const resources = new Map<number, ResourceDefinition>();
  const items = (o['Resources'] as XmlNode | undefined)?.['Item'];
  for (const item of Array.isArray(items) ? (items as XmlNode[]) : []) {
    const r = parseResource(item, where);
    if (resources.has(r.id)) throw new Error(`${where}: resource ${r.id} defined twice`);
    resources.set(r.id, r);
  }
  return {
    id,
    name: text(o, 'Name'),
    version: text(o, 'ObjectVersion') || '1.0',
    lwm2mVersion: text(o, 'LWM2MVersion') || '1.0',
    multiple: text(o, 'MultipleInstances') === 'Multiple',
    mandatory: text(o, 'Mandatory') === 'Mandatory',
    urn: text(o, 'ObjectURN'),
    resources,
  };
}

function parseResource(item: XmlNode, where: string): ResourceDefinition {
  const id = toId(text(item, '@ID'), `${where}: <Item ID>`);
  const ddfType = text(item, 'Type');
  const type = DDF_TYPES[ddfType];
  if (type === undefined) throw new Error(`${where}: resource ${id} has unknown <Type> "${ddfType}"`);
  const rangeEnumeration = text(item, 'RangeEnumeration');
  const range = parseRangeEnumeration(rangeEnumeration);
  return {
    id,
    name: text(item, 'Name'),
    type,
    multiple: text(item, 'MultipleInstances') === 'Multiple',
    mandatory: text(item, 'Mandatory') === 'Mandatory',
    operations: text(item, 'Operations'),
    rangeEnumeration,
    ...(range ? { range } : {}),
    units: text(item, 'Units'),
  };
}

function text(node: XmlNode, key: string): string {
  const v = node[key];
  return typeof v === 'string' ? v.trim() : '';
}

function toId(s: string, what: string): number {
  if (!/^\d+$/.test(s) || Number(s) > 65534) throw new Error(`${what} is not an id in 0..65534: "${s}"`);
  return Number(s);
}
