/* The dispatch table: every family's functions, looked up by the spec name the request carries. */
#include <string.h>

#include "functions.h"

static const struct {
    const function_t *list;
    const size_t *count;
} families[] = {
    {key_functions, &key_function_count},       {hash_functions, &hash_function_count},
    {mac_functions, &mac_function_count},       {cipher_functions, &cipher_function_count},
    {aead_functions, &aead_function_count},     {sign_functions, &sign_function_count},
    {kdf_functions, &kdf_function_count},
};

#define FAMILY_COUNT (sizeof families / sizeof families[0])

size_t crypto_function_total(void)
{
    size_t n = 0;
    for (size_t f = 0; f < FAMILY_COUNT; f++) n += *families[f].count;
    return n;
}

const function_t *crypto_function_at(size_t i)
{
    for (size_t f = 0; f < FAMILY_COUNT; f++) {
        if (i < *families[f].count) return &families[f].list[i];
        i -= *families[f].count;
    }
    return NULL;
}

const function_t *find_crypto_function(const char *name)
{
    for (size_t f = 0; f < FAMILY_COUNT; f++)
        for (size_t i = 0; i < *families[f].count; i++)
            if (strcmp(families[f].list[i].name, name) == 0) return &families[f].list[i];
    return NULL;
}
