/**
 * Complete PAKE exchanges between two operations of one PSA Crypto target, through the API only
 * (used by the unit specs and the capability checks). J-PAKE: both parties output round 1, input the
 * other's, then round 2, and derive their shared keys. SPAKE2+: the Prover (client) and the Verifier
 * (server) follow the spec's call sequence, confirmations included. Each returns the first failing
 * status, or the two shared-key identifiers.
 */
import type { PsaKeyAttributes } from '../../../../roles/psa-crypto';
import type { PsaPakeApi, PsaPakeCipherSuite } from '../../../../roles/psa-crypto/pake';
import { PSA_ALG_HKDF, PSA_ALG_JPAKE, PSA_ALG_SHA_256, PSA_ALG_TLS12_ECJPAKE_TO_PMS } from '../../constants/algorithms';
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

export const spake2pSuite = (alg: number): PsaPakeCipherSuite => ({
  alg,
  primitive: P.PSA_PAKE_PRIMITIVE(P.PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256),
  keyConfirmation: P.PSA_PAKE_CONFIRMED_KEY,
});

export interface Spake2pOptions {
  proverIds?: [string, string];
  verifierIds?: [string, string];
  proverContext?: string;
  verifierContext?: string;
}

export async function spake2pExchange(psa: PsaPakeApi, alg: number, proverKey: number, verifierKey: number, options: Spake2pOptions = {}): Promise<{ status: number; keys: number[] }> {
  const [prover, verifier] = [await psa.psa_pake_operation_init(), await psa.psa_pake_operation_init()];
  const configure = async (op: number, key: number, role: number, ids?: [string, string], context?: string): Promise<number> =>
    (await psa.psa_pake_setup(op, key, spake2pSuite(alg))) ||
    (await psa.psa_pake_set_role(op, role)) ||
    (ids ? (await psa.psa_pake_set_user(op, Buffer.from(ids[0]))) || (await psa.psa_pake_set_peer(op, Buffer.from(ids[1]))) : 0) ||
    (context !== undefined ? await psa.psa_pake_set_context(op, Buffer.from(context)) : 0);
  const failed = (status: number): { status: number; keys: number[] } => ({ status, keys: [] });
  let s =
    (await configure(prover, proverKey, P.PSA_PAKE_ROLE_CLIENT, options.proverIds, options.proverContext)) ||
    (await configure(verifier, verifierKey, P.PSA_PAKE_ROLE_SERVER, options.verifierIds, options.verifierContext));
  if (s) return failed(s);
  const shareP = await psa.psa_pake_output(prover, P.PSA_PAKE_STEP_KEY_SHARE, 65);
  if (shareP.status) return failed(shareP.status);
  if ((s = await psa.psa_pake_input(verifier, P.PSA_PAKE_STEP_KEY_SHARE, shareP.data))) return failed(s);
  const shareV = await psa.psa_pake_output(verifier, P.PSA_PAKE_STEP_KEY_SHARE, 65);
  if (shareV.status) return failed(shareV.status);
  const confirmV = await psa.psa_pake_output(verifier, P.PSA_PAKE_STEP_CONFIRM, 64);
  if (confirmV.status) return failed(confirmV.status);
  if ((s = await psa.psa_pake_input(prover, P.PSA_PAKE_STEP_KEY_SHARE, shareV.data))) return failed(s);
  if ((s = await psa.psa_pake_input(prover, P.PSA_PAKE_STEP_CONFIRM, confirmV.data))) return failed(s);
  const confirmP = await psa.psa_pake_output(prover, P.PSA_PAKE_STEP_CONFIRM, 64);
  if (confirmP.status) return failed(confirmP.status);
  if ((s = await psa.psa_pake_input(verifier, P.PSA_PAKE_STEP_CONFIRM, confirmP.data))) return failed(s);
  const attributes = { ...SHARED_KEY_ATTRIBUTES, alg: PSA_ALG_HKDF(PSA_ALG_SHA_256) };
  const keys: number[] = [];
  for (const op of [prover, verifier]) {
    const r = await psa.psa_pake_get_shared_key(op, attributes);
    if (r.status) return failed(r.status);
    keys.push(r.key);
  }
  return { status: 0, keys };
}
