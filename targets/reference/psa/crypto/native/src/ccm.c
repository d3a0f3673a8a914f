/*
 * AES-CCM one-shot encryption (PSA Crypto API 1.2 §10.5 psa_aead_encrypt with PSA_ALG_CCM; RFC 3610)
 * on a cipher context that keeps its AES key schedule between calls, as an embedded PSA
 * implementation keeps it per key: node:crypto builds a new context (cipher fetch, key expansion)
 * for every createCipheriv, which is most of the cost of a 1 KiB message (bench/psa-ops).
 *
 *   ccmKey(key: Buffer) → handle (an EVP_CIPHER_CTX with the key set, freed with the handle)
 *   ccmEncrypt(handle, nonce: Buffer, ad: Buffer, plaintext: Buffer, tagLength: number) → ciphertext || tag
 *
 * OpenSSL's CCM takes the lengths first (RFC 3610 §2.2: B0 encodes the message length), then AD,
 * then the data; an empty data buffer must still be a non-NULL pointer or no tag is computed.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include "psa-native.h"


/* OpenSSL fixes CCM's tag length M and length-field size L when the key is set (CRYPTO_ccm128_init),
 * so the context is re-keyed only when a call asks for another nonce or tag length than the last. */
typedef struct {
  EVP_CIPHER_CTX *ctx;
  const EVP_CIPHER *cipher;
  unsigned char key[32];
  size_t key_len;
  size_t nonce_len, tag_len; /* what the key was last set for; 0 = not yet */
} ccm_key_t;

static void free_ctx(napi_env env, void *data, void *hint) {
  ccm_key_t *k = data;
  EVP_CIPHER_CTX_free(k->ctx);
  OPENSSL_cleanse(k->key, sizeof k->key);
  OPENSSL_free(k);
}

static int get_buffer(napi_env env, napi_value value, void **data, size_t *len) {
  bool is_buffer = false;
  if (napi_is_buffer(env, value, &is_buffer) != napi_ok || !is_buffer) return 0;
  return napi_get_buffer_info(env, value, data, len) == napi_ok;
}

napi_value ccm_key(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  void *key = NULL;
  size_t key_len = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 1 || !get_buffer(env, argv[0], &key, &key_len)) return psa_native_fail(env, "ccmKey: the key must be a Buffer");
  const EVP_CIPHER *cipher = key_len == 16 ? EVP_aes_128_ccm() : key_len == 24 ? EVP_aes_192_ccm() : key_len == 32 ? EVP_aes_256_ccm() : NULL;
  if (cipher == NULL) return psa_native_fail(env, "ccmKey: AES keys are 16, 24 or 32 bytes");
  ccm_key_t *k = OPENSSL_zalloc(sizeof *k);
  if (k == NULL) return psa_native_fail(env, "ccmKey: out of memory");
  k->ctx = EVP_CIPHER_CTX_new();
  k->cipher = cipher;
  memcpy(k->key, key, key_len);
  k->key_len = key_len;
  if (k->ctx == NULL || EVP_EncryptInit_ex(k->ctx, cipher, NULL, NULL, NULL) != 1) {
    free_ctx(env, k, NULL);
    return psa_native_fail(env, "ccmKey: cipher set-up failed");
  }
  napi_value handle;
  if (napi_create_external(env, k, free_ctx, NULL, &handle) != napi_ok) {
    free_ctx(env, k, NULL);
    return psa_native_fail(env, "ccmKey: out of memory");
  }
  return handle;
}

napi_value ccm_encrypt(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  void *handle = NULL, *nonce = NULL, *ad = NULL, *pt = NULL;
  size_t nonce_len = 0, ad_len = 0, pt_len = 0;
  uint32_t tag_len = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 5 || napi_get_value_external(env, argv[0], &handle) != napi_ok || handle == NULL) return psa_native_fail(env, "ccmEncrypt: a key handle is required");
  if (!get_buffer(env, argv[1], &nonce, &nonce_len) || !get_buffer(env, argv[2], &ad, &ad_len) || !get_buffer(env, argv[3], &pt, &pt_len))
    return psa_native_fail(env, "ccmEncrypt: nonce, additional data and plaintext must be Buffers");
  if (napi_get_value_uint32(env, argv[4], &tag_len) != napi_ok || tag_len < 4 || tag_len > 16 || (tag_len & 1)) return psa_native_fail(env, "ccmEncrypt: tag length 4..16, even");
  if (nonce_len < 7 || nonce_len > 13) return psa_native_fail(env, "ccmEncrypt: nonce length 7..13");
  if (pt_len > INT32_MAX || ad_len > INT32_MAX) return psa_native_fail(env, "ccmEncrypt: input too long");

  ccm_key_t *k = handle;
  EVP_CIPHER_CTX *ctx = k->ctx;
  int rekey = k->nonce_len != nonce_len || k->tag_len != tag_len;
  void *out = NULL;
  napi_value result;
  if (napi_create_buffer(env, pt_len + tag_len, &out, &result) != napi_ok) return psa_native_fail(env, "ccmEncrypt: out of memory");
  static const unsigned char none[1] = {0};
  unsigned char *o = out;
  int n = 0;
  const char *step = NULL;
  /* Re-keying starts from a fresh cipher state, as the first call does. */
  if (rekey && EVP_EncryptInit_ex(ctx, k->cipher, NULL, NULL, NULL) != 1) step = "reset the cipher";
  else if (rekey && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)nonce_len, NULL) != 1) step = "set the nonce length";
  else if (rekey && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, (int)tag_len, NULL) != 1) step = "set the tag length";
  else if (EVP_EncryptInit_ex(ctx, NULL, NULL, rekey ? k->key : NULL, nonce) != 1) step = "set the nonce";
  else if (EVP_EncryptUpdate(ctx, NULL, &n, NULL, (int)pt_len) != 1) step = "set the message length";
  else if (ad_len != 0 && EVP_EncryptUpdate(ctx, NULL, &n, ad, (int)ad_len) != 1) step = "authenticate the additional data";
  else if (EVP_EncryptUpdate(ctx, pt_len ? o : (unsigned char *)none, &n, pt_len ? pt : none, (int)pt_len) != 1) step = "encrypt";
  else if (EVP_EncryptFinal_ex(ctx, o + pt_len, &n) != 1) step = "finish";
  else if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, (int)tag_len, o + pt_len) != 1) step = "read the tag";
  if (step != NULL) {
    k->nonce_len = k->tag_len = 0; /* a failed call leaves the context unknown: re-key next time */
    char what[96];
    snprintf(what, sizeof what, "ccmEncrypt: could not %s", step);
    return psa_native_fail(env, what);
  }
  k->nonce_len = nonce_len;
  k->tag_len = tag_len;
  return result;
}
