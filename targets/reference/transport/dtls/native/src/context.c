/*
 * One SSL_CTX per endpoint: DTLS 1.2 only (RFC 6347), the LwM2M cipher suites (TS-Transport
 * §5.2.8: TLS_PSK_WITH_AES_128_CCM_8, TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8), PSK callbacks
 * (RFC 4279), X.509 chain and trust anchors from PEM text, cookie callbacks (RFC 6347 §4.2.1),
 * and a pinned peer certificate (RFC 6698 §2.1.1 usages 1/3; LwM2M /0/x/4 with Certificate Usage
 * 1 or 3): the peer must present exactly that certificate, whoever issued it.
 */
#include <stdlib.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include "dtls.h"

/* RFC 4279 §5.1: the server looks the identity up; JS answers from the Security object. */
static unsigned int psk_server_cb(SSL *ssl, const char *identity, unsigned char *psk, unsigned int max_psk_len) {
  dtls_session *s = SSL_get_app_data(ssl);
  if (s == NULL || s->psk_lookup == NULL) return 0;
  napi_env env = s->env;
  napi_value fn, arg, global, result;
  if (napi_get_reference_value(env, s->psk_lookup, &fn) != napi_ok) return 0;
  napi_create_string_utf8(env, identity ? identity : "", NAPI_AUTO_LENGTH, &arg);
  napi_get_global(env, &global);
  if (napi_call_function(env, global, fn, 1, &arg, &result) != napi_ok) {
    napi_value exception, message;
    size_t len = 0;
    napi_get_and_clear_last_exception(env, &exception);
    if (napi_coerce_to_string(env, exception, &message) == napi_ok)
      napi_get_value_string_utf8(env, message, s->callback_error, sizeof s->callback_error, &len);
    return 0;
  }
  bool is_buffer = false;
  napi_is_buffer(env, result, &is_buffer);
  if (!is_buffer) return 0; /* unknown identity: OpenSSL answers unknown_psk_identity */
  void *data;
  size_t len;
  napi_get_buffer_info(env, result, &data, &len);
  if (len == 0 || len > max_psk_len) return 0;
  memcpy(psk, data, len);
  return (unsigned int)len;
}

/* RFC 4279 §5.2: the client answers with its configured identity and key, noting the hint. */
static unsigned int psk_client_cb(SSL *ssl, const char *hint, char *identity, unsigned int max_identity_len,
                                  unsigned char *psk, unsigned int max_psk_len) {
  dtls_session *s = SSL_get_app_data(ssl);
  if (s == NULL || !s->has_psk) return 0;
  snprintf(s->psk_hint, sizeof s->psk_hint, "%s", hint ? hint : "");
  size_t id_len = strlen(s->psk_identity);
  if (id_len > max_identity_len || s->psk_key_len > max_psk_len) return 0;
  memcpy(identity, s->psk_identity, id_len + 1);
  memcpy(psk, s->psk_key, s->psk_key_len);
  return s->psk_key_len;
}

/* RFC 6347 §4.2.1: the cookie is computed in JS (HMAC of the peer address) and stored per session. */
static int cookie_generate_cb(SSL *ssl, unsigned char *cookie, unsigned int *cookie_len) {
  dtls_session *s = SSL_get_app_data(ssl);
  if (s == NULL || s->cookie_len == 0) return 0;
  memcpy(cookie, s->cookie, s->cookie_len);
  *cookie_len = s->cookie_len;
  return 1;
}

static int cookie_verify_cb(SSL *ssl, const unsigned char *cookie, unsigned int cookie_len) {
  dtls_session *s = SSL_get_app_data(ssl);
  return s != NULL && s->cookie_len > 0 && cookie_len == s->cookie_len && CRYPTO_memcmp(cookie, s->cookie, cookie_len) == 0;
}

/* The pinned certificate of a context (SSL_CTX ex_data), freed with the context. */
static int pinned_index = -1;

static void pinned_free(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp) {
  X509_free(ptr);
}

