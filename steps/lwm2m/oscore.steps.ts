/**
 * The OSCORE cases (ETS int-405, 1.2-int-11; RFC 8613; TS-Core 1.2 App. E.1 /0/x/17 → /21): the
 * suite's servers verify and decrypt every request with a context from the account's /21 values and
 * protect their answers; the criteria judge what crossed the wire (oscore-wire.ts). The negative case
 * gives the Server another Master Secret: the Client's requests cannot be verified, the Server answers
 * with the unprotected error of RFC 8613 §8.2 and never sees a Register.
 */
import { randomBytes } from 'node:crypto';
import { Given, Then } from '@cucumber/cucumber';
import { clientUnderTest, serverOf, sleep } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { oscoreSecurity } from '../harness/harness-security';
import { judgeOscoreWire } from '../harness/oscore-wire';
import { scenarioTransport } from '../harness/scenario-transport';
import type { TranscriptEntry } from '../../targets/reference/transport/coap-udp/types';
import type { TestfestWorld } from '../support/world';
import { bootstrapServerOf } from './bootstrap-harness';
import { SECURITY_SECTION } from './security-state';

const POLL_MS = 20;

Given("the suite's servers are reached over coap with OSCORE", function (this: TestfestWorld) {
  const st = scenarioTransport(this);
  st.transport = 'coap';
  st.securityOf = (label) => oscoreSecurity('coap', label);
  this.evidence.line(SECURITY_SECTION, 'servers listen on coap; every message OSCORE-protected (RFC 8613) with a context per server from the account\'s /21 values');
});

Given('the Server holds another OSCORE Master Secret than the Client', function (this: TestfestWorld) {
  const st = scenarioTransport(this);
  const previous = st.securityOf;
  st.securityOf = (label) => {
    const security = previous?.(label) ?? oscoreSecurity(st.transport, label);
    if (label !== 'server' || security.oscore === undefined) return security;
    return { ...security, oscore: { account: security.oscore.account, listener: { ...security.oscore.account, masterSecret: randomBytes(16) } } };
  };
  this.evidence.line(SECURITY_SECTION, 'expected: the Server cannot verify the Client\'s requests (RFC 8613 §8.2: 4.00 / 4.01, unprotected) and accepts no Register');
});

function wireOf(world: TestfestWorld, role: string): readonly TranscriptEntry[] {
  return role === 'Bootstrap-Server' ? bootstrapServerOf(world).wire : serverOf(clientUnderTest(world)).wire;
}

Then(
  /^\(([A-Z])\) every message between the Client and the (Server|Bootstrap-Server) carried the OSCORE option, with outer code POST or 2\.04 and an encrypted payload$/,
  function (this: TestfestWorld, letter: string, role: string) {
    const name = criterion(letter, `every message between the Client and the ${role} is OSCORE-protected (OSCORE option, outer POST/FETCH and 2.04/2.05, ciphertext)`);
    const verdict = judgeOscoreWire(wireOf(this, role));
    check(name, verdict.requests > 0 && verdict.responses > 0, 'protected requests and responses', `${verdict.requests} requests, ${verdict.responses} responses on the wire`);
    check(name, verdict.problems.length === 0, `all ${verdict.count} messages protected`, verdict.problems.slice(0, 5).join('; '));
    this.evidence.line(SECURITY_SECTION, `${name}: ${verdict.count} messages (${verdict.requests} requests, ${verdict.responses} responses), all protected`);
  },
);

Then(
  /^\(([A-Z])\) the Server answers the Client's OSCORE requests with 4\.00 or 4\.01 and accepts no Register within (\d+) seconds$/,
  async function (this: TestfestWorld, letter: string, seconds: number | string) {
    const name = criterion(letter, "the Server cannot verify the Client's OSCORE requests: it answers 4.00 / 4.01 (RFC 8613 §8.2) and accepts no Register");
    const server = serverOf(clientUnderTest(this));
    const refusals = (): TranscriptEntry[] => server.wire.filter((e) => e.direction === 'out' && e.message !== undefined && /^4\.0[012]$/.test(e.message.code));
    const deadline = Date.now() + this.ms(Number(seconds));
    while (refusals().length === 0 && Date.now() < deadline) await sleep(POLL_MS);
    const requests = server.wire.filter((e) => e.direction === 'in' && e.message?.code.startsWith('0.') && e.message.code !== '0.00');
    check(name, requests.length > 0, 'an OSCORE request from the Client', 'no request reached the Server');
    check(name, refusals().length > 0, 'an unprotected 4.00 or 4.01', `answers ${server.wire.filter((e) => e.direction === 'out' && e.message).map((e) => e.message!.code).join(', ') || 'none'}`);
    const registered = server.received.filter((r) => r.method === 'POST' && r.path === '/rd');
    check(name, registered.length === 0 && server.registration === undefined, 'no Register reaches the LwM2M layer', `${registered.length} Register(s) accepted`);
    this.evidence.line(SECURITY_SECTION, `${name}: ${requests.length} request(s) refused with ${[...new Set(refusals().map((e) => e.message!.code))].join(', ')}`);
  },
);
