/**
 * PSA Crypto simulator overhead: psa_import_key + psa_export_public_key of a P-256 key pair (then
 * psa_destroy_key, so the volatile key slots never fill up) against the bare node:crypto work any
 * implementation must do for the same result: take the private scalar (createECDH + setPrivateKey
 * validates 0 < d < n) and compute the public point (getPublicKey).
 *
 * The ratio is the price of the simulator's API layer: status rules, attribute checks, the key store,
 * copies, and the async calls the target interface is made of.
 */
import { createECDH } from 'node:crypto';
import { createPsaCryptoSimulator } from '../targets/reference/psa/crypto';
import type { PsaKeyAttributes } from '../targets/roles/psa-crypto';
import { PSA_ECC_FAMILY_SECP_R1, PSA_KEY_TYPE_ECC_KEY_PAIR, PSA_SUCCESS } from '../targets/reference/psa/constants';
import { bracketed, measure, rowOf, windowFor, type Bench } from './harness';

const MAX_ITERATIONS = 50_000;
/** Distinct keys, cycled: one key only would let a cache (if there ever is one) flatter the figure. */
const KEY_POOL = 64;
const P256_PAIR: PsaKeyAttributes = { type: PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), bits: 256, usage: 0, alg: 0, lifetime: 0, id: 0 };
/** Uncompressed point 0x04 || X || Y (PSA_EXPORT_PUBLIC_KEY_OUTPUT_SIZE for P-256). */
const PUBLIC_SIZE = 65;

function privateScalars(): Buffer[] {
  return Array.from({ length: KEY_POOL }, () => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const d = ecdh.getPrivateKey();
    return Buffer.concat([Buffer.alloc(32 - d.length), d]); // PSA wants exactly ceil(bits/8) bytes
  });
}

function barePublicKey(d: Buffer): Buffer {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  return ecdh.getPublicKey();
}

export const bench: Bench = {
  name: 'psa',
  async run({ quick, log }) {
    const scalars = privateScalars();
    const psa = createPsaCryptoSimulator();
    await psa.psa_crypto_init();
    let next = 0;
    const simulated = async (): Promise<Uint8Array> => {
      const { status, key } = await psa.psa_import_key(P256_PAIR, scalars[next++ % KEY_POOL]!);
      if (status !== PSA_SUCCESS) throw new Error(`psa_import_key returned ${status}`);
      const exported = await psa.psa_export_public_key(key, PUBLIC_SIZE);
      if (exported.status !== PSA_SUCCESS) throw new Error(`psa_export_public_key returned ${exported.status}`);
      const destroyed = await psa.psa_destroy_key(key);
      if (destroyed !== PSA_SUCCESS) throw new Error(`psa_destroy_key returned ${destroyed}`);
      return exported.data;
    };
    // Both paths must agree before either is timed.
    if (!Buffer.from(await simulated()).equals(barePublicKey(scalars[0]!))) throw new Error('simulator and node:crypto disagree on the public key');
    try {
      log('psa: import + export_public_key, P-256');
      const window = windowFor(quick, MAX_ITERATIONS);
      let bareNext = 0;
      const result = await bracketed(
        () => measure('node:crypto ECDH', () => barePublicKey(scalars[bareNext++ % KEY_POOL]!), window),
        () => measure('PSA simulator', simulated, window),
      );
      return [rowOf('psa', 'psa_import_key + psa_export_public_key (+ destroy), P-256', result, 'keys/s', 'node:crypto createECDH + setPrivateKey + getPublicKey')];
    } finally {
      await psa.close();
    }
  },
};
