/*
 * Library and key management functions (PSA Crypto API 1.2 §8.2, §9.1, §9.6, §10.10;
 * targets/roles/psa-crypto/key-management.ts), straight onto Mbed TLS 2.28.
 */
#include <stdlib.h>

#include "functions.h"

static cbor_item_t *f_psa_crypto_init(const args_t *a, const char **bad)
{
    (void)a;
    (void)bad;
    return r_status(psa_crypto_init());
}

static cbor_item_t *f_psa_generate_random(const args_t *a, const char **bad)
{
    size_t size, capped;
    if (arg_size(a, 0, &size) != 0) BAD("outputSize must be an unsigned integer");
    if (size > WIRE_MAX_OUTPUT) return r_data(PSA_ERROR_NOT_SUPPORTED, NULL, 0);
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = psa_generate_random(out, size);
    cbor_item_t *r = r_data(status, out, size);
    free(out);
    return r;
}

static cbor_item_t *f_psa_import_key(const args_t *a, const char **bad)
{
    psa_key_attributes_t attributes;
    const uint8_t *data;
    size_t len;
    if (arg_attributes(a, 0, &attributes) != 0) BAD("attributes must be {type, bits, usage, alg, lifetime, id}");
    if (arg_bytes(a, 1, &data, &len) != 0) BAD("data must be a byte string");
    mbedtls_svc_key_id_t key = MBEDTLS_SVC_KEY_ID_INIT;
    psa_status_t status = psa_import_key(&attributes, data, len, &key);
    return r_key(status, key);
}

static cbor_item_t *f_psa_generate_key(const args_t *a, const char **bad)
{
    psa_key_attributes_t attributes;
    if (arg_attributes(a, 0, &attributes) != 0) BAD("attributes must be {type, bits, usage, alg, lifetime, id}");
    mbedtls_svc_key_id_t key = MBEDTLS_SVC_KEY_ID_INIT;
    psa_status_t status = psa_generate_key(&attributes, &key);
    return r_key(status, key);
}

static cbor_item_t *f_psa_copy_key(const args_t *a, const char **bad)
{
    uint32_t source;
    psa_key_attributes_t attributes;
    if (arg_u32(a, 0, &source) != 0) BAD("sourceKey must be a key id");
    if (arg_attributes(a, 1, &attributes) != 0) BAD("attributes must be {type, bits, usage, alg, lifetime, id}");
    mbedtls_svc_key_id_t key = MBEDTLS_SVC_KEY_ID_INIT;
    psa_status_t status = psa_copy_key(mbedtls_svc_key_id_make(0, source), &attributes, &key);
    return r_key(status, key);
}

typedef psa_status_t (*export_fn)(mbedtls_svc_key_id_t, uint8_t *, size_t, size_t *);

static cbor_item_t *export_with(export_fn fn, const args_t *a, const char **bad)
{
    uint32_t key;
    size_t size, capped, length = 0;
    if (arg_u32(a, 0, &key) != 0) BAD("key must be a key id");
    if (arg_size(a, 1, &size) != 0) BAD("dataSize must be an unsigned integer");
    uint8_t *out = output_buffer(size, &capped);
    psa_status_t status = fn(mbedtls_svc_key_id_make(0, key), out, capped, &length);
    cbor_item_t *r = r_data(status, out, length);
    free(out);
    return r;
}

static cbor_item_t *f_psa_export_key(const args_t *a, const char **bad)
{
    return export_with(psa_export_key, a, bad);
}

static cbor_item_t *f_psa_export_public_key(const args_t *a, const char **bad)
{
    return export_with(psa_export_public_key, a, bad);
}

static cbor_item_t *f_psa_destroy_key(const args_t *a, const char **bad)
{
    uint32_t key;
    if (arg_u32(a, 0, &key) != 0) BAD("key must be a key id");
    return r_status(psa_destroy_key(mbedtls_svc_key_id_make(0, key)));
}

static cbor_item_t *f_psa_purge_key(const args_t *a, const char **bad)
{
    uint32_t key;
    if (arg_u32(a, 0, &key) != 0) BAD("key must be a key id");
    return r_status(psa_purge_key(mbedtls_svc_key_id_make(0, key)));
}

static cbor_item_t *f_psa_get_key_attributes(const args_t *a, const char **bad)
{
    uint32_t key;
    if (arg_u32(a, 0, &key) != 0) BAD("key must be a key id");
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_status_t status = psa_get_key_attributes(mbedtls_svc_key_id_make(0, key), &attributes);
    /* On failure the role returns a fresh attribute object (all zeros). */
    if (status != PSA_SUCCESS) attributes = psa_key_attributes_init();
    cbor_item_t *map = cbor_new_definite_map(2);
    map_put(map, "status", build_int(status));
    map_put(map, "attributes", build_attributes(&attributes));
    psa_reset_key_attributes(&attributes);
    return map;
}

const function_t key_functions[] = {
    {"psa_crypto_init", f_psa_crypto_init},
    {"psa_generate_random", f_psa_generate_random},
    {"psa_import_key", f_psa_import_key},
    {"psa_generate_key", f_psa_generate_key},
    {"psa_copy_key", f_psa_copy_key},
    {"psa_export_key", f_psa_export_key},
    {"psa_export_public_key", f_psa_export_public_key},
    {"psa_destroy_key", f_psa_destroy_key},
    {"psa_purge_key", f_psa_purge_key},
    {"psa_get_key_attributes", f_psa_get_key_attributes},
};
const size_t key_function_count = sizeof key_functions / sizeof key_functions[0];
