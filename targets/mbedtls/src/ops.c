/* Operation handle tables, one per multipart family (see ops.h). */
#include "ops.h"

#include <psa/crypto.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    void **slots;
    uint32_t count;
    uint32_t capacity;
} table_t;

static table_t tables[OP_FAMILIES];

static size_t size_of(op_family_t family)
{
    switch (family) {
    case OP_HASH: return sizeof(psa_hash_operation_t);
    case OP_MAC: return sizeof(psa_mac_operation_t);
    case OP_CIPHER: return sizeof(psa_cipher_operation_t);
    default: return sizeof(psa_key_derivation_operation_t);
    }
}

/* Every PSA_*_OPERATION_INIT of Mbed TLS 2.28 is all-zero except the key derivation one. */
static void init_object(op_family_t family, void *object)
{
    memset(object, 0, size_of(family));
    if (family == OP_KDF) *(psa_key_derivation_operation_t *)object = psa_key_derivation_operation_init();
    else if (family == OP_HASH) *(psa_hash_operation_t *)object = psa_hash_operation_init();
    else if (family == OP_MAC) *(psa_mac_operation_t *)object = psa_mac_operation_init();
    else if (family == OP_CIPHER) *(psa_cipher_operation_t *)object = psa_cipher_operation_init();
}

uint32_t ops_new(op_family_t family)
{
    table_t *t = &tables[family];
    if (t->count == t->capacity) {
        uint32_t capacity = t->capacity ? t->capacity * 2 : 64;
        void **slots = realloc(t->slots, capacity * sizeof *slots);
        if (slots == NULL) return 0;
        t->slots = slots;
        t->capacity = capacity;
    }
    void *object = malloc(size_of(family));
    if (object == NULL) return 0;
    init_object(family, object);
    t->slots[t->count++] = object;
    return t->count; /* handle = index + 1 */
}

void *ops_get(op_family_t family, uint64_t handle)
{
    table_t *t = &tables[family];
    return handle >= 1 && handle <= t->count ? t->slots[handle - 1] : NULL;
}

static void abort_object(op_family_t family, void *object)
{
    switch (family) {
    case OP_HASH: psa_hash_abort(object); break;
    case OP_MAC: psa_mac_abort(object); break;
    case OP_CIPHER: psa_cipher_abort(object); break;
    default: psa_key_derivation_abort(object); break;
    }
}

void ops_reset(void)
{
    for (int f = 0; f < OP_FAMILIES; f++) {
        table_t *t = &tables[f];
        for (uint32_t i = 0; i < t->count; i++) {
            abort_object((op_family_t)f, t->slots[i]);
            free(t->slots[i]);
        }
        free(t->slots);
        memset(t, 0, sizeof *t);
    }
}
