/**
 * Security: a relying party must refuse a token that was altered or does not answer its challenge
 * (RFC 9783 §5 envelope and signature, §4.1 freshness through the nonce). Each case alters the last
 * good token, or verifies it with the wrong challenge or key, and expects the verifier to refuse it,
 * naming why.
 */
import { Then } from '@cucumber/cucumber';
import { ecdsaIak, hmacIak } from '../../targets/reference/psa/attestation/iak';
import { coseAlgorithmByName } from '../../targets/reference/psa/attestation/cose-algorithms';
import { cborDecode } from '../../targets/reference/psa/attestation/cbor';
import { verifyPsaToken } from '../../targets/reference/psa/attestation/verifier';
import type { PsaAttestationVerificationKey } from '../../targets/roles/psa-attestation';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectEqual } from '../psa/checkpoint';
import { attestationScenario, attestationTarget } from './attestation-scenario';

type Alteration = (token: Buffer, challenge: Buffer, key: PsaAttestationVerificationKey) => { token: Buffer; challenge: Buffer; key: PsaAttestationVerificationKey };

function flipBit(token: Buffer, index: number): Buffer {
  const copy = Buffer.from(token);
  copy[index] ^= 0x01;
  return copy;
}

/** Where the payload byte string's content starts in the encoded token (it is the third array item). */
function payloadOffset(token: Buffer): number {
  const { value } = cborDecode(token) as { value: Buffer[] };
  return token.indexOf(value[2]);
}

const ALTERATIONS: Record<string, Alteration> = {
  'one bit of its signature flipped': (token, challenge, key) => ({ token: flipBit(token, token.length - 1), challenge, key }),
  'one bit of its claims payload flipped': (token, challenge, key) => ({ token: flipBit(token, payloadOffset(token) + 8), challenge, key }),
  'its COSE tag changed': (token, challenge, key) => ({ token: flipBit(token, 0), challenge, key }),
  'another challenge': (token, challenge, key) => ({ token, challenge: Buffer.from(challenge.map((b) => b ^ 0xff)), key }),
  'another key of the same algorithm': (token, challenge, key) => {
    const kind = coseAlgorithmByName(key.alg).kind;
    return { token, challenge, key: (kind === 'ecdsa' ? ecdsaIak(key.alg as never) : hmacIak(key.alg as never)).verificationKey };
  },
};

Then(/^\(checkpoint (\d+)\) the verifier refuses the token with (.+), naming "(.+)"$/, async function (this: TestfestWorld, n: number, how: string, reason: string) {
  const alteration = ALTERATIONS[how];
  if (!alteration) throw new Error(`unknown token alteration "${how}"; known: ${Object.keys(ALTERATIONS).join(', ')}`);
  const good = attestationScenario(this).tokens.at(-1);
  if (!good) throw new Error('no token has been obtained in this scenario');
  const key = await (await attestationTarget(this)).verification_key();
  const altered = alteration(Buffer.from(good.token), good.challenge, key);
  const r = verifyPsaToken(altered.token, { key: altered.key, challenge: altered.challenge });
  this.evidence.line('attestation-verifier', `${how}: ${r.ok ? 'verified' : `refused: ${r.reason}`}`);
  const refused = !r.ok && r.reason.includes(reason);
  expectEqual(this, checkpoint(n, `token with ${how} refused`), `refused, naming "${reason}"`, refused ? `refused, naming "${reason}"` : r.ok ? 'verified' : `refused: ${r.reason}`);
});
