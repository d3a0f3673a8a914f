/**
 * Pass criteria of the security cases (ETS §1.7 int-401..406, int-1, int-2, int-106; TS-Transport 1.2
 * §5.2): the secure channel was set up with the account's credentials, the Register came over it with
 * the binding of its transport, and in the negative cases the Client refused (or was refused) the
 * handshake, never registered, and tried again later — a handshake failure, not silence.
 */
import { Then, When } from '@cucumber/cucumber';
import { createUdpEndpoint } from '../../targets/reference/transport/coap-udp/endpoint';
import { clientUnderTest, describeOutcome, exchange, registrationOf, serverOf, sleep, type DmExchange } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import type { HandshakeRecord } from '../harness/harness-listener';
import { parseRegisterQuery } from '../harness/register-query';
import { recordTranscript } from '../harness/transcript-recorder';
import { InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';
import { bootstrapServerOf } from './bootstrap-harness';
import { SECURITY_SECTION, stallingPeer } from './security-state';

/** RFC 7252 §4.8.2 MAX_TRANSMIT_WAIT: how long a request from the other host waits for an answer. */
const MAX_TRANSMIT_WAIT_S = 93;

const POLL_MS = 20;

async function until(deadline: number, done: () => boolean): Promise<void> {
  while (!done() && Date.now() < deadline) await sleep(POLL_MS);
}

function serverNamed(world: TestfestWorld, role: string): { handshakes: readonly HandshakeRecord[]; security: { transport: string; client: { mode: string; identity?: string } } } {
  return role === 'Bootstrap-Server' ? bootstrapServerOf(world) : serverOf(clientUnderTest(world));
}

const describeHandshakes = (list: readonly HandshakeRecord[]) => (list.length ? list.map((h) => `${h.outcome}${h.outcome === 'started' ? '' : ` (${h.detail})`}`).join(', ') : 'no handshake at all');

Then(
  /^\(([A-Z])\) the (Server|Bootstrap-Server)'s (?:DTLS|TLS) handshake completed with the (PSK identity|certificate) of the Client's account$/,
  function (this: TestfestWorld, letter: string, role: string, what: string) {
    const name = criterion(letter, `the ${role}'s handshake completed with the ${what} of the Client's account`);
    const server = serverNamed(this, role);
    const connected = server.handshakes.filter((h) => h.outcome === 'connected');
    check(name, connected.length > 0, `a completed ${server.security.transport} handshake`, describeHandshakes(server.handshakes));
    // Over DTLS the negotiated identity is known; a TLS-PSK server only completes with a listed identity.
    if (server.security.transport === 'coaps') {
      const expected = what === 'PSK identity' ? `PSK identity "${server.security.client.identity}"` : 'client certificate';
      check(name, connected.some((h) => h.detail.includes(expected)), expected, connected.map((h) => h.detail).join('; '));
    }
    this.evidence.line(SECURITY_SECTION, `${name}: ${connected.map((h) => h.detail).join('; ')}`);
  },
);

Then(/^\(([A-Z])\) the Register request carries b=([UTMH])$/, function (this: TestfestWorld, letter: string, binding: string) {
  const name = criterion(letter, `the Register request carries b=${binding}`);
  const register = clientUnderTest(this).register;
  if (!register) throw new InconclusiveError(`${name}: no Register request has been received yet`);
  const { b } = parseRegisterQuery(register.query);
  check(name, b === binding, `b=${binding} (TS-Core 1.2 §6.2.1.2)`, b === undefined ? 'no b parameter' : `b=${b}`);
});

/** RFC 8323 §5.3.1: each side's first message on the connection is its CSM. */
Then(/^\(([A-Z])\) the Client and the Server exchanged CSMs before the Register$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Client and the Server exchanged CSMs (7.01) before the Register');
  const session = clientUnderTest(this);
  const register = session.register;
  if (!register) throw new InconclusiveError(`${name}: no Register request has been received yet`);
  const signals = serverOf(session).signals;
  const csmIn = signals.find((s) => s.direction === 'in' && s.code === '7.01');
  const csmOut = signals.find((s) => s.direction === 'out' && s.code === '7.01');
  check(name, csmIn !== undefined && csmIn.at <= register.at, "the Client's CSM before its Register", csmIn ? `the Client's CSM at ${csmIn.at - register.at} ms after the Register` : 'no CSM from the Client');
  check(name, csmOut !== undefined, "the Server's CSM", 'none sent');
});

