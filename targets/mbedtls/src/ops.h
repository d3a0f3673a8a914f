/*
 * Multipart operation objects behind handles (targets/roles/psa-crypto/common.ts `PsaOperation`):
 * `psa_<family>_operation_init()` allocates a zero-initialised object (the spec's
 * PSA_<FAMILY>_OPERATION_INIT) and returns its handle; handles live until the session closes.
 * No AEAD table: libmbedcrypto 2.28 declares but does not export multipart AEAD (psa.md §5).
 */
#ifndef TESTFEST_OPS_H
#define TESTFEST_OPS_H

#include <stdint.h>

typedef enum { OP_HASH, OP_MAC, OP_CIPHER, OP_KDF, OP_FAMILIES } op_family_t;

/* A new inactive operation of the family; 0 when out of memory. */
uint32_t ops_new(op_family_t family);
/* The operation object behind a handle, or NULL for a handle this session never issued. */
void *ops_get(op_family_t family, uint64_t handle);
/* Aborts and frees every operation (session end). */
void ops_reset(void);

#endif