/*
 * Verify callback under a pinned certificate: the end-entity certificate decides alone. It is
 * accepted when it is byte for byte the pinned one (X509_cmp compares the DER encodings) whatever
 * the chain and host-name checks said; anything else is refused as X509_V_ERR_CERT_REJECTED.
 * Errors above the leaf (issuer unknown, as for a CA-issued certificate without its CA) do not count.
 */
static int pinned_verify_cb(int preverify_ok, X509_STORE_CTX *store) {
  SSL *ssl = X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx());
  X509 *pinned = ssl == NULL ? NULL : SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), pinned_index);
  if (pinned == NULL) return preverify_ok;
  if (X509_STORE_CTX_get_error_depth(store) > 0) return 1;
  X509 *cert = X509_STORE_CTX_get_current_cert(store);
  if (cert != NULL && X509_cmp(cert, pinned) == 0) {
    X509_STORE_CTX_set_error(store, X509_V_OK);
    return 1;
  }
  X509_STORE_CTX_set_error(store, X509_V_ERR_CERT_REJECTED);
  return 0;
}

static const char *load_pinned(SSL_CTX *ctx, const char *pem) {
  if (pem == NULL) return NULL;
  if (pinned_index < 0) pinned_index = SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, pinned_free);
  BIO *bio = BIO_new_mem_buf(pem, -1);
  X509 *cert = PEM_read_bio_X509(bio, NULL, NULL, NULL);
  BIO_free(bio);
  if (cert == NULL || pinned_index < 0) {
    X509_free(cert);
    return "cannot load the pinned certificate (PEM)";
  }
  SSL_CTX_set_ex_data(ctx, pinned_index, cert);
  return NULL;
}

