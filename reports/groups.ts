/**
 * Report sections. LwM2M cases are grouped by ETS interface, which the ETS encodes in the id number
 * (lwm2m-ets.md §1.3–1.8); PSA cases by API, which psa-arch-tests encodes in the id prefix. When an
 * id says nothing (no id tag, an unknown prefix, the object ranges) the feature name is the group.
 */
import { etsNumber, isSecurityCheck, isServerSide, psaSuite } from './test-ids';

const SEP = ' · ';

/** ETS id ranges: [first id of the range, section name]. */
const ETS_SECTIONS: ReadonlyArray<readonly [number, string]> = [
  [0, 'Bootstrap'],
  [100, 'Registration'],
  [200, 'Device Management & Service Enablement'],
  [300, 'Information Reporting'],
  [400, 'Security'],
  [500, 'Core objects'],
  [1000, 'Additional objects'],
];

const PSA_APIS: Readonly<Record<string, string>> = { c: 'Crypto', s: 'Storage', a: 'Attestation', fwu: 'Firmware Update' };

/** Section order in reports: LwM2M interfaces, then PSA APIs, then anything else by name. */
const ORDER = [
  ...ETS_SECTIONS.map(([, name]) => `LwM2M${SEP}${name}`),
  'LwM2M',
  ...ETS_SECTIONS.map(([, name]) => `LwM2M server${SEP}${name}`),
  'LwM2M server',
  ...Object.values(PSA_APIS).map((api) => `PSA${SEP}${api}`),
  'PSA',
];

export function groupOf(testId: string, feature: string, uri: string): string {
  const n = etsNumber(testId);
  const lwm2m = isServerSide(testId) ? 'LwM2M server' : 'LwM2M';
  if (n !== undefined) {
    const section = [...ETS_SECTIONS].reverse().find(([first]) => n >= first)![1];
    // Object tests (500+) are many small families (Device, Firmware Update, Location…): the
    // feature name is the finer, more useful group there.
    return n >= 500 && feature ? `${lwm2m}${SEP}${section}${SEP}${feature}` : `${lwm2m}${SEP}${section}`;
  }
  if (isServerSide(testId)) return feature ? `${lwm2m}${SEP}${feature}` : lwm2m;
  // The security negatives sit with the ETS Security cases (400–499) they complement.
  if (isSecurityCheck(testId)) return `LwM2M${SEP}Security`;
  const suite = psaSuite(testId);
  if (suite && PSA_APIS[suite]) return `PSA${SEP}${PSA_APIS[suite]}`;
  const family = /(^|\/)psa\//.test(uri) || suite ? 'PSA' : /(^|\/)lwm2m\//.test(uri) ? 'LwM2M' : 'Other';
  return feature ? `${family}${SEP}${feature}` : family;
}

/** Sorts sections: known ones in ETS/API order, a family's feature-named ones after it, then by name. */
export function compareGroups(a: string, b: string): number {
  return rank(a) - rank(b) || a.localeCompare(b);
}

function rank(group: string): number {
  // Longest known prefix wins, so "LwM2M · Core objects · Device" sorts with "LwM2M · Core objects".
  let best = -1;
  let bestLength = -1;
  ORDER.forEach((known, i) => {
    if ((group === known || group.startsWith(known + SEP)) && known.length > bestLength) {
      best = i;
      bestLength = known.length;
    }
  });
  return best === -1 ? ORDER.length : best;
}
