/**
 * Pass criteria of the object cases that judge one answer: its code, its values against what was
 * written or provisioned, its values against their definitions. Each names its ETS letter and the
 * procedure step it looks at ("(B) in step 2 ..."), as the ETS words its criteria.
 */
import { Then } from '@cucumber/cucumber';
import { parsePath } from '../../targets/reference/lwm2m/model/path';
import { check, criterion } from '../harness/criteria';
import { clientUnderTest, configurationOf, describeOutcome } from '../harness/client-under-test';
import type { TestfestWorld } from '../support/world';
import { readRecords, responseOf } from './objects-content';
import { objectsState, requestOf, requestsOf } from './objects-state';
import { invalidValues, missingResources } from './objects-validity';
import { describeRecord, describeValue, mismatches, provisionedRecords } from './objects-values';

/** "0, 1, 2 and 4" → [0, 1, 2, 4] */
const numberList = (text: string) => text.split(/, | and /).map(Number);

Then(/^\(([A-Z])\) in step (\d+) the Server receives (\d\.\d\d) ([A-Z][a-z]+(?: [A-Z][a-z]+)*)$/, function (this: TestfestWorld, letter: string, step: number, code: string, codeName: string) {
  const name = criterion(letter, `in step ${step} the Server receives ${code} ${codeName}`);
  for (const r of requestsOf(this, step)) check(name, r.exchange.response?.code === code, `${code} to ${r.description}`, describeOutcome(r.exchange));
});

Then(/^\(([A-Z])\) in steps ((?:\d+, )*\d+ and \d+) the Server receives ((?:\d\.\d\d, )*\d\.\d\d and \d\.\d\d)$/, function (this: TestfestWorld, letter: string, steps: string, codes: string) {
  const name = criterion(letter, `in steps ${steps} the Server receives ${codes}`);
  const stepList = numberList(steps);
  const codeList = codes.split(/, | and /);
  if (stepList.length !== codeList.length) throw new Error('feature error: as many codes as steps are needed');
  stepList.forEach((step, i) => {
    for (const r of requestsOf(this, step)) check(name, r.exchange.response?.code === codeList[i], `${codeList[i]} to ${r.description} (step ${step})`, describeOutcome(r.exchange));
  });
});

Then(/^\(([A-Z])\) in step (\d+) the Server receives (2\.05) Content with the value (\S+)$/, function (this: TestfestWorld, letter: string, step: number, _code: string, value: string) {
  const name = criterion(letter, `in step ${step} the Server receives 2.05 Content with the value ${value}`);
  const records = readRecords(name, requestOf(this, step));
  const text = records.map((r) => (Buffer.isBuffer(r.value) ? r.value.toString('utf8') : String(r.value)));
  check(name, records.length === 1 && text[0] === String(value), `one value, ${value}`, records.map(describeRecord).join(', ') || 'no value');
});

Then(/^\(([A-Z])\) in step (\d+) the values are those written in step (\d+)$/, function (this: TestfestWorld, letter: string, step: number, writtenIn: number) {
  const name = criterion(letter, `in step ${step} the values are those written in step ${writtenIn}`);
  const written = requestOf(this, writtenIn).written ?? [];
  const wrong = mismatches(written, readRecords(name, requestOf(this, step)));
  check(name, wrong.length === 0, written.map(describeRecord).join(', '), wrong.join(', '));
});

Then(/^\(([A-Z])\) in step (\d+) the writable Resources have their saved initial values$/, function (this: TestfestWorld, letter: string, step: number) {
  const name = criterion(letter, `in step ${step} the writable Resources have their saved initial values`);
  const saved = objectsState(this).savedInitial ?? [];
  const wrong = mismatches(saved, readRecords(name, requestOf(this, step)));
  check(name, wrong.length === 0, saved.map(describeRecord).join(', '), wrong.join(', '));
});

Then(/^\(([A-Z])\) in step (\d+) the value of (\/[\d/]+) is the provisioned one, in a format the Client chose$/, function (this: TestfestWorld, letter: string, step: number, path: string) {
  const name = criterion(letter, `in step ${step} the value of ${path} is the provisioned one, in a format the Client chose`);
  const expected = provisionedRecords(configurationOf(clientUnderTest(this)), parsePath(path));
  if (expected.length === 0) throw new Error(`feature error: the configuration provisions nothing at ${path}`);
  const wrong = mismatches(expected, readRecords(name, requestOf(this, step)));
  check(name, wrong.length === 0, expected.map(describeRecord).join(', '), wrong.join(', '));
});

