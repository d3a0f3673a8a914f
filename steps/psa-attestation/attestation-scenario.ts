/**
 * Per-scenario Initial Attestation state: the target (wrapped in the call log), the last challenge
 * and token, the sizes reported, and the tokens kept for comparisons.
 */
import type { PsaAttestationTarget } from '../../targets/roles/psa-attestation';
import { statusName } from '../../targets/reference/psa/constants';
import { formatBytes } from '../psa/call-format';
import { scenarioState, type TestfestWorld } from '../support/world';
import { loggedTarget, type CallFormats } from '../psa-storage/logged-target';

export interface AttestationScenario {
  target?: PsaAttestationTarget;
  /** Status and `*token_size` of the last psa_initial_attest_get_token_size. */
  sizeQuery?: { status: number; tokenSize: number };
  /** The last psa_initial_attest_get_token: its challenge, status and token. */
  last?: { challenge: Buffer; status: number; token: Uint8Array };
  /** Tokens obtained successfully, in order, with their challenges. */
  tokens: Array<{ challenge: Buffer; token: Uint8Array }>;
}

const FORMATS: CallFormats = {
  psa_initial_attest_get_token: {
    args: (challenge: Uint8Array, size: number) => `challenge=${formatBytes(challenge)}, token_buf_size=${size}`,
    result: (r: { status: number; token: Uint8Array }) => `${statusName(r.status)}${r.token.length ? ` token=${formatBytes(r.token)}` : ''}`,
  },
  psa_initial_attest_get_token_size: {
    args: (challengeSize: number) => `challenge_size=${challengeSize}`,
    result: (r: { status: number; tokenSize: number }) => `${statusName(r.status)} token_size=${r.tokenSize}`,
  },
  verification_key: { args: () => '', result: (k: { alg: string }) => `alg=${k.alg}` },
  close: { args: () => '', result: () => 'done' },
};

export function attestationScenario(world: TestfestWorld): AttestationScenario {
  return scenarioState(world, 'psa-attestation', () => ({ tokens: [] }));
}

export async function attestationTarget(world: TestfestWorld): Promise<PsaAttestationTarget> {
  const state = attestationScenario(world);
  if (!state.target) {
    const raw = await world.role('psa-attestation');
    const target = loggedTarget(raw, FORMATS, (line) => world.evidence.line('psa-calls', line), () => world.evidence.stamp());
    state.target = target;
    world.teardown.add('PSA Attestation: close the target', () => target.close());
  }
  return state.target;
}
