/**
 * A complete J-PAKE exchange between two operations of one PSA Crypto target, through the API only
 * (used by the unit specs and the capability checks): both parties output round 1, input the
 * other's, then round 2, and derive their shared keys. Returns the first failing status, or the two
 * shared-key identifiers.
 */
import type { PsaKeyAttributes } from '../../../../roles/psa-crypto';
import type { PsaPakeApi, PsaPakeCipherSuite } from '../../../../roles/psa-crypto/pake';
import { PSA_ALG_JPAKE, PSA_ALG_SHA_256, PSA_ALG_TLS12_ECJPAKE_TO_PMS } from '../../constants/algorithms';
import { PSA_ECC_FAMILY_SECP_R1, PSA_KEY_TYPE_DERIVE } from '../../constants/key-types';
import * as P from '../../constants/pake';
import { PSA_KEY_USAGE_DERIVE, PSA_KEY_USAGE_EXPORT } from '../../constants/usage';

export const JPAKE_SUITE: PsaPakeCipherSuite = {
  alg: PSA_ALG_JPAKE(PSA_ALG_SHA_256),
  primitive: P.PSA_PAKE_PRIMITIVE(P.PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256),
  keyConfirmation: P.PSA_PAKE_UNCONFIRMED_KEY,
};

export const SHARED_KEY_ATTRIBUTES: PsaKeyAttributes = {
  type: PSA_KEY_TYPE_DERIVE,
  bits: 0,
  usage: PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_EXPORT,
  alg: PSA_ALG_TLS12_ECJPAKE_TO_PMS,
  lifetime: 0,
  id: 0,
};

const ROUND = [P.PSA_PAKE_STEP_KEY_SHARE, P.PSA_PAKE_STEP_ZK_PUBLIC, P.PSA_PAKE_STEP_ZK_PROOF];

export async function jpakeExchange(psa: PsaPakeApi, passwordA: number, passwordB: number): Promise<{ status: number; keys: number[] }> {
  const ops = [await psa.psa_pake_operation_init(), await psa.psa_pake_operation_init()];
  const ids = [Buffer.from('client'), Buffer.from('server')];
  for (const [i, op] of ops.entries()) {
    const s =
      (await psa.psa_pake_setup(op, i === 0 ? passwordA : passwordB, JPAKE_SUITE)) ||
      (await psa.psa_pake_set_user(op, ids[i])) ||
      (await psa.psa_pake_set_peer(op, ids[1 - i]));
    if (s) return { status: s, keys: [] };
  }
  for (const steps of [[...ROUND, ...ROUND], ROUND]) {
    const sent: Uint8Array[][] = [[], []];
    for (const [i, op] of ops.entries()) {
      for (const step of steps) {
        const out = await psa.psa_pake_output(op, step, 65);
        if (out.status) return { status: out.status, keys: [] };
        sent[i].push(out.data);
      }
    }
    for (const [i, op] of ops.entries()) {
      for (const [k, step] of steps.entries()) {
        const s = await psa.psa_pake_input(op, step, sent[1 - i][k]);
        if (s) return { status: s, keys: [] };
      }
    }
  }
  const keys: number[] = [];
  for (const op of ops) {
    const r = await psa.psa_pake_get_shared_key(op, SHARED_KEY_ATTRIBUTES);
    if (r.status) return { status: r.status, keys: [] };
    keys.push(r.key);
  }
  return { status: 0, keys };
}