Then(
  /^\(([A-Z])\) the Client's handshake with the Server fails and no Register reaches the Server within (\d+) seconds$/,
  async function (this: TestfestWorld, letter: string, seconds: number | string) {
    const name = criterion(letter, `the Client's handshake with the Server fails and no Register reaches the Server within ${seconds} seconds`);
    const server = serverOf(clientUnderTest(this));
    const deadline = Date.now() + this.ms(Number(seconds));
    await until(deadline, () => server.handshakes.some((h) => h.outcome === 'failed'));
    const registers = server.received.filter((r) => r.method === 'POST' && r.path === '/rd');
    check(name, registers.length === 0, 'no Register accepted', `${registers.length} Register request(s) over the secured channel`);
    check(name, !server.handshakes.some((h) => h.outcome === 'connected'), 'no completed handshake', describeHandshakes(server.handshakes));
    // A failed handshake, not silence: the Client tried (DTLS counts ClientHellos) and it ended in failure.
    const failed = server.handshakes.filter((h) => h.outcome === 'failed');
    check(name, failed.length > 0, 'a failed handshake (the Client tried and the handshake broke off)', describeHandshakes(server.handshakes));
    this.evidence.line(SECURITY_SECTION, `${name}: ${failed.map((h) => h.detail).join('; ')}`);
  },
);

/** Retry with back-off (TS-Core 1.1 §6.2.1.1 Communication Retry): another attempt, and still no Register. */
Then(/^\(([A-Z])\) the Client tries the handshake with the Server again within (\d+) seconds, without registering$/, async function (this: TestfestWorld, letter: string, seconds: number | string) {
  const name = criterion(letter, `the Client tries the handshake with the Server again within ${seconds} seconds`);
  const server = serverOf(clientUnderTest(this));
  // DTLS reports each ClientHello of a new association ('started'); TLS over TCP each failed connection.
  const attempts = () => server.handshakes.filter((h) => h.outcome === (server.security.transport === 'coaps' ? 'started' : 'failed')).length;
  await until(Date.now() + this.ms(Number(seconds)), () => attempts() >= 2);
  check(name, attempts() >= 2, 'a second handshake attempt', describeHandshakes(server.handshakes));
  const registers = server.received.filter((r) => r.method === 'POST' && r.path === '/rd');
  check(name, registers.length === 0, 'no Register accepted', `${registers.length} Register request(s)`);
});

Then(/^\(([A-Z])\) the Client ends the stalled handshake and starts a new one within (\d+) seconds$/, async function (this: TestfestWorld, letter: string, seconds: number | string) {
  const name = criterion(letter, `the Client ends the stalled handshake and starts a new one within ${seconds} seconds`);
  const peer = stallingPeer(this).peer;
  if (!peer) throw new Error('step order: no stalling DTLS server was set up');
  await until(Date.now() + this.ms(Number(seconds)), () => peer.attempts() >= 2);
  check(name, peer.clientHellos.length > 0, 'a ClientHello from the Client', 'nothing');
  check(name, peer.attempts() >= 2, 'a ClientHello with a fresh random (a new handshake, not a retransmission)', `${peer.attempts()} handshake attempt(s) in ${peer.clientHellos.length} ClientHello datagram(s)`);
  const [first, second] = [...new Map(peer.clientHellos.map((h) => [h.random, h])).values()];
  this.evidence.line(SECURITY_SECTION, `${name}: new handshake ${second!.at - first!.at} ms after the first`);
});

const foreign = (world: TestfestWorld) => scenarioState<{ exchange?: DmExchange }>(world, 'lwm2m:foreign-request', () => ({}));

/** TS-Transport §6.4: the Client serves its registered Server only; a NoSec request from elsewhere is not its Server's. */
When(/^a host that is not the Client's Server sends GET (\/[\d/]+) to the Client$/, async function (this: TestfestWorld, path: string) {
  const session = clientUnderTest(this);
  const peer = registrationOf(session).peer;
  const other = await createUdpEndpoint({ address: '127.0.0.1', port: 0, timeScale: this.timeScale });
  const stop = recordTranscript(other, this.evidence, 'Other host');
  this.teardown.add('close the other host', async () => {
    stop();
    await other.close();
  });
  const x = await exchange(session, `Read ${path} from another host`, () => other.request(peer, { method: 'GET', path, accept: 11542 }, { timeoutMs: this.ms(MAX_TRANSMIT_WAIT_S) }));
  foreign(this).exchange = x;
});

Then(/^\(([A-Z])\) the Client does not answer the other host$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Client does not answer the other host');
  const x = foreign(this).exchange;
  if (!x) throw new Error('step order: no request from another host was sent');
  // No response at all (a Reset, RFC 7252 §4.2, would also reveal nothing; any CoAP response fails).
  check(name, x.response === undefined, `no response within MAX_TRANSMIT_WAIT (${this.ms(MAX_TRANSMIT_WAIT_S)} ms)`, describeOutcome(x));
});