/* Certificate chain (leaf first), private key and trust anchors, all PEM text. */
static const char *load_pki(SSL_CTX *ctx, const char *cert, const char *key, const char *ca) {
  if (cert != NULL) {
    BIO *bio = BIO_new_mem_buf(cert, -1);
    X509 *leaf = PEM_read_bio_X509(bio, NULL, NULL, NULL);
    int ok = leaf != NULL && SSL_CTX_use_certificate(ctx, leaf) == 1;
    X509_free(leaf);
    X509 *extra;
    while (ok && (extra = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL)
      if (SSL_CTX_add_extra_chain_cert(ctx, extra) != 1) ok = 0; /* takes ownership */
    ERR_clear_error(); /* the loop ends on "no start line" */
    BIO_free(bio);
    if (!ok) return "cannot load the certificate (PEM)";
  }
  if (key != NULL) {
    BIO *bio = BIO_new_mem_buf(key, -1);
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
    int ok = pkey != NULL && SSL_CTX_use_PrivateKey(ctx, pkey) == 1;
    EVP_PKEY_free(pkey);
    BIO_free(bio);
    if (!ok) return "cannot load the private key (PEM)";
    if (SSL_CTX_check_private_key(ctx) != 1) return "the private key does not match the certificate";
  }
  if (ca != NULL) {
    X509_STORE *store = SSL_CTX_get_cert_store(ctx);
    BIO *bio = BIO_new_mem_buf(ca, -1);
    X509 *anchor;
    int count = 0;
    while ((anchor = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
      X509_STORE_add_cert(store, anchor);
      X509_free(anchor);
      count++;
    }
    ERR_clear_error();
    BIO_free(bio);
    if (count == 0) return "cannot load any CA certificate (PEM)";
  }
  return NULL;
}

static void context_finalize(napi_env env, void *data, void *hint) {
  dtls_context *c = data;
  SSL_CTX_free(c->ctx); /* sessions hold their own reference (SSL_new up-refs the SSL_CTX) */
  free(c);
}

/* createContext({ server, ciphers, pskHint?, cert?, key?, ca?, pinnedCert?, verifyPeer, requirePeerCert, securityLevel? }) */
napi_value context_create(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value opts;
  napi_get_cb_info(env, info, &argc, &opts, NULL, NULL);
  if (argc < 1) return throw_error(env, "createContext: options expected");
  int server = get_bool_prop(env, opts, "server", 0);
  char *ciphers = NULL, *hint = NULL, *cert = NULL, *key = NULL, *ca = NULL, *pinned = NULL;
  if (get_string_prop(env, opts, "ciphers", &ciphers) < 0 || get_string_prop(env, opts, "pskHint", &hint) < 0 ||
      get_string_prop(env, opts, "cert", &cert) < 0 || get_string_prop(env, opts, "key", &key) < 0 ||
      get_string_prop(env, opts, "ca", &ca) < 0 || get_string_prop(env, opts, "pinnedCert", &pinned) < 0) {
    free(ciphers), free(hint), free(cert), free(key), free(ca), free(pinned);
    return throw_error(env, "createContext: ciphers, pskHint, cert, key, ca and pinnedCert must be strings");
  }
  ERR_clear_error();
  SSL_CTX *ctx = SSL_CTX_new(server ? DTLS_server_method() : DTLS_client_method());
  const char *failure = NULL;
  char reason[512];
  if (ctx == NULL) failure = "SSL_CTX_new failed";
  if (!failure && (SSL_CTX_set_min_proto_version(ctx, DTLS1_2_VERSION) != 1 || SSL_CTX_set_max_proto_version(ctx, DTLS1_2_VERSION) != 1))
    failure = "cannot restrict the context to DTLS 1.2";
  if (!failure) {
    napi_value level;
    int32_t security_level = -1;
    if (napi_get_named_property(env, opts, "securityLevel", &level) == napi_ok && napi_get_value_int32(env, level, &security_level) == napi_ok && security_level >= 0)
      SSL_CTX_set_security_level(ctx, security_level);
  }
  if (!failure && SSL_CTX_set_cipher_list(ctx, ciphers ? ciphers : "PSK-AES128-CCM8:ECDHE-ECDSA-AES128-CCM8") != 1)
    failure = "no usable cipher suite in the list";
  if (!failure) failure = load_pki(ctx, cert, key, ca);
  if (!failure) failure = load_pinned(ctx, pinned);
  if (!failure) {
    SSL_CTX_set_options(ctx, SSL_OP_NO_QUERY_MTU | SSL_OP_NO_TICKET | SSL_OP_NO_RENEGOTIATION);
    SSL_CTX_set_read_ahead(ctx, 1);
    int verify = get_bool_prop(env, opts, "verifyPeer", 0) ? SSL_VERIFY_PEER : SSL_VERIFY_NONE;
    if (verify && get_bool_prop(env, opts, "requirePeerCert", 0)) verify |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    if (pinned != NULL) verify = SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    SSL_CTX_set_verify(ctx, verify, pinned != NULL ? pinned_verify_cb : NULL);
    if (server) {
      SSL_CTX_set_psk_server_callback(ctx, psk_server_cb);
      if (hint != NULL && hint[0] != '\0') SSL_CTX_use_psk_identity_hint(ctx, hint);
      SSL_CTX_set_cookie_generate_cb(ctx, cookie_generate_cb);
      SSL_CTX_set_cookie_verify_cb(ctx, cookie_verify_cb);
    } else {
      SSL_CTX_set_psk_client_callback(ctx, psk_client_cb);
    }
  }
  free(ciphers), free(hint), free(cert), free(key), free(ca), free(pinned);
  if (failure) {
    openssl_error_string(reason, sizeof reason, "");
    char message[800];
    snprintf(message, sizeof message, "DTLS context: %s%s%s", failure, reason[0] ? ": " : "", reason);
    SSL_CTX_free(ctx);
    return throw_error(env, message);
  }
  dtls_context *c = calloc(1, sizeof *c);
  c->ctx = ctx;
  c->server = server;
  napi_value external;
  napi_create_external(env, c, context_finalize, NULL, &external);
  return external;
}
