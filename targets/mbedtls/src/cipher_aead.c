/*
 * Unauthenticated ciphers (PSA Crypto API 1.2 §10.4) and single-part AEAD (§10.5) onto Mbed TLS 2.28
 * (targets/roles/psa-crypto/cipher.ts, aead.ts). Multipart AEAD (psa_aead_encrypt_setup …) is
 * declared by the 2.28 headers but not exported by libmbedcrypto (psa.md §5), so it is not offered:
 * the bridge answers PSA_ERROR_NOT_SUPPORTED and the manifest does not claim it.
 */
#include <stdlib.h>

#include "functions.h"
#include "ops.h"

typedef psa_status_t (*cipher_fn)(mbedtls_svc_key_id_t, psa_algorithm_t, const uint8_t *, size_t, uint8_t *, size_t, size_t *);

static cbor_item_t *single_part(cipher_fn fn, const args_t *a, const char **bad)
{
    uint32_t key, alg;
    const uint8_t *in;
    size_t in_len, size, capped, length = 0;
    if (arg_u32(a, 0, &key) != 0 || arg_u32(a, 1, &alg) != 0 || arg_bytes(a, 2, &in, &in_len) != 0 || arg_size(a, 3, &size) != 0)
        BAD("expects (key, alg, input, outputSize)");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = fn(mbedtls_svc_key_id_make(0, key), alg, in, in_len, out, capped, &length);
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_cipher_encrypt(const args_t *a, const char **bad)
{
    return single_part(psa_cipher_encrypt, a, bad);
}

static cbor_item_t *f_psa_cipher_decrypt(const args_t *a, const char **bad)
{
    return single_part(psa_cipher_decrypt, a, bad);
}

static cbor_item_t *f_psa_cipher_operation_init(const args_t *a, const char **bad)
{
    (void)a;
    (void)bad;
    return build_int(ops_new(OP_CIPHER));
}

typedef psa_status_t (*cipher_setup_fn)(psa_cipher_operation_t *, mbedtls_svc_key_id_t, psa_algorithm_t);

static cbor_item_t *cipher_setup(cipher_setup_fn fn, const args_t *a, const char **bad)
{
    OP_ARG(OP_CIPHER, psa_cipher_operation_t, op, 0);
    uint32_t key, alg;
    if (arg_u32(a, 1, &key) != 0 || arg_u32(a, 2, &alg) != 0) BAD("expects (operation, key, alg)");
    return r_status(op ? fn(op, mbedtls_svc_key_id_make(0, key), alg) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_cipher_encrypt_setup(const args_t *a, const char **bad)
{
    return cipher_setup(psa_cipher_encrypt_setup, a, bad);
}

static cbor_item_t *f_psa_cipher_decrypt_setup(const args_t *a, const char **bad)
{
    return cipher_setup(psa_cipher_decrypt_setup, a, bad);
}

static cbor_item_t *f_psa_cipher_generate_iv(const args_t *a, const char **bad)
{
    OP_ARG(OP_CIPHER, psa_cipher_operation_t, op, 0);
    size_t size, capped, length = 0;
    if (arg_size(a, 1, &size) != 0) BAD("ivSize must be an unsigned integer");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = op ? psa_cipher_generate_iv(op, out, capped, &length) : PSA_ERROR_BAD_STATE;
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_cipher_set_iv(const args_t *a, const char **bad)
{
    OP_ARG(OP_CIPHER, psa_cipher_operation_t, op, 0);
    const uint8_t *iv;
    size_t len;
    if (arg_bytes(a, 1, &iv, &len) != 0) BAD("iv must be a byte string");
    return r_status(op ? psa_cipher_set_iv(op, iv, len) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_cipher_update(const args_t *a, const char **bad)
{
    OP_ARG(OP_CIPHER, psa_cipher_operation_t, op, 0);
    const uint8_t *in;
    size_t in_len, size, capped, length = 0;
    if (arg_bytes(a, 1, &in, &in_len) != 0 || arg_size(a, 2, &size) != 0) BAD("expects (operation, input, outputSize)");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = op ? psa_cipher_update(op, in, in_len, out, capped, &length) : PSA_ERROR_BAD_STATE;
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_cipher_finish(const args_t *a, const char **bad)
{
    OP_ARG(OP_CIPHER, psa_cipher_operation_t, op, 0);
    size_t size, capped, length = 0;
    if (arg_size(a, 1, &size) != 0) BAD("outputSize must be an unsigned integer");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = op ? psa_cipher_finish(op, out, capped, &length) : PSA_ERROR_BAD_STATE;
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_cipher_abort(const args_t *a, const char **bad)
{
    OP_ARG(OP_CIPHER, psa_cipher_operation_t, op, 0);
    return r_status(op ? psa_cipher_abort(op) : PSA_SUCCESS);
}

typedef psa_status_t (*aead_fn)(mbedtls_svc_key_id_t, psa_algorithm_t, const uint8_t *, size_t, const uint8_t *, size_t,
                                const uint8_t *, size_t, uint8_t *, size_t, size_t *);

static cbor_item_t *aead_single_part(aead_fn fn, const args_t *a, const char **bad)
{
    uint32_t key, alg;
    const uint8_t *nonce, *ad, *in;
    size_t nonce_len, ad_len, in_len, size, capped, length = 0;
    if (arg_u32(a, 0, &key) != 0 || arg_u32(a, 1, &alg) != 0 || arg_bytes(a, 2, &nonce, &nonce_len) != 0 ||
        arg_bytes(a, 3, &ad, &ad_len) != 0 || arg_bytes(a, 4, &in, &in_len) != 0 || arg_size(a, 5, &size) != 0)
        BAD("expects (key, alg, nonce, additionalData, input, outputSize)");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = fn(mbedtls_svc_key_id_make(0, key), alg, nonce, nonce_len, ad, ad_len, in, in_len, out, capped, &length);
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_aead_encrypt(const args_t *a, const char **bad)
{
    return aead_single_part(psa_aead_encrypt, a, bad);
}

static cbor_item_t *f_psa_aead_decrypt(const args_t *a, const char **bad)
{
    return aead_single_part(psa_aead_decrypt, a, bad);
}

const function_t cipher_functions[] = {
    {"psa_cipher_encrypt", f_psa_cipher_encrypt}, {"psa_cipher_decrypt", f_psa_cipher_decrypt},
    {"psa_cipher_operation_init", f_psa_cipher_operation_init}, {"psa_cipher_encrypt_setup", f_psa_cipher_encrypt_setup},
    {"psa_cipher_decrypt_setup", f_psa_cipher_decrypt_setup}, {"psa_cipher_generate_iv", f_psa_cipher_generate_iv},
    {"psa_cipher_set_iv", f_psa_cipher_set_iv}, {"psa_cipher_update", f_psa_cipher_update},
    {"psa_cipher_finish", f_psa_cipher_finish}, {"psa_cipher_abort", f_psa_cipher_abort},
};
const size_t cipher_function_count = sizeof cipher_functions / sizeof cipher_functions[0];

const function_t aead_functions[] = {
    {"psa_aead_encrypt", f_psa_aead_encrypt},
    {"psa_aead_decrypt", f_psa_aead_decrypt},
};
const size_t aead_function_count = sizeof aead_functions / sizeof aead_functions[0];
