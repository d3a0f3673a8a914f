/**
 * One smallest real operation per claimed algorithm, for capabilities.spec.ts: a manifest claim that
 * cannot run is a defect of the manifest (DESIGN.md "a target that claims a capability and then
 * fails it → Fail"). Each check returns the PSA status of the operation it ran.
 */
import * as A from '../constants/algorithms';
import * as S from '../constants/kdf-steps';
import * as T from '../constants/key-types';
import { hashInfo } from './hash/algorithms';
import { jpakeExchange, spake2pExchange } from './pake/exchange';
import type { PsaCryptoSimulator } from './simulator';

type Check = (psa: PsaCryptoSimulator) => Promise<number>;

const ALL_USAGE = 0xff03;
const key = async (psa: PsaCryptoSimulator, type: number, bits: number, alg: number): Promise<number> =>
  (await psa.psa_generate_key({ type, bits, usage: ALL_USAGE, alg, lifetime: 0, id: 0 })).key;

const cipher = (alg: number, type = T.PSA_KEY_TYPE_AES, bits = 128, input = Buffer.alloc(16)): Check => async (psa) =>
  (await psa.psa_cipher_encrypt(await key(psa, type, bits, alg), alg, input, 256)).status;
const aead = (alg: number, type: number, nonce: number): Check => async (psa) =>
  (await psa.psa_aead_encrypt(await key(psa, type, type === T.PSA_KEY_TYPE_AES ? 128 : 256, alg), alg, Buffer.alloc(nonce), Buffer.alloc(0), Buffer.alloc(8), 64)).status;
const sign = (alg: number, type: number, bits: number, hashLength = 32): Check => async (psa) =>
  (await psa.psa_sign_hash(await key(psa, type, bits, alg), alg, Buffer.alloc(hashLength, 1), 1024)).status;
const signMessage = (alg: number, type: number, bits: number): Check => async (psa) =>
  (await psa.psa_sign_message(await key(psa, type, bits, alg), alg, Buffer.from('m'), 1024)).status;
const ka = (alg: number, type: number, bits: number): Check => async (psa) => {
  const k = await key(psa, type, bits, alg);
  return (await psa.psa_raw_key_agreement(alg, k, (await psa.psa_export_public_key(k, 1024)).data, 1024)).status;
};
const kdf = (alg: number, steps: Array<[number, Buffer | number]>): Check => async (psa) => {
  const op = await psa.psa_key_derivation_operation_init();
  await psa.psa_key_derivation_setup(op, alg);
  for (const [step, value] of steps) {
    const s = typeof value === 'number' ? await psa.psa_key_derivation_input_integer(op, step, value) : await psa.psa_key_derivation_input_bytes(op, step, value);
    if (s !== 0) return s;
  }
  return (await psa.psa_key_derivation_output_bytes(op, 16)).status;
};
const secret = (alg: number, type = T.PSA_KEY_TYPE_DERIVE): Check => async (psa) => {
  const op = await psa.psa_key_derivation_operation_init();
  await psa.psa_key_derivation_setup(op, alg);
  const s = await psa.psa_key_derivation_input_key(op, S.PSA_KEY_DERIVATION_INPUT_SECRET, await key(psa, type, 128, alg));
  return s || (await psa.psa_key_derivation_output_bytes(op, 16)).status;
};

const B = (s: string): Buffer => Buffer.from(s);
const spake2p = (alg: number): Check => async (psa) => {
  const pair = await key(psa, T.PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(T.PSA_ECC_FAMILY_SECP_R1), 256, alg);
  return (await spake2pExchange(psa, alg, pair, pair)).status;
};
const RSA = T.PSA_KEY_TYPE_RSA_KEY_PAIR;
const P256 = T.PSA_KEY_TYPE_ECC_KEY_PAIR(T.PSA_ECC_FAMILY_SECP_R1);
const ED = T.PSA_KEY_TYPE_ECC_KEY_PAIR(T.PSA_ECC_FAMILY_TWISTED_EDWARDS);
const SHA256 = A.PSA_ALG_SHA_256;

