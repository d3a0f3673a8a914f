/*
 * The bridge protocol's CBOR values as seen by the Mbed TLS shim (docs/psa-bridge-protocol.md §5):
 * reading a request's positional arguments and building results in the shapes of the TypeScript role
 * interfaces (targets/roles/psa-crypto/ family files), e.g. {status, data} or {status, key}.
 */
#ifndef TESTFEST_WIRE_H
#define TESTFEST_WIRE_H

#include <cbor.h>
#include <psa/crypto.h>
#include <stddef.h>
#include <stdint.h>

/* The positional arguments of one request ("args"). */
typedef struct {
    cbor_item_t **items;
    size_t count;
} args_t;

/* A role function: returns its result, or NULL with *bad set to why the arguments are unusable. */
typedef cbor_item_t *(*handler_t)(const args_t *args, const char **bad);

typedef struct {
    const char *name;
    handler_t handler;
} function_t;

/* Largest output buffer a call may ask for: a bigger `*_size` is served with this many bytes. */
#define WIRE_MAX_OUTPUT (1024 * 1024)

/* Argument readers: 0 on success, -1 when argument i is missing or of the wrong type. */
int arg_u64(const args_t *a, size_t i, uint64_t *out);
int arg_u32(const args_t *a, size_t i, uint32_t *out);
int arg_size(const args_t *a, size_t i, size_t *out);
int arg_bytes(const args_t *a, size_t i, const uint8_t **data, size_t *len);
int arg_attributes(const args_t *a, size_t i, psa_key_attributes_t *attributes);

/* Map lookups for protocol messages (text keys). */
cbor_item_t *map_get(const cbor_item_t *map, const char *key);
const char *text_of(const cbor_item_t *item, char *buf, size_t size);

/* Result builders. */
cbor_item_t *build_int(int64_t v);
cbor_item_t *build_size(size_t v);
cbor_item_t *build_bytes(const uint8_t *data, size_t len);
void map_put(cbor_item_t *map, const char *key, cbor_item_t *value);
cbor_item_t *r_status(psa_status_t status);
cbor_item_t *r_data(psa_status_t status, const uint8_t *data, size_t len);
cbor_item_t *r_key(psa_status_t status, mbedtls_svc_key_id_t key);
cbor_item_t *build_attributes(const psa_key_attributes_t *attributes);

/* An output buffer of the caller's size (capped at WIRE_MAX_OUTPUT); never NULL unless out of memory. */
uint8_t *output_buffer(size_t size, size_t *capped);

#define BAD(msg) do { *bad = (msg); return NULL; } while (0)

/* Argument i as an operation handle of a family: `op` is NULL for a handle the session never issued,
 * which behaves as an inactive operation (PSA_ERROR_BAD_STATE on use), as in the reference simulator. */
#define OP_ARG(family, type, op, i)                                              \
    uint64_t op##_handle;                                                        \
    if (arg_u64(a, (i), &op##_handle) != 0) BAD("operation must be a handle");   \
    type *op = ops_get((family), op##_handle)

#endif