Then(/^\(([A-Z])\) in step (\d+) the value of (\/[\d/]+) is the one written in step (\d+)$/, function (this: TestfestWorld, letter: string, step: number, path: string, writtenIn: number) {
  const name = criterion(letter, `in step ${step} the value of ${path} is the one written in step ${writtenIn}`);
  const written = (requestOf(this, writtenIn).written ?? []).filter((r) => describeRecord(r).startsWith(`${path}=`));
  if (written.length === 0) throw new Error(`feature error: step ${writtenIn} wrote nothing at ${path}`);
  const wrong = mismatches(written, readRecords(name, requestOf(this, step)));
  check(name, wrong.length === 0, written.map(describeRecord).join(', '), wrong.join(', '));
});

Then(/^\(([A-Z])\) in step (\d+) the TLV values of (\/[\d/]+) are those of configuration (C\.\d+)$/, function (this: TestfestWorld, letter: string, step: number, path: string, configName: string) {
  const name = criterion(letter, `in step ${step} the TLV values of ${path} are those of configuration ${configName}`);
  const config = configurationOf(clientUnderTest(this));
  if (config.id !== configName) throw new Error(`feature error: the Client was provisioned with ${config.id}, not ${configName}`);
  const r = requestOf(this, step);
  const response = responseOf(name, r, '2.05');
  check(name, response.contentFormat === 11542, 'Content-Format 11542 (TLV)', `Content-Format ${response.contentFormat ?? 'none'}`);
  const expected = provisionedRecords(config, parsePath(path));
  const wrong = mismatches(expected, readRecords(name, r));
  check(name, wrong.length === 0, `the values of ${configName}: ${expected.map(describeRecord).join(', ')}`, wrong.join(', '));
});

Then(/^\(([A-Z])\) in step (\d+) the payload holds the mandatory Resources ([\d, and]+) and every value is valid for its definition$/, function (this: TestfestWorld, letter: string, step: number, ids: string) {
  const name = criterion(letter, `in step ${step} the payload holds the mandatory Resources ${ids} and every value is valid for its definition`);
  const records = readRecords(name, requestOf(this, step));
  const missing = missingResources(records, numberList(ids));
  check(name, missing.length === 0, `Resources ${ids}`, `no Resource ${missing.join(', ')} in ${records.map(describeRecord).join(', ')}`);
  const invalid = invalidValues(records);
  check(name, invalid.length === 0, 'values valid for their definitions', invalid.join('; '));
});

Then(/^\(([A-Z])\) in step (\d+) the payload is in a format the Client chose and the Server decodes$/, function (this: TestfestWorld, letter: string, step: number) {
  const name = criterion(letter, `in step ${step} the payload is in a format the Client chose and the Server decodes`);
  const records = readRecords(name, requestOf(this, step));
  check(name, records.length > 0, 'at least one value', 'an empty payload');
});

Then(/^\(([A-Z])\) in step (\d+) the Server receives 2\.05 Content with bit 0 of LogStatus cleared \(collection running\)$/, function (this: TestfestWorld, letter: string, step: number) {
  const name = criterion(letter, `in step ${step} the Server receives 2.05 Content with bit 0 of LogStatus cleared (collection running)`);
  const records = readRecords(name, requestOf(this, step));
  const status = records.find((r) => r.path.resourceId === 4013)?.value;
  check(name, typeof status === 'number' && (status & 1) === 0, 'LogStatus with bit 0 = 0 (running, 20.xml 4013)', status === undefined ? 'no LogStatus' : describeValue(status));
});

Then(/^\(([A-Z])\) in step (\d+) the Server receives 2\.05 Content with the data written in step (\d+)$/, function (this: TestfestWorld, letter: string, step: number, writtenIn: number) {
  const name = criterion(letter, `in step ${step} the Server receives 2.05 Content with the data written in step ${writtenIn}`);
  const written = requestOf(this, writtenIn).written ?? [];
  const read = readRecords(name, requestOf(this, step));
  const wrong = mismatches(written, read);
  check(name, wrong.length === 0 && read.length === written.length, written.map(describeRecord).join(', '), wrong.length > 0 ? wrong.join(', ') : read.map(describeRecord).join(', '));
});