export const ALG_CHECKS: Record<string, Check> = {
  HMAC: async (psa) => (await psa.psa_mac_compute(await key(psa, T.PSA_KEY_TYPE_HMAC, 256, A.PSA_ALG_HMAC(SHA256)), A.PSA_ALG_HMAC(SHA256), B('m'), 64)).status,
  CMAC: async (psa) => (await psa.psa_mac_compute(await key(psa, T.PSA_KEY_TYPE_AES, 128, A.PSA_ALG_CMAC), A.PSA_ALG_CMAC, B('m'), 64)).status,
  CBC_MAC: async (psa) => (await psa.psa_mac_compute(await key(psa, T.PSA_KEY_TYPE_AES, 128, A.PSA_ALG_CBC_MAC), A.PSA_ALG_CBC_MAC, Buffer.alloc(16), 64)).status,
  ECB_NO_PADDING: cipher(A.PSA_ALG_ECB_NO_PADDING),
  CBC_NO_PADDING: cipher(A.PSA_ALG_CBC_NO_PADDING),
  CBC_PKCS7: cipher(A.PSA_ALG_CBC_PKCS7),
  CTR: cipher(A.PSA_ALG_CTR),
  CFB: cipher(A.PSA_ALG_CFB),
  OFB: cipher(A.PSA_ALG_OFB),
  CCM_STAR_NO_TAG: cipher(A.PSA_ALG_CCM_STAR_NO_TAG),
  STREAM_CIPHER: cipher(A.PSA_ALG_STREAM_CIPHER, T.PSA_KEY_TYPE_CHACHA20, 256),
  CCM: aead(A.PSA_ALG_CCM, T.PSA_KEY_TYPE_AES, 13),
  GCM: aead(A.PSA_ALG_GCM, T.PSA_KEY_TYPE_AES, 12),
  CHACHA20_POLY1305: aead(A.PSA_ALG_CHACHA20_POLY1305, T.PSA_KEY_TYPE_CHACHA20, 12),
  XCHACHA20_POLY1305: aead(A.PSA_ALG_XCHACHA20_POLY1305, T.PSA_KEY_TYPE_XCHACHA20, 24),
  RSA_PKCS1V15_SIGN: sign(A.PSA_ALG_RSA_PKCS1V15_SIGN(SHA256), RSA, 1024),
  RSA_PKCS1V15_SIGN_RAW: sign(A.PSA_ALG_RSA_PKCS1V15_SIGN_RAW, RSA, 1024),
  RSA_PSS: sign(A.PSA_ALG_RSA_PSS(SHA256), RSA, 1024),
  RSA_PSS_ANY_SALT: sign(A.PSA_ALG_RSA_PSS_ANY_SALT(SHA256), RSA, 1024),
  ECDSA: sign(A.PSA_ALG_ECDSA(SHA256), P256, 256),
  ECDSA_ANY: sign(A.PSA_ALG_ECDSA_ANY, P256, 256, 20),
  DETERMINISTIC_ECDSA: sign(A.PSA_ALG_DETERMINISTIC_ECDSA(SHA256), P256, 256),
  PURE_EDDSA: signMessage(A.PSA_ALG_PURE_EDDSA, ED, 255),
  ED25519PH: signMessage(A.PSA_ALG_ED25519PH, ED, 255),
  ED448PH: signMessage(A.PSA_ALG_ED448PH, ED, 448),
  RSA_PKCS1V15_CRYPT: async (psa) => (await psa.psa_asymmetric_encrypt(await key(psa, RSA, 1024, A.PSA_ALG_RSA_PKCS1V15_CRYPT), A.PSA_ALG_RSA_PKCS1V15_CRYPT, B('m'), Buffer.alloc(0), 128)).status,
  RSA_OAEP: async (psa) => (await psa.psa_asymmetric_encrypt(await key(psa, RSA, 1024, A.PSA_ALG_RSA_OAEP(SHA256)), A.PSA_ALG_RSA_OAEP(SHA256), B('m'), Buffer.alloc(0), 128)).status,
  ECDH: ka(A.PSA_ALG_ECDH, P256, 256),
  FFDH: ka(A.PSA_ALG_FFDH, T.PSA_KEY_TYPE_DH_KEY_PAIR(T.PSA_DH_FAMILY_RFC7919), 2048),
  HKDF: kdf(A.PSA_ALG_HKDF(SHA256), [[S.PSA_KEY_DERIVATION_INPUT_SECRET, B('k')]]),
  HKDF_EXTRACT: kdf(A.PSA_ALG_HKDF_EXTRACT(SHA256), [[S.PSA_KEY_DERIVATION_INPUT_SECRET, B('k')]]),
  HKDF_EXPAND: kdf(A.PSA_ALG_HKDF_EXPAND(SHA256), [[S.PSA_KEY_DERIVATION_INPUT_SECRET, Buffer.alloc(32)]]),
  TLS12_PRF: kdf(A.PSA_ALG_TLS12_PRF(SHA256), [[S.PSA_KEY_DERIVATION_INPUT_SEED, B('s')], [S.PSA_KEY_DERIVATION_INPUT_SECRET, B('k')], [S.PSA_KEY_DERIVATION_INPUT_LABEL, B('l')]]),
  TLS12_PSK_TO_MS: kdf(A.PSA_ALG_TLS12_PSK_TO_MS(SHA256), [[S.PSA_KEY_DERIVATION_INPUT_SEED, B('s')], [S.PSA_KEY_DERIVATION_INPUT_SECRET, B('k')], [S.PSA_KEY_DERIVATION_INPUT_LABEL, B('l')]]),
  PBKDF2_HMAC: kdf(A.PSA_ALG_PBKDF2_HMAC(SHA256), [[S.PSA_KEY_DERIVATION_INPUT_COST, 2], [S.PSA_KEY_DERIVATION_INPUT_SALT, B('s')], [S.PSA_KEY_DERIVATION_INPUT_PASSWORD, B('p')]]),
  PBKDF2_AES_CMAC_PRF_128: kdf(A.PSA_ALG_PBKDF2_AES_CMAC_PRF_128, [[S.PSA_KEY_DERIVATION_INPUT_COST, 2], [S.PSA_KEY_DERIVATION_INPUT_SALT, B('s')], [S.PSA_KEY_DERIVATION_INPUT_PASSWORD, B('p')]]),
  SP800_108_COUNTER_HMAC: secret(A.PSA_ALG_SP800_108_COUNTER_HMAC(SHA256), T.PSA_KEY_TYPE_HMAC),
  SP800_108_COUNTER_CMAC: secret(A.PSA_ALG_SP800_108_COUNTER_CMAC, T.PSA_KEY_TYPE_AES),
  JPAKE: async (psa) => {
    const pw = (await psa.psa_import_key({ type: T.PSA_KEY_TYPE_PASSWORD, bits: 0, usage: ALL_USAGE, alg: A.PSA_ALG_JPAKE(SHA256), lifetime: 0, id: 0 }, B('pw'))).key;
    return (await jpakeExchange(psa, pw, pw)).status;
  },
  SPAKE2P_HMAC: spake2p(A.PSA_ALG_SPAKE2P_HMAC(SHA256)),
  SPAKE2P_CMAC: spake2p(A.PSA_ALG_SPAKE2P_CMAC(SHA256)),
  TLS12_ECJPAKE_TO_PMS: kdf(A.PSA_ALG_TLS12_ECJPAKE_TO_PMS, [[S.PSA_KEY_DERIVATION_INPUT_SECRET, Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)])]]),
};

/** The check for a claimed algorithm name; hashes are checked with psa_hash_compute. */
export function algCheck(name: string): Check | undefined {
  const hash = (A as unknown as Record<string, unknown>)[`PSA_ALG_${name}`];
  if (typeof hash === 'number' && hashInfo(hash)) return async (psa) => (await psa.psa_hash_compute(hash, B('m'), 64)).status;
  return ALG_CHECKS[name];
}
