/*
 * Key derivation (PSA Crypto API 1.2 §10.6) onto Mbed TLS 2.28 (targets/roles/psa-crypto/kdf.ts).
 * Step values are Mbed TLS's (SECRET 0x0101, LABEL 0x0201, SALT 0x0202, INFO 0x0203, SEED 0x0204),
 * which the reference uses too (targets/reference/psa/constants/kdf-steps.ts). Not in 2.28, so not
 * offered: psa_key_derivation_input_integer, psa_key_derivation_verify_bytes/verify_key.
 */
#include <stdint.h>
#include <stdlib.h>

#include "functions.h"
#include "ops.h"

/* PSA_KEY_DERIVATION_UNLIMITED_CAPACITY is SIZE_MAX here and 2^53 - 1 on the TypeScript side. */
#define JS_UNLIMITED 9007199254740991ULL

static cbor_item_t *f_psa_key_derivation_operation_init(const args_t *a, const char **bad)
{
    (void)a;
    (void)bad;
    return build_int(ops_new(OP_KDF));
}

static cbor_item_t *f_psa_key_derivation_setup(const args_t *a, const char **bad)
{
    OP_ARG(OP_KDF, psa_key_derivation_operation_t, op, 0);
    uint32_t alg;
    if (arg_u32(a, 1, &alg) != 0) BAD("alg must be an algorithm identifier");
    return r_status(op ? psa_key_derivation_setup(op, alg) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_key_derivation_get_capacity(const args_t *a, const char **bad)
{
    OP_ARG(OP_KDF, psa_key_derivation_operation_t, op, 0);
    size_t capacity = 0;
    psa_status_t status = op ? psa_key_derivation_get_capacity(op, &capacity) : PSA_ERROR_BAD_STATE;
    cbor_item_t *map = cbor_new_definite_map(2);
    map_put(map, "status", build_int(status));
    map_put(map, "capacity", build_size(status == PSA_SUCCESS ? capacity : 0));
    return map;
}

static cbor_item_t *f_psa_key_derivation_set_capacity(const args_t *a, const char **bad)
{
    OP_ARG(OP_KDF, psa_key_derivation_operation_t, op, 0);
    uint64_t capacity;
    if (arg_u64(a, 1, &capacity) != 0) BAD("capacity must be an unsigned integer");
    size_t c = capacity >= JS_UNLIMITED ? SIZE_MAX : (size_t)capacity;
    return r_status(op ? psa_key_derivation_set_capacity(op, c) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_key_derivation_input_bytes(const args_t *a, const char **bad)
{
    OP_ARG(OP_KDF, psa_key_derivation_operation_t, op, 0);
    uint32_t step;
    const uint8_t *data;
    size_t len;
    if (arg_u32(a, 1, &step) != 0 || arg_bytes(a, 2, &data, &len) != 0) BAD("expects (operation, step, data)");
    return r_status(op ? psa_key_derivation_input_bytes(op, step, data, len) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_key_derivation_input_key(const args_t *a, const char **bad)
{
    OP_ARG(OP_KDF, psa_key_derivation_operation_t, op, 0);
    uint32_t step, key;
    if (arg_u32(a, 1, &step) != 0 || arg_u32(a, 2, &key) != 0) BAD("expects (operation, step, key)");
    return r_status(op ? psa_key_derivation_input_key(op, step, mbedtls_svc_key_id_make(0, key)) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_key_derivation_key_agreement(const args_t *a, const char **bad)
{
    OP_ARG(OP_KDF, psa_key_derivation_operation_t, op, 0);
    uint32_t step, key;
    const uint8_t *peer;
    size_t peer_len;
    if (arg_u32(a, 1, &step) != 0 || arg_u32(a, 2, &key) != 0 || arg_bytes(a, 3, &peer, &peer_len) != 0)
        BAD("expects (operation, step, privateKey, peerKey)");
    return r_status(op ? psa_key_derivation_key_agreement(op, step, mbedtls_svc_key_id_make(0, key), peer, peer_len) : PSA_ERROR_BAD_STATE);
}

static cbor_item_t *f_psa_key_derivation_output_bytes(const args_t *a, const char **bad)
{
    OP_ARG(OP_KDF, psa_key_derivation_operation_t, op, 0);
    size_t size, capped;
    if (arg_size(a, 1, &size) != 0) BAD("outputLength must be an unsigned integer");
    if (size > WIRE_MAX_OUTPUT) return r_data(PSA_ERROR_INSUFFICIENT_MEMORY, NULL, 0);
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = op ? psa_key_derivation_output_bytes(op, out, size) : PSA_ERROR_BAD_STATE;
    cbor_item_t *r = r_data(status, out, size);
    free(out);
    return r;
}

static cbor_item_t *f_psa_key_derivation_output_key(const args_t *a, const char **bad)
{
    psa_key_attributes_t attributes;
    if (arg_attributes(a, 0, &attributes) != 0) BAD("attributes must be {type, bits, usage, alg, lifetime, id}");
    OP_ARG(OP_KDF, psa_key_derivation_operation_t, op, 1);
    mbedtls_svc_key_id_t key = MBEDTLS_SVC_KEY_ID_INIT;
    psa_status_t status = op ? psa_key_derivation_output_key(&attributes, op, &key) : PSA_ERROR_BAD_STATE;
    return r_key(status, key);
}

static cbor_item_t *f_psa_key_derivation_abort(const args_t *a, const char **bad)
{
    OP_ARG(OP_KDF, psa_key_derivation_operation_t, op, 0);
    return r_status(op ? psa_key_derivation_abort(op) : PSA_SUCCESS);
}

const function_t kdf_functions[] = {
    {"psa_key_derivation_operation_init", f_psa_key_derivation_operation_init},
    {"psa_key_derivation_setup", f_psa_key_derivation_setup},
    {"psa_key_derivation_get_capacity", f_psa_key_derivation_get_capacity},
    {"psa_key_derivation_set_capacity", f_psa_key_derivation_set_capacity},
    {"psa_key_derivation_input_bytes", f_psa_key_derivation_input_bytes},
    {"psa_key_derivation_input_key", f_psa_key_derivation_input_key},
    {"psa_key_derivation_key_agreement", f_psa_key_derivation_key_agreement},
    {"psa_key_derivation_output_bytes", f_psa_key_derivation_output_bytes},
    {"psa_key_derivation_output_key", f_psa_key_derivation_output_key},
    {"psa_key_derivation_abort", f_psa_key_derivation_abort},
};
const size_t kdf_function_count = sizeof kdf_functions / sizeof kdf_functions[0];
