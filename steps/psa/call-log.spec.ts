import type { PsaCryptoTarget } from '../../targets/roles/psa-crypto';
import { PsaCryptoSimulator } from '../../targets/reference/psa/crypto/simulator';
import { withCallLog } from './call-log';

const attrs = { type: 0x2400, bits: 128, usage: 1, alg: 0x04c01000, lifetime: 0, id: 0 };
const key = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');

function logged(target: PsaCryptoTarget): { psa: PsaCryptoTarget; lines: string[] } {
  const lines: string[] = [];
  return { psa: withCallLog(target, (l) => lines.push(l), () => '+0.004s'), lines };
}

describe('PSA call log', () => {
  it('writes each call with its arguments and the returned status name', async () => {
    const { psa, lines } = logged(new PsaCryptoSimulator());
    await psa.psa_crypto_init();
    const { key: id } = await psa.psa_import_key(attrs, key);
    await psa.psa_export_key(id, 14);
    await psa.psa_export_key(id, 16);
    await psa.psa_destroy_key(id);
    await psa.psa_get_key_attributes(id);
    expect(lines).toEqual([
      '+0.004s psa_crypto_init() → PSA_SUCCESS',
      '+0.004s psa_import_key(type=PSA_KEY_TYPE_AES bits=128 usage=EXPORT alg=PSA_ALG_CTR, data=16 B 2b7e151628aed2a6…) → PSA_SUCCESS key=0x40000000',
      '+0.004s psa_export_key(key=0x40000000, data_size=14) → PSA_ERROR_BUFFER_TOO_SMALL',
      '+0.004s psa_export_key(key=0x40000000, data_size=16) → PSA_SUCCESS data=16 B 2b7e151628aed2a6…',
      '+0.004s psa_destroy_key(key=0x40000000) → PSA_SUCCESS',
      '+0.004s psa_get_key_attributes(key=0x40000000) → PSA_ERROR_INVALID_HANDLE type=PSA_KEY_TYPE_NONE bits=0 usage=0 alg=PSA_ALG_NONE',
    ]);
  });

  it('shows lifetime and id when they are not the defaults', async () => {
    const { psa, lines } = logged(new PsaCryptoSimulator());
    await psa.psa_import_key({ ...attrs, lifetime: 1, id: 0x1234 }, key);
    expect(lines[0]).toBe(
      '+0.004s psa_import_key(type=PSA_KEY_TYPE_AES bits=128 usage=EXPORT alg=PSA_ALG_CTR lifetime=PSA_KEY_LIFETIME_PERSISTENT id=0x00001234, data=16 B 2b7e151628aed2a6…) → PSA_ERROR_BAD_STATE key=PSA_KEY_ID_NULL',
    );
  });

  it('writes calls of every API family by their parameter kinds', async () => {
    const { psa, lines } = logged(new PsaCryptoSimulator());
    await psa.psa_crypto_init();
    const op = await psa.psa_hash_operation_init();
    await psa.psa_hash_setup(op, 0x02000009);
    await psa.psa_hash_update(op, Buffer.from('abc'));
    await psa.psa_key_derivation_get_capacity(op);
    expect(lines.slice(1)).toEqual([
      '+0.004s psa_hash_operation_init() → op#1',
      '+0.004s psa_hash_setup(operation=op#1, alg=PSA_ALG_SHA_256) → PSA_SUCCESS',
      '+0.004s psa_hash_update(operation=op#1, input=3 B 616263) → PSA_SUCCESS',
      '+0.004s psa_key_derivation_get_capacity(operation=op#1) → PSA_ERROR_BAD_STATE capacity=0',
    ]);
  });

  it('logs a call that throws and passes the error on', async () => {
    const failing = { psa_crypto_init: () => Promise.reject(new Error('bridge closed')) } as unknown as PsaCryptoTarget;
    const { psa, lines } = logged(failing);
    await expect(psa.psa_crypto_init()).rejects.toThrow('bridge closed');
    expect(lines).toEqual(['+0.004s psa_crypto_init() → threw bridge closed']);
  });
});
