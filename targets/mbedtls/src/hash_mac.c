/*
 * Message digests (PSA Crypto API 1.2 §10.2) and MACs (§10.3) onto Mbed TLS 2.28
 * (targets/roles/psa-crypto/hash.ts, mac.ts). psa_hash_suspend/resume do not exist in 2.28: they are
 * not offered, so the bridge answers PSA_ERROR_NOT_SUPPORTED.
 */
#include <stdlib.h>

#include "functions.h"
#include "ops.h"

static cbor_item_t *f_psa_hash_compute(const args_t *a, const char **bad)
{
    uint32_t alg;
    const uint8_t *in;
    size_t in_len, size, capped, length = 0;
    if (arg_u32(a, 0, &alg) != 0 || arg_bytes(a, 1, &in, &in_len) != 0 || arg_size(a, 2, &size) != 0) BAD("expects (alg, input, hashSize)");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = psa_hash_compute(alg, in, in_len, out, capped, &length);
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_hash_compare(const args_t *a, const char **bad)
{
    uint32_t alg;
    const uint8_t *in, *hash;
    size_t in_len, hash_len;
    if (arg_u32(a, 0, &alg) != 0 || arg_bytes(a, 1, &in, &in_len) != 0 || arg_bytes(a, 2, &hash, &hash_len) != 0) BAD("expects (alg, input, hash)");
    return r_status(psa_hash_compare(alg, in, in_len, hash, hash_len));
}

static cbor_item_t *f_psa_hash_operation_init(const args_t *a, const char **bad)
{
    (void)a;
    (void)bad;
    return build_int(ops_new(OP_HASH));
}

static cbor_item_t *f_psa_hash_setup(const args_t *a, const char **bad)
{
    OP_ARG(OP_HASH, psa_hash_operation_t, op, 0);
    uint32_t alg;
    if (arg_u32(a, 1, &alg) != 0) BAD("alg must be an algorithm identifier");
    return r_status(op ? psa_hash_setup(op, alg) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_hash_update(const args_t *a, const char **bad)
{
    OP_ARG(OP_HASH, psa_hash_operation_t, op, 0);
    const uint8_t *in;
    size_t len;
    if (arg_bytes(a, 1, &in, &len) != 0) BAD("input must be a byte string");
    return r_status(op ? psa_hash_update(op, in, len) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_hash_finish(const args_t *a, const char **bad)
{
    OP_ARG(OP_HASH, psa_hash_operation_t, op, 0);
    size_t size, capped, length = 0;
    if (arg_size(a, 1, &size) != 0) BAD("hashSize must be an unsigned integer");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = op ? psa_hash_finish(op, out, capped, &length) : PSA_ERROR_BAD_STATE;
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_hash_verify(const args_t *a, const char **bad)
{
    OP_ARG(OP_HASH, psa_hash_operation_t, op, 0);
    const uint8_t *hash;
    size_t len;
    if (arg_bytes(a, 1, &hash, &len) != 0) BAD("hash must be a byte string");
    return r_status(op ? psa_hash_verify(op, hash, len) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_hash_abort(const args_t *a, const char **bad)
{
    OP_ARG(OP_HASH, psa_hash_operation_t, op, 0);
    return r_status(op ? psa_hash_abort(op) : PSA_SUCCESS);
}

static cbor_item_t *f_psa_hash_clone(const args_t *a, const char **bad)
{
    OP_ARG(OP_HASH, psa_hash_operation_t, source, 0);
    OP_ARG(OP_HASH, psa_hash_operation_t, target, 1);
    return r_status(source && target ? psa_hash_clone(source, target) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_mac_compute(const args_t *a, const char **bad)
{
    uint32_t key, alg;
    const uint8_t *in;
    size_t in_len, size, capped, length = 0;
    if (arg_u32(a, 0, &key) != 0 || arg_u32(a, 1, &alg) != 0 || arg_bytes(a, 2, &in, &in_len) != 0 || arg_size(a, 3, &size) != 0)
        BAD("expects (key, alg, input, macSize)");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = psa_mac_compute(mbedtls_svc_key_id_make(0, key), alg, in, in_len, out, capped, &length);
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_mac_verify(const args_t *a, const char **bad)
{
    uint32_t key, alg;
    const uint8_t *in, *mac;
    size_t in_len, mac_len;
    if (arg_u32(a, 0, &key) != 0 || arg_u32(a, 1, &alg) != 0 || arg_bytes(a, 2, &in, &in_len) != 0 || arg_bytes(a, 3, &mac, &mac_len) != 0)
        BAD("expects (key, alg, input, mac)");
    return r_status(psa_mac_verify(mbedtls_svc_key_id_make(0, key), alg, in, in_len, mac, mac_len));
}

static cbor_item_t *f_psa_mac_operation_init(const args_t *a, const char **bad)
{
    (void)a;
    (void)bad;
    return build_int(ops_new(OP_MAC));
}

typedef psa_status_t (*mac_setup_fn)(psa_mac_operation_t *, mbedtls_svc_key_id_t, psa_algorithm_t);

static cbor_item_t *mac_setup(mac_setup_fn fn, const args_t *a, const char **bad)
{
    OP_ARG(OP_MAC, psa_mac_operation_t, op, 0);
    uint32_t key, alg;
    if (arg_u32(a, 1, &key) != 0 || arg_u32(a, 2, &alg) != 0) BAD("expects (operation, key, alg)");
    return r_status(op ? fn(op, mbedtls_svc_key_id_make(0, key), alg) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_mac_sign_setup(const args_t *a, const char **bad)
{
    return mac_setup(psa_mac_sign_setup, a, bad);
}

static cbor_item_t *f_psa_mac_verify_setup(const args_t *a, const char **bad)
{
    return mac_setup(psa_mac_verify_setup, a, bad);
}

static cbor_item_t *f_psa_mac_update(const args_t *a, const char **bad)
{
    OP_ARG(OP_MAC, psa_mac_operation_t, op, 0);
    const uint8_t *in;
    size_t len;
    if (arg_bytes(a, 1, &in, &len) != 0) BAD("input must be a byte string");
    return r_status(op ? psa_mac_update(op, in, len) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_mac_sign_finish(const args_t *a, const char **bad)
{
    OP_ARG(OP_MAC, psa_mac_operation_t, op, 0);
    size_t size, capped, length = 0;
    if (arg_size(a, 1, &size) != 0) BAD("macSize must be an unsigned integer");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = op ? psa_mac_sign_finish(op, out, capped, &length) : PSA_ERROR_BAD_STATE;
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_mac_verify_finish(const args_t *a, const char **bad)
{
    OP_ARG(OP_MAC, psa_mac_operation_t, op, 0);
    const uint8_t *mac;
    size_t len;
    if (arg_bytes(a, 1, &mac, &len) != 0) BAD("mac must be a byte string");
    return r_status(op ? psa_mac_verify_finish(op, mac, len) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_mac_abort(const args_t *a, const char **bad)
{
    OP_ARG(OP_MAC, psa_mac_operation_t, op, 0);
    return r_status(op ? psa_mac_abort(op) : PSA_SUCCESS);
}

const function_t hash_functions[] = {
    {"psa_hash_compute", f_psa_hash_compute}, {"psa_hash_compare", f_psa_hash_compare},
    {"psa_hash_operation_init", f_psa_hash_operation_init}, {"psa_hash_setup", f_psa_hash_setup},
    {"psa_hash_update", f_psa_hash_update}, {"psa_hash_finish", f_psa_hash_finish},
    {"psa_hash_verify", f_psa_hash_verify}, {"psa_hash_abort", f_psa_hash_abort},
    {"psa_hash_clone", f_psa_hash_clone},
};
const size_t hash_function_count = sizeof hash_functions / sizeof hash_functions[0];

const function_t mac_functions[] = {
    {"psa_mac_compute", f_psa_mac_compute}, {"psa_mac_verify", f_psa_mac_verify},
    {"psa_mac_operation_init", f_psa_mac_operation_init}, {"psa_mac_sign_setup", f_psa_mac_sign_setup},
    {"psa_mac_verify_setup", f_psa_mac_verify_setup}, {"psa_mac_update", f_psa_mac_update},
    {"psa_mac_sign_finish", f_psa_mac_sign_finish}, {"psa_mac_verify_finish", f_psa_mac_verify_finish},
    {"psa_mac_abort", f_psa_mac_abort},
};
const size_t mac_function_count = sizeof mac_functions / sizeof mac_functions[0];
