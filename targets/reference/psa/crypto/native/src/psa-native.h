/* The PSA native helper's C functions shared between its files (ecdsa.c registers them all). */
#ifndef TESTFEST_PSA_NATIVE_H
#define TESTFEST_PSA_NATIVE_H
#include <node_api.h>

/* Throws `what`, with OpenSSL's first queued reason appended; returns NULL for the caller to return. */
napi_value psa_native_fail(napi_env env, const char *what);
napi_value ccm_key(napi_env env, napi_callback_info info);
napi_value ccm_encrypt(napi_env env, napi_callback_info info);

#endif
