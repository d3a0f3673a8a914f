/**
 * Pass criteria about Object Instances in the object cases: what a Discover lists (int-1201..1204,
 * 1630, 1635, 1900), the Instance a Create made (int-1630, CONMGMT-1250) and the Instances an Object
 * still has after a refused Create or Delete (int-680, 685).
 */
import { Then } from '@cucumber/cucumber';
import { parseLinkFormat, type Link } from '../../targets/reference/lwm2m/codecs/link-format';
import type { ObjectLink } from '../../targets/reference/lwm2m/codecs/types';
import { formatPath, parsePath } from '../../targets/reference/lwm2m/model/path';
import { check, criterion } from '../harness/criteria';
import { clientUnderTest, configurationOf } from '../harness/client-under-test';
import type { TestfestWorld } from '../support/world';
import { discoveredLinks, normalizeTarget, readRecords, responseOf } from './objects-content';
import { createdInstance, discoveredInstances } from './objects-created';
import { requestOf, sendStep } from './objects-state';
import { describeRecord, mismatches, provisionedRecords } from './objects-values';

const describeLink = (l: Link) => `<${l.target}>${Object.entries(l.params).map(([k, v]) => (v === true ? `;${k}` : `;${k}=${v}`)).join('')}`;

/**
 * ETS int-1900 expects `</19>;ver="1.1"`, a version Object 19 does not have (the registry's latest
 * is 1.0): for it, `ver` 1.0, 1.1 or none are all accepted.
 */
function versionMatches(target: string, expected: string, actual: string | true | undefined): boolean {
  if (actual === expected) return true;
  return target === '/19' && (actual === undefined || actual === '1.0' || actual === '1.1');
}

Then(/^\(([A-Z])\) in step (\d+) the Server receives 2\.05 Content listing (at least|exactly) (<.+)$/, function (this: TestfestWorld, letter: string, step: number, how: string, text: string) {
  const name = criterion(letter, `in step ${step} the Server receives 2.05 Content listing ${how} ${text}`);
  const expected = parseLinkFormat(text).map((l) => ({ ...l, target: normalizeTarget(l.target) }));
  const actual = discoveredLinks(name, requestOf(this, step));
  const listed = actual.map(describeLink).join(',');
  for (const e of expected) {
    const found = actual.find((a) => a.target === e.target);
    check(name, found !== undefined, describeLink(e), `"${listed}" without <${e.target}>`);
    for (const [key, value] of Object.entries(e.params)) {
      const ok = key === 'ver' ? versionMatches(e.target, value as string, found!.params[key]) : found!.params[key] === value;
      check(name, ok, describeLink(e), describeLink(found!));
    }
    // A link without `ver` claims version 1.0 (TS-Core §7.2.2): an unexpected ver is a different object version.
    if (!('ver' in e.params) && found!.params['ver'] !== undefined) check(name, versionMatches(e.target, '1.0', found!.params['ver']), `${describeLink(e)} (version 1.0)`, describeLink(found!));
  }
  if (how === 'exactly') {
    const extra = actual.filter((a) => !expected.some((e) => e.target === a.target));
    check(name, extra.length === 0, `only ${text}`, `"${listed}"`);
  }
});

Then(/^\(([A-Z])\) in step (\d+) the Server receives 2\.01 Created for the Instance (\/\d+\/\d+)$/, function (this: TestfestWorld, letter: string, step: number, expected: string) {
  const name = criterion(letter, `in step ${step} the Server receives 2.01 Created for the Instance ${expected}`);
  const created = createdInstance(name, requestOf(this, step));
  check(name, formatPath(created) === expected, `the new Instance ${expected}`, formatPath(created));
});

Then(
  /^\(([A-Z])\) in step (\d+) the Server receives 2\.05 Content holding (\/\d+\/\d+) as provisioned and (\/\d+\/\d+) as created in step (\d+)$/,
  function (this: TestfestWorld, letter: string, step: number, provisioned: string, created: string, createdIn: number) {
    const name = criterion(letter, `in step ${step} the Server receives 2.05 Content holding ${provisioned} as provisioned and ${created} as created in step ${createdIn}`);
    const read = readRecords(name, requestOf(this, step));
    const expected = [
      ...provisionedRecords(configurationOf(clientUnderTest(this)), parsePath(provisioned)),
      ...(requestOf(this, createdIn).written ?? []).filter((r) => formatPath({ objectId: r.path.objectId, instanceId: r.path.instanceId }) === created),
    ];
    const wrong = mismatches(expected, read);
    check(name, wrong.length === 0, expected.map(describeRecord).join(', '), wrong.join(', '));
    const unexpected = read.filter((r) => !expected.some((e) => formatPath(e.path) === formatPath(r.path)) && [provisioned, created].some((i) => formatPath(r.path).startsWith(`${i}/0/`)));
    check(name, unexpected.length === 0, `only the Identity instances of ${provisioned} and ${created}`, unexpected.map(describeRecord).join(', '));
  },
);

Then(/^\(([A-Z])\) in step (\d+) the Server receives 2\.05 Content listing the Instance created in step (\d+)$/, function (this: TestfestWorld, letter: string, step: number, createdIn: number) {
  const name = criterion(letter, `in step ${step} the Server receives 2.05 Content listing the Instance created in step ${createdIn}`);
  const created = createdInstance(`precondition: the Create of step ${createdIn}`, requestOf(this, createdIn));
  const links = readRecords(name, requestOf(this, step)).map((r) => r.value).filter((v): v is ObjectLink => typeof v === 'object' && v !== null && 'objectId' in v);
  check(name, links.some((l) => l.objectId === created.objectId && l.instanceId === created.instanceId), `a link ${created.objectId}:${created.instanceId}`, links.map((l) => `${l.objectId}:${l.instanceId}`).join(', ') || 'no link');
});

Then(/^\(([A-Z])\) the ([A-Za-z ]+) Object still has only the Instance (\/\d+\/\d+)$/, async function (this: TestfestWorld, letter: string, objectName: string, instance: string) {
  const name = criterion(letter, `the ${objectName} Object still has only the Instance ${instance}`);
  const objectPath = `/${parsePath(instance).objectId}`;
  const discover = await sendStep(this, 99, `Discover ${objectPath} (what is left)`, 'GET', objectPath, { accept: 40 });
  responseOf(name, discover, '2.05');
  const instances = discoveredInstances(name, discover, parsePath(instance).objectId);
  check(name, instances.length === 1 && instances[0] === instance, `only ${instance}`, instances.join(', ') || 'no Instance');
});
