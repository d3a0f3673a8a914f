/**
 * The draft-psa-token CDDL conformance inputs (cddl/test/*.diag, psa-token-examples.md §3): the GOOD
 * claims-sets pass, each FAIL variant is refused naming its claim.
 */
import { claimProblems } from './claims';
import { detectProfile } from './profiles';

const seq = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => i));
const component = (type: string, version: string) =>
  new Map<number, unknown>([[2, seq(32)], [4, version], [5, seq(32)], [1, type]]);

function goodFull(): Map<number, unknown> {
  return new Map<number, unknown>([
    [268, seq(32)],
    [2396, seq(32)],
    [2399, [component('BL', '3.1.4'), component('PRoT', '1.1'), component('ARoT', '1.0'), component('App', '2.2')]],
    [2395, 12288],
    [10, seq(32)],
    [2400, 'psa_verifier'],
    [2394, -1],
    [256, Buffer.concat([Buffer.from([1]), seq(32)])],
    [265, 'tag:psacertified.org,2023:psa#tfm'],
    [2398, '0123456789012-12345'],
  ]);
}

function goodMandatoryOnly(): Map<number, unknown> {
  const m = goodFull();
  for (const k of [268, 2400, 2398]) m.delete(k);
  m.set(2399, [1, 2, 3, 4].map(() => new Map<number, unknown>([[2, seq(32)], [5, seq(32)]])));
  return m;
}

const problems = (m: Map<number, unknown>) => claimProblems(m, detectProfile(m));

describe('claim checks (draft-psa-token CDDL test inputs)', () => {
  it('accept GOOD_full and GOOD_mandatory_only', () => {
    expect(problems(goodFull())).toEqual([]);
    expect(problems(goodMandatoryOnly())).toEqual([]);
  });

  it.each<[string, (m: Map<number, unknown>) => void, string]>([
    ['FAIL_BootSeed_too_small', (m) => m.set(268, seq(7)), 'claim 268 (boot seed) must be 8 to 32 bytes, got 7 bytes'],
    ['FAIL_BootSeed_too_big', (m) => m.set(268, Buffer.concat([seq(32), Buffer.from([0])])), 'claim 268 (boot seed) must be 8 to 32 bytes, got 33 bytes'],
    ['FAIL_ImplementationID_missing', (m) => m.delete(2396), 'claim 2396 (implementation ID) is missing'],
    ['FAIL_ImplementationID_wrong_format', (m) => m.set(2396, seq(8)), 'claim 2396 (implementation ID) must be 32 bytes, got 8 bytes'],
    ['FAIL_InstanceID_missing', (m) => m.delete(256), 'claim 256 (instance ID) is missing'],
    ['FAIL_InstanceID_wrong_format', (m) => m.set(256, Buffer.concat([Buffer.from([1]), seq(31)])), 'claim 256 (instance ID) must be 33 bytes, got 32 bytes'],
    [
      'FAIL_SoftwareComponent_Measurement_missing',
      (m) => ((m.get(2399) as Array<Map<number, unknown>>)[0] as Map<number, unknown>).delete(2),
      'claim 2399 (software components) component 0 lacks measurement value (key 2)',
    ],
    ['a nonce array (P2ClaimsInvalidMultiNonce)', (m) => m.set(10, [seq(32), seq(32)]), 'claim 10 (nonce) must be a byte string, got an array'],
    ['a lifecycle beyond 16 bits', (m) => m.set(2395, 0x10000), 'claim 2395 (security lifecycle) must be an unsigned 16-bit integer, got number 65536'],
  ])('refuse %s', (_name, mutate, expected) => {
    const m = goodFull();
    mutate(m);
    expect(problems(m)).toEqual([expected]);
  });

  it('refuse a claims-set without a profile claim', () => {
    const m = goodFull();
    m.delete(265);
    expect(() => detectProfile(m)).toThrow('claim 265 (profile) is missing');
  });
});
