/* CBOR argument readers and result builders for the Mbed TLS shim (see wire.h). */
#include "wire.h"

#include <stdlib.h>
#include <string.h>

/* JavaScript numbers above 2^32 travel as float64 (cbor-x), 64-bit values as 8-byte integers:
 * an integer parameter accepts both (docs/psa-bridge-protocol.md §5.1). */
int arg_u64(const args_t *a, size_t i, uint64_t *out)
{
    if (i >= a->count) return -1;
    cbor_item_t *item = a->items[i];
    if (cbor_isa_uint(item)) {
        *out = cbor_get_int(item);
        return 0;
    }
    if (cbor_isa_float_ctrl(item) && cbor_float_get_width(item) != CBOR_FLOAT_0) {
        double d = cbor_float_get_float(item);
        if (d < 0 || d > 9007199254740991.0 || d != (double)(uint64_t)d) return -1;
        *out = (uint64_t)d;
        return 0;
    }
    return -1;
}

int arg_u32(const args_t *a, size_t i, uint32_t *out)
{
    uint64_t v;
    if (arg_u64(a, i, &v) != 0 || v > UINT32_MAX) return -1;
    *out = (uint32_t)v;
    return 0;
}

int arg_size(const args_t *a, size_t i, size_t *out)
{
    uint64_t v;
    if (arg_u64(a, i, &v) != 0 || v > SIZE_MAX) return -1;
    *out = (size_t)v;
    return 0;
}

int arg_bytes(const args_t *a, size_t i, const uint8_t **data, size_t *len)
{
    if (i >= a->count) return -1;
    cbor_item_t *item = a->items[i];
    if (!cbor_isa_bytestring(item) || !cbor_bytestring_is_definite(item)) return -1;
    *data = cbor_bytestring_handle(item);
    *len = cbor_bytestring_length(item);
    return 0;
}

cbor_item_t *map_get(const cbor_item_t *map, const char *key)
{
    if (map == NULL || !cbor_isa_map(map)) return NULL;
    struct cbor_pair *pairs = cbor_map_handle(map);
    size_t n = cbor_map_size(map), klen = strlen(key);
    for (size_t i = 0; i < n; i++) {
        cbor_item_t *k = pairs[i].key;
        if (cbor_isa_string(k) && cbor_string_is_definite(k) && cbor_string_length(k) == klen &&
            memcmp(cbor_string_handle(k), key, klen) == 0)
            return pairs[i].value;
    }
    return NULL;
}

const char *text_of(const cbor_item_t *item, char *buf, size_t size)
{
    if (item == NULL || !cbor_isa_string(item) || !cbor_string_is_definite(item)) return NULL;
    size_t n = cbor_string_length(item);
    if (n + 1 > size) return NULL;
    memcpy(buf, cbor_string_handle(item), n);
    buf[n] = '\0';
    return buf;
}

/* `psa_key_attributes_t` from {type, bits, usage, alg, lifetime, id} (targets/roles/psa-crypto/common.ts).
 * id and lifetime are stored as given, not through psa_set_key_id/psa_set_key_lifetime, which couple
 * them (a volatile lifetime clears the id): the suite must be able to present "volatile with an id"
 * and see the implementation reject it (PSA Crypto API 1.2 §9.4). */
int arg_attributes(const args_t *a, size_t i, psa_key_attributes_t *attributes)
{
    if (i >= a->count || !cbor_isa_map(a->items[i])) return -1;
    const char *names[] = {"type", "bits", "usage", "alg", "lifetime", "id"};
    uint64_t v[6];
    for (size_t k = 0; k < 6; k++) {
        cbor_item_t *item = map_get(a->items[i], names[k]);
        args_t one = {&item, item ? 1 : 0};
        if (arg_u64(&one, 0, &v[k]) != 0) return -1;
    }
    if (v[0] > 0xffff || v[2] > UINT32_MAX || v[3] > UINT32_MAX || v[4] > UINT32_MAX || v[5] > UINT32_MAX) return -1;
    *attributes = psa_key_attributes_init();
    psa_set_key_type(attributes, (psa_key_type_t)v[0]);
    psa_set_key_bits(attributes, (size_t)v[1]);
    psa_set_key_usage_flags(attributes, (psa_key_usage_t)v[2]);
    psa_set_key_algorithm(attributes, (psa_algorithm_t)v[3]);
    attributes->core.lifetime = (psa_key_lifetime_t)v[4];
    attributes->core.id = mbedtls_svc_key_id_make(0, (psa_key_id_t)v[5]);
    return 0;
}

cbor_item_t *build_int(int64_t v)
{
    if (v >= 0) return v <= UINT32_MAX ? cbor_build_uint32((uint32_t)v) : cbor_build_uint64((uint64_t)v);
    uint64_t n = (uint64_t)(-(v + 1));
    return n <= UINT32_MAX ? cbor_build_negint32((uint32_t)n) : cbor_build_negint64(n);
}

/* Sizes above 2^32 go out as float64, the way a JavaScript number travels (§5.1); SIZE_MAX (an
 * unlimited capacity) becomes 2^53 - 1, PSA_KEY_DERIVATION_UNLIMITED_CAPACITY on the TypeScript side. */
cbor_item_t *build_size(size_t v)
{
    if (v <= UINT32_MAX) return cbor_build_uint32((uint32_t)v);
    if (v >= 9007199254740991ULL) return cbor_build_float8(9007199254740991.0);
    return cbor_build_float8((double)v);
}

void map_put(cbor_item_t *map, const char *key, cbor_item_t *value)
{
    cbor_map_add(map, (struct cbor_pair){.key = cbor_move(cbor_build_string(key)), .value = cbor_move(value)});
}

cbor_item_t *r_status(psa_status_t status)
{
    return build_int(status);
}

cbor_item_t *build_bytes(const uint8_t *data, size_t len)
{
    /* An empty byte string without a zero-length allocation (cbor_build_bytestring mallocs len). */
    return len == 0 ? cbor_new_definite_bytestring() : cbor_build_bytestring(data, len);
}

cbor_item_t *r_data(psa_status_t status, const uint8_t *data, size_t len)
{
    cbor_item_t *map = cbor_new_definite_map(2);
    map_put(map, "status", build_int(status));
    map_put(map, "data", build_bytes(data, status == PSA_SUCCESS ? len : 0));
    return map;
}

cbor_item_t *r_key(psa_status_t status, mbedtls_svc_key_id_t key)
{
    cbor_item_t *map = cbor_new_definite_map(2);
    map_put(map, "status", build_int(status));
    map_put(map, "key", build_int(status == PSA_SUCCESS ? MBEDTLS_SVC_KEY_ID_GET_KEY_ID(key) : 0));
    return map;
}

cbor_item_t *build_attributes(const psa_key_attributes_t *attributes)
{
    cbor_item_t *map = cbor_new_definite_map(6);
    map_put(map, "type", build_int(psa_get_key_type(attributes)));
    map_put(map, "bits", build_size(psa_get_key_bits(attributes)));
    map_put(map, "usage", build_int(psa_get_key_usage_flags(attributes)));
    map_put(map, "alg", build_int(psa_get_key_algorithm(attributes)));
    map_put(map, "lifetime", build_int(psa_get_key_lifetime(attributes)));
    map_put(map, "id", build_int(MBEDTLS_SVC_KEY_ID_GET_KEY_ID(psa_get_key_id(attributes))));
    return map;
}

uint8_t *output_buffer(size_t size, size_t *capped)
{
    *capped = size > WIRE_MAX_OUTPUT ? WIRE_MAX_OUTPUT : size;
    return malloc(*capped ? *capped : 1);
}
