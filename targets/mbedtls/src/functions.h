/* The role functions the shim offers, by family, and the lookup the dispatcher uses. */
#ifndef TESTFEST_FUNCTIONS_H
#define TESTFEST_FUNCTIONS_H

#include "wire.h"

extern const function_t key_functions[];
extern const size_t key_function_count;
extern const function_t hash_functions[];
extern const size_t hash_function_count;
extern const function_t mac_functions[];
extern const size_t mac_function_count;
extern const function_t cipher_functions[];
extern const size_t cipher_function_count;
extern const function_t aead_functions[];
extern const size_t aead_function_count;
extern const function_t sign_functions[];
extern const size_t sign_function_count;
extern const function_t kdf_functions[];
extern const size_t kdf_function_count;

/* Every function, in family order (functions.c). */
size_t crypto_function_total(void);
const function_t *crypto_function_at(size_t i);

/* NULL when the shim has no such function: the caller answers `unknown-function`. */
const function_t *find_crypto_function(const char *name);

#endif
