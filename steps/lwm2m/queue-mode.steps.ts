/**
 * Queue Mode as ETS int-109 exercises it (TS-Transport §6.5): the Client registers with `Q`, is
 * reachable for MAX_TRANSMIT_WAIT after each message it sends, then sleeps. The suite's Server, as a
 * queue-mode server must, holds a Read ordered while the Client sleeps and sends it only after the
 * Client's next Update — then the Client, awake again, must answer it.
 */
import { Then, When } from '@cucumber/cucumber';
import { MAX_TRANSMIT_WAIT } from '../../targets/reference/transport/coap-udp/parameters';
import { clientUnderTest, describeOutcome, exchange, registrationOf, serverOf, sleep, Waits, type DmExchange } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import type { ReceivedRequest } from '../harness/lwm2m-test-server';
import { CriterionFailed } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';

interface QueuedRead {
  path: string;
  /** When the Read was ordered (the Client asleep), and when the registration would have expired. */
  orderedAt: number;
  expiresAt: number;
  update?: ReceivedRequest;
  exchange?: DmExchange;
}

const queued = (world: TestfestWorld) => scenarioState<{ read?: QueuedRead }>(world, 'lwm2m:queued-read', () => ({}));

function lastQueued(world: TestfestWorld): QueuedRead {
  const read = queued(world).read;
  if (!read) throw new Error('step order: no Read was queued');
  return read;
}

When(/^(\d+) seconds pass after the Client's last message$/, async function (this: TestfestWorld, seconds: number) {
  const since = clientUnderTest(this).lastTaken?.at ?? Date.now();
  await sleep(Math.max(0, since + this.ms(Number(seconds)) - Date.now()));
});

/** ETS int-109 steps 4-5: the operator orders a Read; the Server holds it until the next Update. */
When(/^the Server queues a Read of (\/[\d/]+) until the Client's next Update$/, async function (this: TestfestWorld, path: string) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const registration = registrationOf(session);
  const read: QueuedRead = { path, orderedAt: Date.now(), expiresAt: registration.expiresAt };
  queued(this).read = read;
  const wait = Math.max(1, read.expiresAt + this.ms(Waits.prompt) - Date.now());
  try {
    read.update = await server.expectRequest({ method: 'POST', path: registration.path, description: `Update POST ${registration.path}` }, wait, 'queued Read', read.orderedAt);
  } catch {
    return; // no Update: judged by the next criterion
  }
  session.lastTaken = read.update;
  read.exchange = await exchange(session, `queued Read ${path}`, () => server.request('GET', path, { accept: 0 }));
});

Then(/^\(([A-Z])\) the Client's next Update arrives before its registration expires, and only then the Server sends the queued Read$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, "the Client's next Update arrives before its registration expires, and only then the Server sends the queued Read");
  const read = lastQueued(this);
  if (!read.update) throw new CriterionFailed(name, `an Update before the registration expires (${read.expiresAt - read.orderedAt} ms after the Read was ordered)`, 'no Update');
  check(name, read.update.at <= read.expiresAt, 'the Update within the lifetime', `${read.update.at - read.expiresAt} ms after it expired`);
  check(name, read.exchange !== undefined && read.exchange.at >= read.update.at, 'the Read sent after the Update', read.exchange ? `${read.update.at - read.exchange.at} ms before it` : 'not sent');
});

/** TS-Transport §6.5: after its Update the Client listens for MAX_TRANSMIT_WAIT, so it answers the held Read. */
Then(/^\(([A-Z])\) the Client answers the queued Read 2\.05 Content with the value (\S+) while awake$/, function (this: TestfestWorld, letter: string, value: string) {
  const name = criterion(letter, `the Client answers the queued Read 2.05 Content with the value ${value} while awake`);
  const read = lastQueued(this);
  const x = read.exchange;
  if (!x?.response || x.response.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to ${x?.description ?? 'the queued Read'}`, describeOutcome(x));
  const text = x.response.payload.toString('utf8');
  check(name, x.response.contentFormat === 0 && text === value, `${value} in plain text`, `"${text}" (Content-Format ${x.response.contentFormat ?? 'none'})`);
  const awakeMs = this.ms(MAX_TRANSMIT_WAIT / 1000);
  check(name, x.answeredAt !== undefined && x.answeredAt - read.update!.at <= awakeMs, `answered within MAX_TRANSMIT_WAIT (${awakeMs} ms) of the Update`, `${(x.answeredAt ?? Infinity) - read.update!.at} ms`);
});
