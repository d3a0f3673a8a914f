/**
 * Checks on tokens: psa-arch-tests a001 checkpoint 2 (VAL_INITIAL_ATTEST_VERIFY_TOKEN: envelope,
 * signature, challenge, mandatory claims and their types), check2's "token size not less than the
 * challenge size", and testfest extensions from the specs: psa_initial_attest_get_token_size gives
 * the exact size (Attestation API 1.0), tokens of one boot share the boot seed and a reboot changes it
 * (RFC 9783 §4.3.2), software components report the installed firmware (§4.4.1).
 */
import { Then } from '@cucumber/cucumber';
import { PSA_SUCCESS } from '../../targets/reference/psa/constants';
import { SW_COMPONENT } from '../../targets/reference/psa/attestation/claim-keys';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectEqual, notReached } from '../psa/checkpoint';
import { attestationScenario } from './attestation-scenario';
import { verifiedClaims, verifyToken } from './token-verify';

const hex = (v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : 'absent');

function tokens(world: TestfestWorld, atLeast: number) {
  const list = attestationScenario(world).tokens;
  if (list.length < atLeast) throw new Error(`${atLeast} tokens are needed, the scenario obtained ${list.length}`);
  return list;
}

Then(
  /^\(checkpoint (\d+)\) when the call succeeded, the token verifies against the target's attestation key with the challenge$/,
  async function (this: TestfestWorld, n: number) {
    const criterion = checkpoint(n, 'token verification (COSE envelope, signature, challenge, claims)');
    const last = attestationScenario(this).last;
    if (!last) throw new Error('psa_initial_attest_get_token has not been called in this scenario');
    if (last.status !== PSA_SUCCESS) return notReached(this, criterion, 'the call succeeded');
    const r = await verifyToken(this, last.token, last.challenge);
    expectEqual(this, criterion, 'a valid token', r.ok ? 'a valid token' : `a refused token: ${r.reason}`);
  },
);

Then(/^\(checkpoint (\d+)\) when the call succeeded, the reported token size is at least (\d+)$/, function (this: TestfestWorld, n: number, min: number) {
  const criterion = checkpoint(n, 'token_size not less than the challenge size');
  const query = attestationScenario(this).sizeQuery;
  if (!query) throw new Error('psa_initial_attest_get_token_size has not been called in this scenario');
  if (query.status !== PSA_SUCCESS) return notReached(this, criterion, 'the call succeeded');
  expectEqual(this, criterion, `at least ${min}`, query.tokenSize >= Number(min) ? `at least ${min}` : String(query.tokenSize));
});

Then(/^\(checkpoint (\d+)\) the token is exactly the size psa_initial_attest_get_token_size reported$/, function (this: TestfestWorld, n: number) {
  const { sizeQuery, last } = attestationScenario(this);
  if (!sizeQuery || !last) throw new Error('both psa_initial_attest_get_token_size and psa_initial_attest_get_token must have been called');
  expectEqual(this, checkpoint(n, 'token size = reported token size'), String(sizeQuery.tokenSize), String(last.token.length));
});

Then(/^\(checkpoint (\d+)\) every token carries the same boot seed$/, async function (this: TestfestWorld, n: number) {
  const criterion = checkpoint(n, 'boot seed within one boot');
  const seeds: string[] = [];
  for (const t of tokens(this, 2)) {
    const { claims, keys } = await verifiedClaims(this, t.token);
    seeds.push(hex(claims.get(keys.bootSeed)));
  }
  if (seeds.every((s) => s === 'absent')) return notReached(this, criterion, 'the tokens carry a boot seed');
  expectEqual(this, criterion, seeds.map(() => seeds[0]).join(', '), seeds.join(', '));
});

Then(/^\(checkpoint (\d+)\) the last token's boot seed differs from the first token's$/, async function (this: TestfestWorld, n: number) {
  const criterion = checkpoint(n, 'boot seed changes at reboot');
  const list = tokens(this, 2);
  const first = await verifiedClaims(this, list[0].token);
  const last = await verifiedClaims(this, list[list.length - 1].token);
  const [a, b] = [hex(first.claims.get(first.keys.bootSeed)), hex(last.claims.get(last.keys.bootSeed))];
  if (a === 'absent' && b === 'absent') return notReached(this, criterion, 'the tokens carry a boot seed');
  expectEqual(this, criterion, `a boot seed other than ${a}`, b === a ? b : `a boot seed other than ${a}`);
});

Then(
  /^\(checkpoint (\d+)\) the last token reports a software component of version (\S+) whose measurement value the first token did not report$/,
  async function (this: TestfestWorld, n: number, version: string) {
    const list = tokens(this, 2);
    const components = async (token: Uint8Array) => {
      const { claims, keys } = await verifiedClaims(this, token);
      return (claims.get(keys.softwareComponents) ?? []) as Array<Map<number, unknown>>;
    };
    const before = new Set((await components(list[0].token)).map((c) => hex(c.get(SW_COMPONENT.measurementValue))));
    const after = await components(list[list.length - 1].token);
    const found = after.find((c) => c.get(SW_COMPONENT.version) === version && !before.has(hex(c.get(SW_COMPONENT.measurementValue))));
    const reported = after.map((c) => `${String(c.get(SW_COMPONENT.type))} ${String(c.get(SW_COMPONENT.version))}`).join(', ');
    expectEqual(this, checkpoint(n, 'software components'), `a new measurement at version ${version}`, found ? `a new measurement at version ${version}` : `components ${reported}`);
  },
);
