/**
 * OSCORE at a Server under test (RFC 8613; TS-Transport 1.1+ §5.2.9, §5.2.6): the scripted Client
 * protects its messages with a Security Context the suite provisioned at the server through the
 * control API (oscore-client.ts). The server must bind `ep` to the context that verified the
 * Register (a mismatch or a NoSec Register for an OSCORE endpoint is 4.00), answer a request that
 * does not verify with the §8.2 error, and protect its own Device Management requests: the criteria
 * judge what crossed the wire with steps/harness/oscore-wire.ts.
 */
import { randomBytes } from 'node:crypto';
import { Given, Then } from '@cucumber/cucumber';
import type { TranscriptEntry } from '../../targets/reference/transport/coap-udp/types';
import { CODE_NAMES } from '../../targets/reference/transport/coap-udp/codes';
import { optionNumber } from '../../targets/reference/transport/coap-udp/options';
import { check, criterion } from '../harness/criteria';
import { judgeOscoreWire } from '../harness/oscore-wire';
import { TRANSCRIPT_SECTION } from '../harness/transcript-recorder';
import { clientOscoreCredentials, freshOscoreMaterial, provisionOscore } from '../server-harness/oscore-client';
import { scriptedClient, serverSession, startedServer, type ServerSession } from '../server-harness/server-under-test';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

/** What crossed the wire between the scripted Client and the server, from the client's start on. */
const wires = new WeakMap<ServerSession, TranscriptEntry[]>();
/** RFC 8613 §2. */
const OSCORE_OPTION = 9;
/** Bound on the entries kept: a scenario exchanges a handful of messages. */
const MAX_WIRE_ENTRIES = 1000;

/**
 * Pins coap, provisions a fresh context for `provisionedFor` and starts the scripted Client with it
 * (`clientSecret` replacing the Master Secret for the wrong-secret case), recording its wire.
 */
async function oscoreClient(world: TestfestWorld, provisionedFor: (ep: string) => string, clientSecret?: Buffer): Promise<void> {
  const session = serverSession(world);
  if (session.client) throw new InconclusiveError('harness: OSCORE must be chosen before the scripted Client starts');
  session.transport = 'coap';
  const started = await startedServer(world);
  const material = freshOscoreMaterial();
  await provisionOscore(started.api, provisionedFor(session.endpointName), material);
  session.credentials = clientOscoreCredentials(material, clientSecret);
  world.evidence.line(TRANSCRIPT_SECTION, `${world.evidence.stamp()} OSCORE context provisioned for "${provisionedFor(session.endpointName)}": client Sender ID ${material.clientSenderId.toString('hex')}, Recipient ID ${material.clientRecipientId.toString('hex')}${clientSecret ? '; the Client holds a different Master Secret' : ''}`);
  const client = await scriptedClient(world);
  const wire: TranscriptEntry[] = [];
  wires.set(session, wire);
  // The client endpoint's transcript is the UDP one underneath OSCORE: the messages as on the wire.
  const stop = client.endpoint.onTranscript((entry) => {
    if (wire.length < MAX_WIRE_ENTRIES) wire.push(entry);
  });
  world.teardown.add('stop recording the OSCORE wire', async () => stop());
}

Given(/^the scripted Client protects its messages with OSCORE, with a context provisioned for its endpoint$/, async function (this: TestfestWorld) {
  await oscoreClient(this, (ep) => ep);
});

Given(/^the scripted Client protects its messages with OSCORE, with a context provisioned for another endpoint$/, async function (this: TestfestWorld) {
  await oscoreClient(this, (ep) => `${ep}-other`);
});

Given(/^the scripted Client protects its messages with OSCORE, with a wrong Master Secret$/, async function (this: TestfestWorld) {
  await oscoreClient(this, (ep) => ep, randomBytes(16));
});

Given(/^the Server under test has an OSCORE context provisioned for the scripted Client's endpoint$/, async function (this: TestfestWorld) {
  const session = await startedServer(this);
  await provisionOscore(session.api, session.endpointName, freshOscoreMaterial());
});

Then(/^\(([A-Z])\) the Server under test answers 4\.00 Bad Request or 4\.01 Unauthorized, not protected$/, function (this: TestfestWorld, letter: string) {
  const session = serverSession(this);
  const name = criterion(letter, `the Server under test refuses the unverifiable ${session.last?.what ?? 'request'} with the RFC 8613 §8.2 error (4.00 or 4.01, not protected)`);
  const last = session.last;
  if (!last) throw new InconclusiveError(`${name}: the scripted Client has sent nothing yet`);
  if (!last.response) throw new CriterionFailed(name, 'a 4.00 or 4.01 answer', `none (${last.error ?? 'no response'})`);
  const code = last.response.code;
  const oscore = last.response.message.options.some((o) => optionNumber(o.name) === OSCORE_OPTION);
  check(name, (code === '4.00' || code === '4.01') && !oscore, '4.00 Bad Request or 4.01 Unauthorized without the OSCORE option', `${code} ${CODE_NAMES[code] ?? ''}${oscore ? ' (protected)' : ''}`.trim());
});

Then(/^\(([A-Z])\) every message between the scripted Client and the Server under test carries the OSCORE option$/, function (this: TestfestWorld, letter: string) {
  const session = serverSession(this);
  const name = criterion(letter, 'every request and response between the Client and the Server under test is OSCORE-protected (RFC 8613 §4, §8)');
  const wire = wires.get(session);
  if (!wire) throw new InconclusiveError(`${name}: the scripted Client does not use OSCORE in this scenario`);
  // judgeOscoreWire speaks from the server's side ('in' = from the Client): flip the client's view.
  const verdict = judgeOscoreWire(wire.map((e) => ({ ...e, direction: e.direction === 'in' ? 'out' : 'in' })));
  check(name, verdict.requests >= 2 && verdict.responses >= 2, 'requests both ways (Register, the Read) and their responses', `${verdict.requests} request(s), ${verdict.responses} response(s)`);
  check(name, verdict.problems.length === 0, `all ${verdict.count} messages protected`, verdict.problems.join('; '));
});
