/**
 * Preconditions of the security cases (ETS §1.7 int-401..406, int-1, int-2, int-106; TS-Transport 1.2
 * §5.2): the transport and security mode the suite's servers use in this scenario, whatever the run's
 * `--transport`, and the broken counterparts of the negative cases — a server holding another PSK or
 * not knowing the identity, presenting an untrusted, expired or misnamed certificate, or stopping in
 * the middle of the DTLS handshake.
 */
import { randomBytes } from 'node:crypto';
import { Given } from '@cucumber/cucumber';
import { withUnsetServerAccounts } from '../../targets/reference/lwm2m/configurations';
import { testPki, WRONG_SERVER_NAME } from '../../targets/reference/transport/dtls/test-pki';
import { clientUnderTest, configurationOf } from '../harness/client-under-test';
import { certificateSecurity, defaultSecurity, generatedPsk, pskSecurity, type HarnessSecurity } from '../harness/harness-security';
import { scenarioTransport } from '../harness/scenario-transport';
import { startStallingDtlsPeer } from '../harness/stalling-dtls-peer';
import type { TestfestWorld } from '../support/world';
import { isLwm2mTransport, isSecured } from '../support/transport';
import { SECURITY_SECTION, stallingPeer } from './security-state';

/** Every server of the scenario (`label` → security): the mode named by the feature. */
Given(
  /^the suite's servers are reached over (coap|coaps|coap\+tcp|coaps\+tcp) (with a PSK per server|with certificates for server\.example\.com|without security)$/,
  function (this: TestfestWorld, transport: string, mode: string) {
    if (!isLwm2mTransport(transport)) throw new Error(`feature error: unknown transport ${transport}`);
    const st = scenarioTransport(this);
    st.transport = transport;
    if (mode === 'without security') {
      if (isSecured(transport)) throw new Error(`feature error: ${transport} is always secured`);
      st.securityOf = (label) => defaultSecurity(transport, label);
    } else {
      if (!isSecured(transport)) throw new Error(`feature error: ${transport} carries no security; use coaps or coaps+tcp`);
      st.securityOf = mode.startsWith('with a PSK') ? (label) => pskSecurity(transport, label) : () => certificateSecurity(transport);
    }
    this.evidence.line(SECURITY_SECTION, `servers listen on ${transport} ${mode}`);
  },
);

/** Replaces the security of the main LwM2M Server ('server'); the other servers keep theirs. */
function breakServer(world: TestfestWorld, what: string, make: (transport: HarnessSecurity['transport']) => HarnessSecurity): void {
  const st = scenarioTransport(world);
  const previous = st.securityOf;
  st.securityOf = (label) => (label === 'server' ? make(st.transport) : previous?.(label) ?? defaultSecurity(st.transport, label));
  world.evidence.line(SECURITY_SECTION, `expected: ${what}`);
}

Given("the Server holds another key for the Client's PSK identity", function (this: TestfestWorld) {
  breakServer(this, 'the Client is provisioned with a PSK the Server does not share: the handshake fails, no Register is accepted', (transport) => {
    const psk = generatedPsk('server');
    return { transport, listener: { mode: 'psk', keys: new Map([[psk.identity, randomBytes(16)]]) }, client: { mode: 'psk', ...psk } };
  });
});

Given("the Server does not know the Client's PSK identity", function (this: TestfestWorld) {
  breakServer(this, 'the Server refuses an unknown PSK identity (RFC 4279 §2): the handshake fails, no Register is accepted', (transport) => {
    const known = generatedPsk('someone-else');
    const psk = generatedPsk('server');
    return { transport, listener: { mode: 'psk', keys: new Map([[known.identity, known.key]]) }, client: { mode: 'psk', ...psk } };
  });
});

Given('the Server presents a certificate from a CA the Client does not trust', function (this: TestfestWorld) {
  breakServer(this, 'the Client rejects a server.example.com certificate signed by an untrusted CA (RFC 5280 §6): no Register', (transport) =>
    certificateSecurity(transport, { serverCertificate: testPki().rogueServer }),
  );
});

Given('the Server presents an expired certificate', function (this: TestfestWorld) {
  breakServer(this, 'the Client rejects an expired server certificate (RFC 5280 §4.1.2.5): no Register', (transport) =>
    certificateSecurity(transport, { serverCertificate: testPki().expiredServer }),
  );
});

/** ETS int-403 (C.18): the account names server-fail.example.com; the certificate names server.example.com. */
Given(/^the Client reaches the Server as server-fail\.example\.com, while its certificate names server\.example\.com$/, function (this: TestfestWorld) {
  breakServer(this, `the Client checks the Server's name (RFC 6125 §6): ${WRONG_SERVER_NAME} is not in the certificate, the Client aborts the handshake`, (transport) =>
    certificateSecurity(transport, { host: WRONG_SERVER_NAME }),
  );
});

/** The Server Account points at a relay that passes the HelloVerifyRequest and drops the rest. */
Given("the Client's Server Account names a DTLS server that answers the ClientHello and then goes silent", async function (this: TestfestWorld) {
  const psk = generatedPsk('stalling');
  const peer = await startStallingDtlsPeer({
    psk: (identity) => (identity === psk.identity ? psk.key : undefined),
    timeScale: this.timeScale,
    note: (line) => this.evidence.line('transcript', `${this.evidence.stamp()} ${line}`),
  });
  this.teardown.add('close the stalling DTLS server', () => peer.close());
  stallingPeer(this).peer = peer;
  const session = clientUnderTest(this);
  session.configuration = withUnsetServerAccounts(configurationOf(session), { uri: peer.uri, credentials: { mode: 'psk', ...psk } });
  this.evidence.line(SECURITY_SECTION, `expected: the Client's handshake with ${peer.uri} stalls after the HelloVerifyRequest; the Client ends it within its handshake bound and starts a new one`);
});
