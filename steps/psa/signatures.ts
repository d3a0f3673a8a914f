/**
 * The parameters of every PsaCryptoTarget method, in order, with the kind of value each takes and
 * the spec's parameter name (PSA Crypto API 1.2 function prototypes). One table serves the call log
 * (how each argument is printed) and the generic call step (how a feature-file argument is parsed).
 */
export type ParamKind = 'attributes' | 'key' | 'alg' | 'bytes' | 'size' | 'int' | 'op' | 'step' | 'suite';

export interface Param {
  kind: ParamKind;
  name: string;
}

const p = (spec: string): Param[] =>
  spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const [kind, name] = s.split(' ');
      return { kind: kind as ParamKind, name: name ?? kind };
    });

export const SIGNATURES: Record<string, Param[]> = {
  psa_crypto_init: [],
  psa_generate_random: p('size output_size'),
  psa_import_key: p('attributes, bytes data'),
  psa_generate_key: p('attributes'),
  psa_copy_key: p('key source_key, attributes'),
  psa_export_key: p('key, size data_size'),
  psa_export_public_key: p('key, size data_size'),
  psa_destroy_key: p('key'),
  psa_purge_key: p('key'),
  psa_get_key_attributes: p('key'),
  close: [],

  psa_hash_compute: p('alg, bytes input, size hash_size'),
  psa_hash_compare: p('alg, bytes input, bytes hash'),
  psa_hash_operation_init: [],
  psa_hash_setup: p('op operation, alg'),
  psa_hash_update: p('op operation, bytes input'),
  psa_hash_finish: p('op operation, size hash_size'),
  psa_hash_verify: p('op operation, bytes hash'),
  psa_hash_abort: p('op operation'),
  psa_hash_clone: p('op source_operation, op target_operation'),
  psa_hash_suspend: p('op operation, size hash_state_size'),
  psa_hash_resume: p('op operation, bytes hash_state'),

  psa_mac_compute: p('key, alg, bytes input, size mac_size'),
  psa_mac_verify: p('key, alg, bytes input, bytes mac'),
  psa_mac_operation_init: [],
  psa_mac_sign_setup: p('op operation, key, alg'),
  psa_mac_verify_setup: p('op operation, key, alg'),
  psa_mac_update: p('op operation, bytes input'),
  psa_mac_sign_finish: p('op operation, size mac_size'),
  psa_mac_verify_finish: p('op operation, bytes mac'),
  psa_mac_abort: p('op operation'),

  psa_cipher_encrypt: p('key, alg, bytes input, size output_size'),
  psa_cipher_decrypt: p('key, alg, bytes input, size output_size'),
  psa_cipher_operation_init: [],
  psa_cipher_encrypt_setup: p('op operation, key, alg'),
  psa_cipher_decrypt_setup: p('op operation, key, alg'),
  psa_cipher_generate_iv: p('op operation, size iv_size'),
  psa_cipher_set_iv: p('op operation, bytes iv'),
  psa_cipher_update: p('op operation, bytes input, size output_size'),
  psa_cipher_finish: p('op operation, size output_size'),
  psa_cipher_abort: p('op operation'),

  psa_aead_encrypt: p('key, alg, bytes nonce, bytes additional_data, bytes plaintext, size ciphertext_size'),
  psa_aead_decrypt: p('key, alg, bytes nonce, bytes additional_data, bytes ciphertext, size plaintext_size'),
  psa_aead_operation_init: [],
  psa_aead_encrypt_setup: p('op operation, key, alg'),
  psa_aead_decrypt_setup: p('op operation, key, alg'),
  psa_aead_set_lengths: p('op operation, int ad_length, int plaintext_length'),
  psa_aead_generate_nonce: p('op operation, size nonce_size'),
  psa_aead_set_nonce: p('op operation, bytes nonce'),
  psa_aead_update_ad: p('op operation, bytes input'),
  psa_aead_update: p('op operation, bytes input, size output_size'),
  psa_aead_finish: p('op operation, size ciphertext_size, size tag_size'),
  psa_aead_verify: p('op operation, size plaintext_size, bytes tag'),
  psa_aead_abort: p('op operation'),

  psa_sign_message: p('key, alg, bytes input, size signature_size'),
  psa_verify_message: p('key, alg, bytes input, bytes signature'),
  psa_sign_hash: p('key, alg, bytes hash, size signature_size'),
  psa_verify_hash: p('key, alg, bytes hash, bytes signature'),

  psa_asymmetric_encrypt: p('key, alg, bytes input, bytes salt, size output_size'),
  psa_asymmetric_decrypt: p('key, alg, bytes input, bytes salt, size output_size'),

  psa_raw_key_agreement: p('alg, key private_key, bytes peer_key, size output_size'),
  psa_key_agreement: p('key private_key, bytes peer_key, alg, attributes'),

  psa_key_derivation_operation_init: [],
  psa_key_derivation_setup: p('op operation, alg'),
  psa_key_derivation_get_capacity: p('op operation'),
  psa_key_derivation_set_capacity: p('op operation, int capacity'),
  psa_key_derivation_input_bytes: p('op operation, step, bytes data'),
  psa_key_derivation_input_integer: p('op operation, step, int value'),
  psa_key_derivation_input_key: p('op operation, step, key'),
  psa_key_derivation_key_agreement: p('op operation, step, key private_key, bytes peer_key'),
  psa_key_derivation_output_bytes: p('op operation, size output_length'),
  psa_key_derivation_output_key: p('attributes, op operation'),
  psa_key_derivation_verify_bytes: p('op operation, bytes expected_output'),
  psa_key_derivation_verify_key: p('op operation, key expected'),
  psa_key_derivation_abort: p('op operation'),

  psa_pake_operation_init: [],
  psa_pake_setup: p('op operation, key password_key, suite cipher_suite'),
  psa_pake_set_role: p('op operation, int role'),
  psa_pake_set_user: p('op operation, bytes user_id'),
  psa_pake_set_peer: p('op operation, bytes peer_id'),
  psa_pake_set_context: p('op operation, bytes context'),
  psa_pake_output: p('op operation, int step, size output_size'),
  psa_pake_input: p('op operation, int step, bytes input'),
  psa_pake_get_shared_key: p('op operation, attributes'),
  psa_pake_abort: p('op operation'),
};

/** `psa_hash_setup` → `psa_hash_operation_init`: how an operation of that family is created. */
export function operationInitFor(fn: string): string | undefined {
  const family = /^psa_(hash|mac|cipher|aead|key_derivation|pake)_/.exec(fn);
  return family ? `psa_${family[1]}_operation_init` : undefined;
}
