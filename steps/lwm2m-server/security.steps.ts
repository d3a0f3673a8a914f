/**
 * Security at a Server under test (TS-Transport §5.2): the Server binds the Endpoint Client Name to
 * the identity the DTLS channel authenticated (§5.2.6: a mismatch is 4.00 Bad Request), refuses
 * handshakes with credentials it does not hold (RFC 4279 §2 unknown identity, a wrong key), and a
 * client that stops half-way through its handshake does not keep it from serving others
 * (RFC 6347 §4.2.4). Credentials are provisioned through the control API (`PUT /v1/security/{ep}`).
 */
import { randomBytes } from 'node:crypto';
import { Given, Then, When } from '@cucumber/cucumber';
import { CLIENT_NAME, testPki } from '../../targets/reference/transport/dtls/test-pki';
import { check, criterion } from '../harness/criteria';
import { TRANSCRIPT_SECTION } from '../harness/transcript-recorder';
import { attemptHandshake, stallHandshake, type HandshakeOutcome } from '../server-harness/handshake-probes';
import { registerQuery } from '../server-harness/register-query';
import { exchange, provisionPsk, scriptedClient, serverPeer, serverSession, startedServer, type ServerSession } from '../server-harness/server-under-test';
import { poll } from '../server-harness/wait';
import { InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import type { ControlApi } from '../server-harness/control-api';

/** Spec seconds a refused or stalled handshake attempt of the suite may take. */
const HANDSHAKE_BOUND_S = 10;

const handshakes = new WeakMap<ServerSession, HandshakeOutcome>();

function useTransport(world: TestfestWorld, transport: 'coap' | 'coaps'): ServerSession {
  const session = serverSession(world);
  if (session.client) throw new InconclusiveError('harness: the transport must be chosen before the scripted Client starts');
  session.transport = transport;
  return session;
}

async function provisionX509(api: ControlApi, endpoint: string): Promise<void> {
  const { status, body } = await api.put(`/v1/security/${encodeURIComponent(endpoint)}`, { x509: true });
  if (status !== 200) throw new InconclusiveError(`precondition not met: provisioning a certificate for "${endpoint}" (PUT /v1/security) answered ${status} ${JSON.stringify(body)}`);
}

function logHandshake(world: TestfestWorld, what: string, outcome: HandshakeOutcome): void {
  const how = outcome.completed ? `completed (${outcome.info ?? 'DTLS'})` : `failed: ${outcome.error}`;
  world.evidence.line(TRANSCRIPT_SECTION, `${world.evidence.stamp()} DTLS handshake, ${what}: ${how} after ${outcome.ms} ms`);
}

Given(/^the scripted Client uses coaps with a PSK provisioned for its endpoint$/, function (this: TestfestWorld) {
  useTransport(this, 'coaps'); // the scripted client provisions its own PSK when it starts
});

Given(/^the scripted Client uses coaps with a PSK provisioned for another endpoint$/, async function (this: TestfestWorld) {
  const session = useTransport(this, 'coaps');
  const started = await startedServer(this);
  session.credentials = await provisionPsk(started, `${session.endpointName}-other`);
});

Given(/^the Server under test has a PSK provisioned for the scripted Client's endpoint$/, async function (this: TestfestWorld) {
  const session = await startedServer(this);
  await provisionPsk(session, session.endpointName);
});

Given(/^the scripted Client uses coap without security$/, function (this: TestfestWorld) {
  useTransport(this, 'coap');
});

Given(/^the scripted Client uses coaps with the test certificate, as the endpoint its Common Name names$/, async function (this: TestfestWorld) {
  const session = useTransport(this, 'coaps');
  session.endpointName = CLIENT_NAME;
  const pki = testPki();
  session.credentials = { cert: pki.client.cert, key: pki.client.key };
  await provisionX509((await startedServer(this)).api, session.endpointName);
});

Given(/^the scripted Client uses coaps with the test certificate, as another endpoint$/, async function (this: TestfestWorld) {
  const session = useTransport(this, 'coaps');
  const pki = testPki();
  session.credentials = { cert: pki.client.cert, key: pki.client.key };
  await provisionX509((await startedServer(this)).api, session.endpointName);
});

When(/^a DTLS client with an unknown PSK identity connects to the Server under test$/, async function (this: TestfestWorld) {
  const session = await startedServer(this);
  const credentials = { psk: { identity: `testfest-unknown-${randomBytes(4).toString('hex')}`, key: randomBytes(16) } };
  const outcome = await attemptHandshake(serverPeer(session, 'coaps'), credentials, this.timeScale, this.ms(HANDSHAKE_BOUND_S));
  logHandshake(this, `unknown identity "${credentials.psk.identity}"`, outcome);
  handshakes.set(session, outcome);
});

