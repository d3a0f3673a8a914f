/**
 * Connectivity Statistics (ETS int-901): the Server makes traffic of a known size and checks that the
 * Client's counters reflect exactly the collection between Start and Stop.
 *
 * Bounds, from the Server's own accounting (objects-traffic.ts):
 * - at least: the Reads the Server made between Start and Stop, which the Client must have counted;
 * - at most: those plus every other message of the window (the Start and Stop exchanges themselves,
 *   any request of the Client), with 25% for retransmissions the Server cannot see, and kB read as
 *   1000 B where the floor used 1024 B. Traffic after Stop (made on purpose) must not be counted, so a
 *   Client that keeps counting exceeds the upper bound.
 */
import { Then, When } from '@cucumber/cucumber';
import { Obj } from '../../targets/reference/lwm2m/model/ids.generated';
import { check, criterion } from '../harness/criteria';
import { clientUnderTest, exchange, registrationOf, serverOf } from '../harness/client-under-test';
import { InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';
import { readRecords } from './objects-content';
import { requestOf } from './objects-state';
import { describeRecord } from './objects-values';
import { clientExchange, serverExchange, totals, type Carried } from './objects-traffic';

const S = Obj.ConnectivityStatistics;
/** A bound on the Reads one traffic step makes, so a Client answering tiny payloads cannot loop us forever. */
const MAX_READS = 1000;
const RETRANSMISSION_SLACK = 1.25;

const trafficOf = (world: TestfestWorld) => scenarioState(world, 'lwm2m:objects:traffic', () => [] as Carried[]);

When(/^the Server reads (\/[\d/]+) until at least (\d+) bytes went each way$/, async function (this: TestfestWorld, path: string, bytes: number) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const peer = registrationOf(session).peer;
  const carried = trafficOf(this);
  let rx = 0;
  let tx = 0;
  for (let i = 0; (rx < bytes || tx < bytes) && i < MAX_READS; i++) {
    const spec = { method: 'GET' as const, path };
    const x = await exchange(session, `Read ${path} (traffic)`, () => server.request('GET', path));
    if (!x.response) throw new InconclusiveError(`the Server could not make traffic: Read ${path} got no answer (${x.error?.message})`);
    for (const m of serverExchange(x.at, spec, x.response, peer)) {
      carried.push(m);
      if (m.direction === 'rx') rx += m.ipBytes;
      else tx += m.ipBytes;
    }
  }
  if (rx < bytes || tx < bytes) throw new InconclusiveError(`${MAX_READS} Reads of ${path} made only ${rx} B to and ${tx} B from the Client`);
});

Then(/^\(([A-Z])\) in step (\d+) the statistics of (\/\d+\/\d+) count the traffic between step (\d+) and step (\d+)$/, function (this: TestfestWorld, letter: string, step: number, path: string, startStep: number, stopStep: number) {
  const name = criterion(letter, `in step ${step} the statistics of ${path} count the traffic between step ${startStep} and step ${stopStep}`);
  const session = clientUnderTest(this);
  const peer = registrationOf(session).peer;
  const start = requestOf(this, startStep);
  const stop = requestOf(this, stopStep);
  if (!start.exchange.response || !stop.exchange.response) throw new InconclusiveError(`${name}: Start or Stop got no answer`);
  const from = start.exchange.at;
  const to = stop.exchange.at;
  const sure = trafficOf(this).filter((m) => m.at > from && m.at < to);
  const around = [
    ...serverExchange(from, start.spec, start.exchange.response, peer),
    ...serverExchange(to, stop.spec, stop.exchange.response, peer),
    ...serverOf(session).requestsBetween(from, to).flatMap(clientExchange),
  ];
  const least = totals(sure);
  const most = totals([...sure, ...around]);
  if (least.count === 0) throw new InconclusiveError(`${name}: the Server made no traffic between step ${startStep} and step ${stopStep}`);

  const records = readRecords(name, requestOf(this, step));
  const value = (resourceId: number) => {
    const r = records.find((x) => x.path.resourceId === resourceId);
    return typeof r?.value === 'number' ? r.value : typeof r?.value === 'bigint' ? Number(r.value) : undefined;
  };
  const shown = records.map(describeRecord).join(', ');
  const kb = (label: string, resourceId: number, atLeast: number, atMost: number) => {
    const v = value(resourceId);
    const [lo, hi] = [Math.floor(atLeast / 1024), Math.ceil((atMost * RETRANSMISSION_SLACK) / 1000)];
    check(name, v !== undefined && v >= lo && v <= hi, `${label} /7/x/${resourceId} between ${lo} and ${hi} kB (${atLeast}..${atMost} B seen by the Server)`, v === undefined ? `none in ${shown}` : `${v} kB`);
  };
  kb('Tx Data', S.TxData, least.tx, most.tx);
  kb('Rx Data', S.RxData, least.rx, most.rx);
  const max = value(S.MaxMessageSize);
  check(name, max !== undefined && max >= least.maxSize && max <= most.maxSize, `Max Message Size between ${least.maxSize} and ${most.maxSize} B`, max === undefined ? `none in ${shown}` : `${max} B`);
  const avg = value(S.AverageMessageSize);
  check(name, avg !== undefined && avg >= most.minSize && avg <= most.maxSize, `Average Message Size between ${most.minSize} and ${most.maxSize} B`, avg === undefined ? `none in ${shown}` : `${avg} B`);
  for (const sms of [S.SMSTxCounter, S.SMSRxCounter]) {
    const v = value(sms);
    check(name, v === undefined || (Number.isInteger(v) && v >= 0), `SMS counter /7/x/${sms} absent or a count`, String(v));
  }
});
