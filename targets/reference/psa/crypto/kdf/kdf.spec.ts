import * as A from '../../constants/algorithms';
import * as S from '../../constants/kdf-steps';
import * as E from '../../constants/status';
import { hex, initialised, toHex } from '../test-support';

// RFC 5869 A.1, RFC 7914 §11, TLS 1.2 PRF-SHA256 test vector.
const IKM = hex('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b');
const SALT = hex('000102030405060708090a0b0c');
const INFO = hex('f0f1f2f3f4f5f6f7f8f9');
const OKM = '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865';

describe('key derivation (PSA Crypto API 1.2 §10.6)', () => {
  it('HKDF-SHA256 (RFC 5869 A.1) in two pieces; capacity and input order rules', async () => {
    const psa = await initialised();
    const op = await psa.psa_key_derivation_operation_init();
    expect(await psa.psa_key_derivation_setup(op, A.PSA_ALG_HKDF(A.PSA_ALG_SHA_256))).toBe(E.PSA_SUCCESS);
    expect((await psa.psa_key_derivation_get_capacity(op)).capacity).toBe(255 * 32);
    expect(await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_SALT, SALT)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_SECRET, IKM)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_INFO, INFO)).toBe(E.PSA_SUCCESS);
    const a = await psa.psa_key_derivation_output_bytes(op, 20);
    const b = await psa.psa_key_derivation_output_bytes(op, 22);
    expect(toHex(a.data) + toHex(b.data)).toBe(OKM);
    expect(await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_INFO, INFO)).toBe(E.PSA_ERROR_BAD_STATE);
  });

  it('refuses a salt after the secret and an unknown step', async () => {
    const psa = await initialised();
    const op = await psa.psa_key_derivation_operation_init();
    await psa.psa_key_derivation_setup(op, A.PSA_ALG_HKDF(A.PSA_ALG_SHA_256));
    await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_SECRET, IKM);
    expect(await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_SALT, SALT)).toBe(E.PSA_ERROR_BAD_STATE);
    const op2 = await psa.psa_key_derivation_operation_init();
    await psa.psa_key_derivation_setup(op2, A.PSA_ALG_HKDF(A.PSA_ALG_SHA_256));
    expect(await psa.psa_key_derivation_input_bytes(op2, S.PSA_KEY_DERIVATION_INPUT_LABEL, SALT)).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
  });

  it('PBKDF2-HMAC-SHA256 (RFC 7914 §11) and verify_bytes', async () => {
    const psa = await initialised();
    const op = await psa.psa_key_derivation_operation_init();
    await psa.psa_key_derivation_setup(op, A.PSA_ALG_PBKDF2_HMAC(A.PSA_ALG_SHA_256));
    expect(await psa.psa_key_derivation_input_integer(op, S.PSA_KEY_DERIVATION_INPUT_COST, 1)).toBe(E.PSA_SUCCESS);
    await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_SALT, Buffer.from('salt'));
    await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_PASSWORD, Buffer.from('passwd'));
    expect(await psa.psa_key_derivation_verify_bytes(op, hex('55ac046e56e3089fec1691c22544b605'))).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_key_derivation_verify_bytes(op, hex('00'))).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
  });

  it('TLS 1.2 PRF-SHA256', async () => {
    const psa = await initialised();
    const op = await psa.psa_key_derivation_operation_init();
    await psa.psa_key_derivation_setup(op, A.PSA_ALG_TLS12_PRF(A.PSA_ALG_SHA_256));
    await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_SEED, hex('a0ba9f936cda311827a6f796ffd5198c'));
    await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_SECRET, hex('9bbe436ba940f017b17652849a71db35'));
    await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_LABEL, Buffer.from('test label'));
    expect(toHex((await psa.psa_key_derivation_output_bytes(op, 16)).data)).toBe('e3f229ba727be17b8d122620557cd453');
  });

  it('running past the capacity is INSUFFICIENT_DATA and empties it', async () => {
    const psa = await initialised();
    const op = await psa.psa_key_derivation_operation_init();
    await psa.psa_key_derivation_setup(op, A.PSA_ALG_HKDF_EXTRACT(A.PSA_ALG_SHA_256));
    await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_SECRET, IKM);
    expect((await psa.psa_key_derivation_output_bytes(op, 33)).status).toBe(E.PSA_ERROR_INSUFFICIENT_DATA);
    expect((await psa.psa_key_derivation_get_capacity(op)).capacity).toBe(0);
  });
});