When(/^a DTLS client with the scripted Client's PSK identity and a wrong key connects to the Server under test$/, async function (this: TestfestWorld) {
  useTransport(this, 'coaps'); // the case is about coaps, whatever the run's transport (the later checks use it too)
  const session = await startedServer(this);
  const provisioned = await provisionPsk(session, session.endpointName);
  if (!('psk' in provisioned)) throw new InconclusiveError('harness: expected a PSK');
  const wrong = { psk: { identity: provisioned.psk.identity, key: randomBytes(16) } };
  const outcome = await attemptHandshake(serverPeer(session, 'coaps'), wrong, this.timeScale, this.ms(HANDSHAKE_BOUND_S));
  logHandshake(this, `identity "${wrong.psk.identity}" with a wrong key`, outcome);
  handshakes.set(session, outcome);
});

When(/^a DTLS client stops in the middle of its handshake with the Server under test$/, async function (this: TestfestWorld) {
  const session = await startedServer(this);
  const credentials = await provisionPsk(session, `${session.endpointName}-stalled`);
  const outcome = await stallHandshake(serverPeer(session, 'coaps'), credentials, this.timeScale, this.ms(HANDSHAKE_BOUND_S));
  logHandshake(this, 'stalled after its ClientHello (later flights dropped)', outcome);
  handshakes.set(session, outcome);
  session.memo.set('stalled-at', String(Date.now()));
  const { body } = await session.api.get('/v1/server');
  if (typeof body?.dtls?.handshaking === 'number') session.memo.set('handshaking-after-stall', String(body.dtls.handshaking));
});

Then(/^\(([A-Z])\) the Server under test refuses the handshake$/, async function (this: TestfestWorld, letter: string) {
  const session = await startedServer(this);
  const name = criterion(letter, 'the Server under test refuses the DTLS handshake (no association)');
  const outcome = handshakes.get(session);
  if (!outcome) throw new InconclusiveError(`${name}: no handshake was attempted`);
  check(name, !outcome.completed, `a failed handshake within ${this.ms(HANDSHAKE_BOUND_S)} ms`, `the handshake completed (${outcome.info ?? ''})`);
});

Then(/^\(([A-Z])\) the Server under test still accepts a handshake and a Register from a well-behaved Client$/, async function (this: TestfestWorld, letter: string) {
  const session = serverSession(this);
  const name = criterion(letter, 'the Server under test serves a well-behaved Client while a handshake hangs');
  const client = await scriptedClient(this);
  const { response, error } = await exchange(session, 'Register', () => client.register(registerQuery(session.endpointName, 'lwm2m=1.1&lt=86400&b=U')));
  check(name, response?.code === '2.01', '2.01 Created over a new DTLS association', response ? `${response.code}` : `no answer (${error})`);
});

Then(/^\(([A-Z])\) the Server under test drops the half-open handshake within (\d+) seconds, when it reports its DTLS sessions$/, async function (this: TestfestWorld, letter: string, seconds: number) {
  const session = await startedServer(this);
  const name = criterion(letter, `the Server under test drops the stalled handshake within ${seconds} s (RFC 6347 §4.2.4)`);
  const handshaking = async (): Promise<number | undefined> => {
    const { status, body } = await session.api.get('/v1/server');
    const n = status === 200 ? body?.dtls?.handshaking : undefined;
    return typeof n === 'number' ? n : undefined;
  };
  if ((await handshaking()) === undefined) {
    this.evidence.line(TRANSCRIPT_SECTION, `${this.evidence.stamp()} the Server under test does not report DTLS sessions (GET /v1/server "dtls" is optional): (A) is the criterion`);
    return;
  }
  const stalledAt = Number(session.memo.get('stalled-at') ?? Date.now());
  const left = Math.max(0, stalledAt + this.ms(Number(seconds)) - Date.now());
  const dropped = await poll(async () => ((await handshaking()) === 0 ? true : undefined), left, 250);
  const before = session.memo.get('handshaking-after-stall') ?? '?';
  this.evidence.line(TRANSCRIPT_SECTION, `${this.evidence.stamp()} DTLS associations handshaking right after the stall: ${before}; ${dropped ? 'none' : 'some'} left after`);
  check(name, dropped === true, 'no association left handshaking', `${await handshaking()} still handshaking`);
});
