/**
 * PSA Crypto simulator overhead on the three operations an LwM2M device does most (issue: target
 * simulator/bare ≤ 1.2 in time, i.e. ≥ 0.83× in ops/s): AES-128-CCM encrypt of 1 KiB (13-byte nonce,
 * 16-byte tag, as DTLS/OSCORE use it), SHA-256 of 1 KiB, and ECDSA P-256 sign of a SHA-256 digest —
 * each against the bare node:crypto call that does the same cryptographic work, in the same run.
 * The simulator keeps per key what an embedded PSA implementation keeps (an AES-CCM context with its
 * key schedule, a native EC key), through its helper on node's own OpenSSL (crypto/native); the
 * baseline pays node:crypto's per-call set-up, so a ratio above 1 is possible and honest.
 */
import { createCipheriv, createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createPsaCryptoSimulator } from '../targets/reference/psa/crypto';
import {
  PSA_ALG_CCM,
  PSA_ALG_ECDSA,
  PSA_ALG_SHA_256,
  PSA_ECC_FAMILY_SECP_R1,
  PSA_KEY_TYPE_AES,
  PSA_KEY_TYPE_ECC_KEY_PAIR,
  PSA_KEY_USAGE_ENCRYPT,
  PSA_KEY_USAGE_SIGN_HASH,
  PSA_SUCCESS,
} from '../targets/reference/psa/constants';
import { bracketed, measure, rowOf, windowFor, type Bench, type BenchRow } from './harness';

const MAX_ITERATIONS = 50_000;
const DATA = randomBytes(1024);
const NONCE = randomBytes(13);

function check(what: string, status: number): void {
  if (status !== PSA_SUCCESS) throw new Error(`${what} returned ${status}`);
}

export const bench: Bench = {
  name: 'psa-ops',
  async run({ quick, log }) {
    const psa = createPsaCryptoSimulator();
    await psa.psa_crypto_init();
    const window = windowFor(quick, MAX_ITERATIONS);
    const rows: BenchRow[] = [];
    try {
      const aesKey = randomBytes(16);
      const aes = await psa.psa_import_key({ type: PSA_KEY_TYPE_AES, bits: 128, usage: PSA_KEY_USAGE_ENCRYPT, alg: PSA_ALG_CCM, lifetime: 0, id: 0 }, aesKey);
      check('psa_import_key(AES)', aes.status);
      const bareCcm = () => {
        const c = createCipheriv('aes-128-ccm', aesKey, NONCE, { authTagLength: 16 });
        c.setAAD(Buffer.alloc(0), { plaintextLength: DATA.length });
        return Buffer.concat([c.update(DATA), c.final(), c.getAuthTag()]);
      };
      const simCcm = async () => {
        const r = await psa.psa_aead_encrypt(aes.key, PSA_ALG_CCM, NONCE, new Uint8Array(0), DATA, DATA.length + 16);
        check('psa_aead_encrypt', r.status);
        return r.data;
      };
      if (!Buffer.from(await simCcm()).equals(bareCcm())) throw new Error('simulator and node:crypto disagree on AES-CCM');

      const simSha = async () => {
        const r = await psa.psa_hash_compute(PSA_ALG_SHA_256, DATA, 32);
        check('psa_hash_compute', r.status);
        return r.data;
      };
      const bareSha = () => createHash('sha256').update(DATA).digest();
      if (!Buffer.from(await simSha()).equals(bareSha())) throw new Error('simulator and node:crypto disagree on SHA-256');

      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const d = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
      const ecc = await psa.psa_import_key({ type: PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), bits: 256, usage: PSA_KEY_USAGE_SIGN_HASH, alg: PSA_ALG_ECDSA(PSA_ALG_SHA_256), lifetime: 0, id: 0 }, d);
      check('psa_import_key(P-256)', ecc.status);
      const digest = bareSha();
      const bareKey = createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }));
      // node:crypto cannot sign a precomputed digest (OpenSSL's EVP_DigestSign always hashes), so the
      // baseline signs the 32-byte digest as a message: the same P-256 work plus one tiny SHA-256. The
      // simulator signs the digest itself through its native helper (EVP_PKEY_sign on node's OpenSSL).
      const bareSign = () => sign(null, digest, { key: bareKey, dsaEncoding: 'ieee-p1363' });
      const simSign = async () => {
        const r = await psa.psa_sign_hash(ecc.key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), digest, 64);
        check('psa_sign_hash', r.status);
        return r.data;
      };
      await simSign();
      const simSignMessage = async () => {
        const r = await psa.psa_sign_message(ecc.key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), DATA, 64);
        check('psa_sign_message', r.status);
        return r.data;
      };
      const bareSignMessage = () => sign('sha256', DATA, { key: bareKey, dsaEncoding: 'ieee-p1363' });
      await simSignMessage();

      for (const [name, baseline, base, sim, unit] of [
        ['psa_aead_encrypt AES-128-CCM, 1 KiB', 'node:crypto aes-128-ccm', bareCcm, simCcm, 'ops/s'],
        ['psa_hash_compute SHA-256, 1 KiB', 'node:crypto createHash sha256', bareSha, simSha, 'ops/s'],
        ['psa_sign_message ECDSA P-256 SHA-256, 1 KiB', 'node:crypto sign sha256', bareSignMessage, simSignMessage, 'sigs/s'],
        ['psa_sign_hash ECDSA P-256', 'node:crypto sign (ieee-p1363)', bareSign, simSign, 'sigs/s'],
      ] as const) {
        log(`psa-ops: ${name}`);
        const result = await bracketed(() => measure(baseline, base, window), () => measure(name, sim, window));
        rows.push(rowOf('psa-ops', name, result, unit, baseline));
      }
      return rows;
    } finally {
      await psa.close();
    }
  },
};
