/*
 * Asymmetric signature (PSA Crypto API 1.2 §10.7), asymmetric encryption (§10.8) and raw key
 * agreement (§10.9) onto Mbed TLS 2.28 (targets/roles/psa-crypto/sign.ts, asymmetric.ts,
 * key-agreement.ts). psa_key_agreement (new in Crypto 1.2) does not exist in 2.28: not offered.
 */
#include <stdlib.h>

#include "functions.h"

typedef psa_status_t (*sign_fn)(mbedtls_svc_key_id_t, psa_algorithm_t, const uint8_t *, size_t, uint8_t *, size_t, size_t *);
typedef psa_status_t (*verify_fn)(mbedtls_svc_key_id_t, psa_algorithm_t, const uint8_t *, size_t, const uint8_t *, size_t);

static cbor_item_t *sign_with(sign_fn fn, const args_t *a, const char **bad)
{
    uint32_t key, alg;
    const uint8_t *in;
    size_t in_len, size, capped, length = 0;
    if (arg_u32(a, 0, &key) != 0 || arg_u32(a, 1, &alg) != 0 || arg_bytes(a, 2, &in, &in_len) != 0 || arg_size(a, 3, &size) != 0)
        BAD("expects (key, alg, input, signatureSize)");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = fn(mbedtls_svc_key_id_make(0, key), alg, in, in_len, out, capped, &length);
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *verify_with(verify_fn fn, const args_t *a, const char **bad)
{
    uint32_t key, alg;
    const uint8_t *in, *signature;
    size_t in_len, signature_len;
    if (arg_u32(a, 0, &key) != 0 || arg_u32(a, 1, &alg) != 0 || arg_bytes(a, 2, &in, &in_len) != 0 || arg_bytes(a, 3, &signature, &signature_len) != 0)
        BAD("expects (key, alg, input, signature)");
    return r_status(fn(mbedtls_svc_key_id_make(0, key), alg, in, in_len, signature, signature_len));
}

static cbor_item_t *f_psa_sign_message(const args_t *a, const char **bad)
{
    return sign_with(psa_sign_message, a, bad);
}

static cbor_item_t *f_psa_verify_message(const args_t *a, const char **bad)
{
    return verify_with(psa_verify_message, a, bad);
}

static cbor_item_t *f_psa_sign_hash(const args_t *a, const char **bad)
{
    return sign_with(psa_sign_hash, a, bad);
}

static cbor_item_t *f_psa_verify_hash(const args_t *a, const char **bad)
{
    return verify_with(psa_verify_hash, a, bad);
}

typedef psa_status_t (*crypt_fn)(mbedtls_svc_key_id_t, psa_algorithm_t, const uint8_t *, size_t, const uint8_t *, size_t, uint8_t *, size_t, size_t *);

static cbor_item_t *crypt_with(crypt_fn fn, const args_t *a, const char **bad)
{
    uint32_t key, alg;
    const uint8_t *in, *salt;
    size_t in_len, salt_len, size, capped, length = 0;
    if (arg_u32(a, 0, &key) != 0 || arg_u32(a, 1, &alg) != 0 || arg_bytes(a, 2, &in, &in_len) != 0 ||
        arg_bytes(a, 3, &salt, &salt_len) != 0 || arg_size(a, 4, &size) != 0)
        BAD("expects (key, alg, input, salt, outputSize)");
    uint8_t *out = output_buffer(size, &capped);
    /* An empty salt is "no label": NULL, 0 (§10.8). */
    psa_status_t status = fn(mbedtls_svc_key_id_make(0, key), alg, in, in_len, salt_len ? salt : NULL, salt_len, out, capped, &length);
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_asymmetric_encrypt(const args_t *a, const char **bad)
{
    return crypt_with(psa_asymmetric_encrypt, a, bad);
}

static cbor_item_t *f_psa_asymmetric_decrypt(const args_t *a, const char **bad)
{
    return crypt_with(psa_asymmetric_decrypt, a, bad);
}

static cbor_item_t *f_psa_raw_key_agreement(const args_t *a, const char **bad)
{
    uint32_t alg, key;
    const uint8_t *peer;
    size_t peer_len, size, capped, length = 0;
    if (arg_u32(a, 0, &alg) != 0 || arg_u32(a, 1, &key) != 0 || arg_bytes(a, 2, &peer, &peer_len) != 0 || arg_size(a, 3, &size) != 0)
        BAD("expects (alg, privateKey, peerKey, outputSize)");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = psa_raw_key_agreement(alg, mbedtls_svc_key_id_make(0, key), peer, peer_len, out, capped, &length);
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

const function_t sign_functions[] = {
    {"psa_sign_message", f_psa_sign_message},           {"psa_verify_message", f_psa_verify_message},
    {"psa_sign_hash", f_psa_sign_hash},                 {"psa_verify_hash", f_psa_verify_hash},
    {"psa_asymmetric_encrypt", f_psa_asymmetric_encrypt}, {"psa_asymmetric_decrypt", f_psa_asymmetric_decrypt},
    {"psa_raw_key_agreement", f_psa_raw_key_agreement},
};
const size_t sign_function_count = sizeof sign_functions / sizeof sign_functions[0];
