/*
 * psa_sign_hash for randomized ECDSA (PSA Crypto API 1.2 §10.7, PSA_ALG_ECDSA / PSA_ALG_ECDSA_ANY):
 * EVP_PKEY_sign signs the caller's digest as is (FIPS 186-4 §6.4: the digest is truncated to the
 * group order's bit length by the signer), which node:crypto cannot do. Output is PSA's raw r || s,
 * each padded to the field size (§10.7.3 "signature format").
 *
 *   loadEcPrivateKey(pkcs8: Buffer) → handle (the EVP_PKEY, freed with the handle)
 *   ecdsaSignDigest(handle, digest: Buffer, fieldBytes: number) → Buffer r || s
 */
#include <stdint.h>
#include <string.h>
#include "psa-native.h"
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>

napi_value psa_native_fail(napi_env env, const char *what) {
  char message[256];
  unsigned long code = ERR_get_error();
  if (code != 0) {
    char reason[200];
    ERR_error_string_n(code, reason, sizeof reason);
    snprintf(message, sizeof message, "%s: %s", what, reason);
  } else {
    snprintf(message, sizeof message, "%s", what);
  }
  ERR_clear_error();
  napi_throw_error(env, NULL, message);
  return NULL;
}

static void free_key(napi_env env, void *data, void *hint) {
  EVP_PKEY_free((EVP_PKEY *)data);
}

static napi_value load_ec_private_key(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  void *der = NULL;
  size_t len = 0;
  bool is_buffer = false;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 1 || napi_is_buffer(env, argv[0], &is_buffer) != napi_ok || !is_buffer) return psa_native_fail(env, "loadEcPrivateKey: a PKCS#8 DER Buffer is required");
  napi_get_buffer_info(env, argv[0], &der, &len);
  const unsigned char *p = der;
  EVP_PKEY *key = d2i_AutoPrivateKey(NULL, &p, (long)len);
  if (key == NULL) return psa_native_fail(env, "loadEcPrivateKey: not a private key");
  if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC) {
    EVP_PKEY_free(key);
    return psa_native_fail(env, "loadEcPrivateKey: not an EC key");
  }
  napi_value handle;
  if (napi_create_external(env, key, free_key, NULL, &handle) != napi_ok) {
    EVP_PKEY_free(key);
    return psa_native_fail(env, "loadEcPrivateKey: out of memory");
  }
  return handle;
}

static napi_value ecdsa_sign_digest(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  void *key = NULL;
  void *digest = NULL;
  size_t digest_len = 0;
  uint32_t field = 0;
  bool is_buffer = false;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 3 || napi_get_value_external(env, argv[0], &key) != napi_ok || key == NULL) return psa_native_fail(env, "ecdsaSignDigest: a key handle is required");
  if (napi_is_buffer(env, argv[1], &is_buffer) != napi_ok || !is_buffer) return psa_native_fail(env, "ecdsaSignDigest: the digest must be a Buffer");
  napi_get_buffer_info(env, argv[1], &digest, &digest_len);
  if (napi_get_value_uint32(env, argv[2], &field) != napi_ok || field == 0 || field > 66) return psa_native_fail(env, "ecdsaSignDigest: field size 1..66 bytes");

  unsigned char der[160]; /* DER ECDSA-Sig-Value for P-521 is at most 139 bytes */
  size_t der_len = sizeof der;
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new((EVP_PKEY *)key, NULL);
  int ok = ctx != NULL && EVP_PKEY_sign_init(ctx) == 1 && EVP_PKEY_sign(ctx, der, &der_len, digest, digest_len) == 1;
  EVP_PKEY_CTX_free(ctx);
  if (!ok) return psa_native_fail(env, "ecdsaSignDigest: EVP_PKEY_sign failed");

  const unsigned char *p = der;
  ECDSA_SIG *sig = d2i_ECDSA_SIG(NULL, &p, (long)der_len);
  if (sig == NULL) return psa_native_fail(env, "ecdsaSignDigest: unparsable signature");
  const BIGNUM *r = NULL, *s = NULL;
  ECDSA_SIG_get0(sig, &r, &s);
  void *out = NULL;
  napi_value result;
  if (napi_create_buffer(env, 2 * (size_t)field, &out, &result) != napi_ok) {
    ECDSA_SIG_free(sig);
    return psa_native_fail(env, "ecdsaSignDigest: out of memory");
  }
  ok = BN_bn2binpad(r, out, (int)field) == (int)field && BN_bn2binpad(s, (unsigned char *)out + field, (int)field) == (int)field;
  ECDSA_SIG_free(sig);
  if (!ok) return psa_native_fail(env, "ecdsaSignDigest: r or s longer than the field");
  return result;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_value f;
  napi_create_function(env, "ccmKey", NAPI_AUTO_LENGTH, ccm_key, NULL, &f);
  napi_set_named_property(env, exports, "ccmKey", f);
  napi_create_function(env, "ccmEncrypt", NAPI_AUTO_LENGTH, ccm_encrypt, NULL, &f);
  napi_set_named_property(env, exports, "ccmEncrypt", f);
  napi_create_function(env, "loadEcPrivateKey", NAPI_AUTO_LENGTH, load_ec_private_key, NULL, &f);
  napi_set_named_property(env, exports, "loadEcPrivateKey", f);
  napi_create_function(env, "ecdsaSignDigest", NAPI_AUTO_LENGTH, ecdsa_sign_digest, NULL, &f);
  napi_set_named_property(env, exports, "ecdsaSignDigest", f);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
