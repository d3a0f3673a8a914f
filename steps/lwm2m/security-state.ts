/**
 * What the security steps keep per scenario (security-setup.steps.ts, security.steps.ts): the evidence
 * section naming each case's expected outcome, and the stalling DTLS server of the mid-handshake case.
 */
import type { StallingDtlsPeer } from '../harness/stalling-dtls-peer';
import { scenarioState, type TestfestWorld } from '../support/world';

/** Evidence section: what the case expects and what the security layer did. */
export const SECURITY_SECTION = 'security';

export const stallingPeer = (world: TestfestWorld) => scenarioState<{ peer?: StallingDtlsPeer }>(world, 'lwm2m:stalling-peer', () => ({}));
