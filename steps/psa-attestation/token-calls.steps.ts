/**
 * Initial Attestation call steps, psa-arch-tests api-tests/dev_apis/initial_attestation/test_a001/
 * test_a001.c (PSA Attestation API 1.0 psa_initial_attest_get_token / _get_token_size). As in
 * psa-arch-tests, the challenge is filled with 0x2a and the token buffer has the size
 * psa_initial_attest_get_token_size reported, or the row's own size when that query failed.
 */
import { Given, When } from '@cucumber/cucumber';
import { PSA_SUCCESS } from '../../targets/reference/psa/constants';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectStatus } from '../psa/checkpoint';
import { SUCCESS_ONLY } from '../psa/parse';
import { recordStatus } from '../psa/psa-scenario';
import { attestationScenario, attestationTarget } from './attestation-scenario';

/** test_a001.c: `memset(challenge, 0x2a, sizeof(challenge))`. */
const CHALLENGE_FILL = 0x2a;

async function getToken(world: TestfestWorld, challengeSize: number, bufferSize: number): Promise<number> {
  const challenge = Buffer.alloc(challengeSize, CHALLENGE_FILL);
  const r = await (await attestationTarget(world)).psa_initial_attest_get_token(challenge, bufferSize);
  const state = attestationScenario(world);
  state.last = { challenge, status: r.status, token: r.token };
  if (r.status === PSA_SUCCESS) state.tokens.push({ challenge, token: r.token });
  recordStatus(world, 'psa_initial_attest_get_token', r.status);
  return r.status;
}

When(/^psa_initial_attest_get_token_size is called with challenge size (\d+)$/, async function (this: TestfestWorld, size: number) {
  const r = await (await attestationTarget(this)).psa_initial_attest_get_token_size(Number(size));
  attestationScenario(this).sizeQuery = r;
  recordStatus(this, 'psa_initial_attest_get_token_size', r.status);
});

When(
  /^psa_initial_attest_get_token is called with a (\d+)-byte challenge and a token buffer of the reported size, or (\d+) bytes if that query failed$/,
  async function (this: TestfestWorld, challengeSize: number, fallback: number) {
    const query = attestationScenario(this).sizeQuery;
    if (!query) throw new Error('psa_initial_attest_get_token_size has not been called in this scenario');
    await getToken(this, Number(challengeSize), query.status === PSA_SUCCESS ? query.tokenSize : Number(fallback));
  },
);

When(/^psa_initial_attest_get_token is called with a (\d+)-byte challenge and a (\d+)-byte token buffer$/, async function (this: TestfestWorld, challengeSize: number, size: number) {
  await getToken(this, Number(challengeSize), Number(size));
});

Given(/^\(checkpoint (\d+)\) a token for a (\d+)-byte challenge is obtained$/, async function (this: TestfestWorld, n: number, challengeSize: number) {
  const query = await (await attestationTarget(this)).psa_initial_attest_get_token_size(Number(challengeSize));
  expectStatus(this, checkpoint(n, 'psa_initial_attest_get_token_size status'), query.status, SUCCESS_ONLY);
  const status = await getToken(this, Number(challengeSize), query.tokenSize);
  expectStatus(this, checkpoint(n, 'psa_initial_attest_get_token status'), status, SUCCESS_ONLY);
});
