/*
 * One DTLS 1.2 association with one peer (RFC 6347): an SSL over two memory BIOs. Every call
 * returns what happened as { out, data, connected, closed, error }: `out` is the records OpenSSL
 * wants sent (JS splits them into datagrams), `data` the application data received.
 */
#include <stdlib.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include "dtls.h"

#define READ_CHUNK 17408 /* 2^14 plaintext + slack (RFC 6347 §4.1) */

typedef struct {
  dtls_session *s;
  int freed;
} session_handle;

static void release(dtls_session *s, napi_env env) {
  if (s->ssl != NULL) SSL_free(s->ssl); /* frees both BIOs */
  s->ssl = NULL;
  if (s->psk_lookup != NULL) napi_delete_reference(env, s->psk_lookup);
  s->psk_lookup = NULL;
  OPENSSL_cleanse(s->psk_key, sizeof s->psk_key);
}

static void session_finalize(napi_env env, void *data, void *hint) {
  session_handle *h = data;
  if (!h->freed) release(h->s, env);
  free(h->s);
  free(h);
}

static dtls_session *unwrap(napi_env env, napi_callback_info info, size_t *argc, napi_value *argv) {
  napi_value args[3];
  size_t n = 3;
  napi_get_cb_info(env, info, &n, args, NULL, NULL);
  session_handle *h = NULL;
  if (n < 1 || napi_get_value_external(env, args[0], (void **)&h) != napi_ok || h == NULL) {
    throw_error(env, "DTLS session handle expected");
    return NULL;
  }
  if (h->freed) {
    throw_error(env, "DTLS session already freed");
    return NULL;
  }
  for (size_t i = 1; i < n && argv != NULL && i - 1 < *argc; i++) argv[i - 1] = args[i];
  if (argc != NULL) *argc = n - 1;
  h->s->env = env;
  return h->s;
}

/* Why the association failed, in OpenSSL's words (plus the X.509 verify result, if any). */
static void describe_failure(dtls_session *s, int ssl_error, char *buf, size_t len) {
  char reason[400];
  openssl_error_string(reason, sizeof reason, ssl_error == SSL_ERROR_SYSCALL ? "unexpected end of the association" : "handshake failed");
  long verify = SSL_get_verify_result(s->ssl);
  if (s->callback_error[0] != '\0')
    snprintf(buf, len, "PSK lookup threw: %.200s (%.400s)", s->callback_error, reason);
  else if (verify != X509_V_OK && strstr(reason, "certificate verify failed") != NULL)
    snprintf(buf, len, "%.400s: %.200s", reason, X509_verify_cert_error_string(verify));
  else
    snprintf(buf, len, "%s", reason);
}

/* Drives the handshake, then reads every record buffered; fills `data` and `error`. */
static void advance(dtls_session *s, napi_env env, napi_value data, char *error, size_t error_len) {
  if (!s->connected && !s->closed) {
    ERR_clear_error();
    int r = SSL_do_handshake(s->ssl);
    if (r == 1) {
      s->connected = 1;
    } else {
      int e = SSL_get_error(s->ssl, r);
      if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
        describe_failure(s, e, error, error_len);
        s->closed = 1;
        return;
      }
    }
  }
  uint32_t count = 0;
  static unsigned char chunk[READ_CHUNK];
  while (s->connected && !s->closed) {
    ERR_clear_error();
    int n = SSL_read(s->ssl, chunk, sizeof chunk);
    if (n > 0) {
      napi_value buffer;
      napi_create_buffer_copy(env, (size_t)n, chunk, NULL, &buffer);
      napi_set_element(env, data, count++, buffer);
      continue;
    }
    int e = SSL_get_error(s->ssl, n);
    if (e == SSL_ERROR_ZERO_RETURN) s->closed = 1; /* close_notify received (RFC 5246 §7.2.1) */
    else if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
      describe_failure(s, e, error, error_len);
      s->closed = 1;
    }
    break;
  }
}

/* { out: Buffer | null, data: Buffer[], connected, closed, error: string | null } */
static napi_value outcome(napi_env env, dtls_session *s, napi_value data, const char *error) {
  napi_value result, value;
  napi_create_object(env, &result);
  size_t pending = BIO_ctrl_pending(s->wbio);
  if (pending > 0) {
    void *bytes;
    napi_create_buffer(env, pending, &bytes, &value);
    BIO_read(s->wbio, bytes, (int)pending);
  } else {
    napi_get_null(env, &value);
  }
  napi_set_named_property(env, result, "out", value);
  if (data == NULL) napi_create_array(env, &data);
  napi_set_named_property(env, result, "data", data);
  napi_get_boolean(env, s->connected, &value);
  napi_set_named_property(env, result, "connected", value);
  napi_get_boolean(env, s->closed, &value);
  napi_set_named_property(env, result, "closed", value);
  if (error != NULL && error[0] != '\0') napi_create_string_utf8(env, error, NAPI_AUTO_LENGTH, &value);
  else napi_get_null(env, &value);
  napi_set_named_property(env, result, "error", value);
  return result;
}

/* RFC 6347 §4.2.4.1: initial timer (default 1 s), doubled on each expiry, at most 60 s. */
static unsigned int timer_cb(SSL *ssl, unsigned int timer_us) {
  dtls_session *s = SSL_get_app_data(ssl);
  unsigned int initial = s != NULL && s->initial_timer_us > 0 ? s->initial_timer_us : 1000000;
  if (timer_us == 0) return initial;
  return timer_us >= 30000000 ? 60000000 : timer_us * 2;
}

/* createSession(context, { cookie?, pskLookup?, pskIdentity?, pskKey?, host?, sni?, mtu? }) */
napi_value session_create(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value args[2];
  napi_get_cb_info(env, info, &argc, args, NULL, NULL);
  dtls_context *c = NULL;
  if (argc < 2 || napi_get_value_external(env, args[0], (void **)&c) != napi_ok || c == NULL)
    return throw_error(env, "createSession(context, options) expected");
  napi_value opts = args[1];
  dtls_session *s = calloc(1, sizeof *s);
  s->env = env;
  void *bytes;
  size_t len;
  char *text = NULL;
  const char *failure = NULL;
  if (get_buffer_prop(env, opts, "cookie", &bytes, &len) == 1) {
    if (len == 0 || len > COOKIE_MAX) failure = "cookie must be 1..64 bytes";
    else memcpy(s->cookie, bytes, s->cookie_len = (unsigned int)len);
  }
  if (!failure && get_string_prop(env, opts, "pskIdentity", &text) == 1) {
    if (strlen(text) > PSK_IDENTITY_MAX) failure = "PSK identity longer than 128 bytes";
    else snprintf(s->psk_identity, sizeof s->psk_identity, "%s", text);
    free(text), text = NULL;
    if (!failure && (get_buffer_prop(env, opts, "pskKey", &bytes, &len) != 1 || len == 0 || len > PSK_KEY_MAX))
      failure = "PSK key must be a Buffer of 1..64 bytes";
    else if (!failure) memcpy(s->psk_key, bytes, s->psk_key_len = (unsigned int)len), s->has_psk = 1;
  }
  napi_value lookup;
  napi_valuetype type = napi_undefined;
  if (!failure && napi_get_named_property(env, opts, "pskLookup", &lookup) == napi_ok && napi_typeof(env, lookup, &type) == napi_ok && type == napi_function)
    napi_create_reference(env, lookup, 1, &s->psk_lookup);
  if (!failure) {
    ERR_clear_error();
    s->ssl = SSL_new(c->ctx);
    s->rbio = BIO_new(BIO_s_mem());
    s->wbio = BIO_new(BIO_s_mem());
    if (s->ssl == NULL || s->rbio == NULL || s->wbio == NULL) failure = "SSL_new failed";
  }
  if (!failure) {
    BIO_set_mem_eof_return(s->rbio, -1); /* empty means "want read", not EOF */
    SSL_set_bio(s->ssl, s->rbio, s->wbio);
    SSL_set_app_data(s->ssl, s);
    napi_value mtu;
    int32_t mtu_value = 1280;
    if (napi_get_named_property(env, opts, "mtu", &mtu) == napi_ok) napi_get_value_int32(env, mtu, &mtu_value);
    SSL_set_mtu(s->ssl, mtu_value); /* with SSL_OP_NO_QUERY_MTU (RFC 6347 §4.1.1.1) */
    napi_value initial;
    double initial_ms = 0;
    if (napi_get_named_property(env, opts, "initialTimeoutMs", &initial) == napi_ok && napi_get_value_double(env, initial, &initial_ms) == napi_ok && initial_ms >= 1)
      s->initial_timer_us = (unsigned int)(initial_ms * 1000);
    DTLS_set_timer_cb(s->ssl, timer_cb);
    if (c->server) {
      SSL_set_accept_state(s->ssl);
      if (s->cookie_len > 0) SSL_set_options(s->ssl, SSL_OP_COOKIE_EXCHANGE);
    } else {
      SSL_set_connect_state(s->ssl);
    }
    if (get_string_prop(env, opts, "host", &text) == 1) {
      SSL_set_hostflags(s->ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
      if (SSL_set1_host(s->ssl, text) != 1) failure = "SSL_set1_host failed";
      free(text), text = NULL;
    }
    if (get_string_prop(env, opts, "sni", &text) == 1) {
      SSL_set_tlsext_host_name(s->ssl, text); /* RFC 6066 §3: a DNS name, never an IP literal */
      free(text), text = NULL;
    }
  }
  if (failure) {
    if (s->ssl == NULL) BIO_free(s->rbio), BIO_free(s->wbio);
    release(s, env);
    free(s);
    return throw_error(env, failure);
  }
  session_handle *h = calloc(1, sizeof *h);
  h->s = s;
  napi_value external;
  napi_create_external(env, h, session_finalize, NULL, &external);
  return external;
}

/* feed(session, datagram): one received datagram in. */
napi_value session_feed(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1] = {NULL};
  dtls_session *s = unwrap(env, info, &argc, argv);
  if (s == NULL) return NULL;
  void *bytes;
  size_t len;
  if (argc < 1 || napi_get_buffer_info(env, argv[0], &bytes, &len) != napi_ok) return throw_error(env, "feed(session, Buffer) expected");
  napi_value data;
  napi_create_array(env, &data);
  char error[800] = "";
  if (!s->closed) {
    BIO_write(s->rbio, bytes, (int)len);
    advance(s, env, data, error, sizeof error);
    (void)BIO_reset(s->rbio); /* whatever OpenSSL left of this datagram is not part of the next */
  }
  return outcome(env, s, data, error);
}

/* handshake(session): start (client: ClientHello) or continue the handshake. */
napi_value session_handshake(napi_env env, napi_callback_info info) {
  dtls_session *s = unwrap(env, info, NULL, NULL);
  if (s == NULL) return NULL;
  napi_value data;
  napi_create_array(env, &data);
  char error[800] = "";
  advance(s, env, data, error, sizeof error);
  return outcome(env, s, data, error);
}

/* write(session, plaintext): one application-data record. */
napi_value session_write(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1] = {NULL};
  dtls_session *s = unwrap(env, info, &argc, argv);
  if (s == NULL) return NULL;
  void *bytes;
  size_t len;
  if (argc < 1 || napi_get_buffer_info(env, argv[0], &bytes, &len) != napi_ok) return throw_error(env, "write(session, Buffer) expected");
  if (!s->connected || s->closed) return throw_error(env, "DTLS association is not established");
  ERR_clear_error();
  int n = SSL_write(s->ssl, bytes, (int)len);
  char error[800] = "";
  if (n <= 0) describe_failure(s, SSL_get_error(s->ssl, n), error, sizeof error);
  return outcome(env, s, NULL, error);
}

/* timeout(session): ms until the retransmission timer fires (RFC 6347 §4.2.4), or -1 if none. */
napi_value session_timeout(napi_env env, napi_callback_info info) {
  dtls_session *s = unwrap(env, info, NULL, NULL);
  if (s == NULL) return NULL;
  struct timeval tv;
  double ms = -1;
  if (!s->closed && DTLSv1_get_timeout(s->ssl, &tv) == 1) ms = tv.tv_sec * 1000.0 + tv.tv_usec / 1000.0;
  napi_value result;
  napi_create_double(env, ms, &result);
  return result;
}

/* handleTimeout(session): the timer expired, retransmit the last flight (RFC 6347 §4.2.4). */
napi_value session_handle_timeout(napi_env env, napi_callback_info info) {
  dtls_session *s = unwrap(env, info, NULL, NULL);
  if (s == NULL) return NULL;
  char error[800] = "";
  if (!s->closed) {
    ERR_clear_error();
    if (DTLSv1_handle_timeout(s->ssl) < 0) {
      describe_failure(s, SSL_ERROR_SSL, error, sizeof error);
      s->closed = 1;
    }
  }
  return outcome(env, s, NULL, error);
}

/* shutdown(session): send close_notify (RFC 5246 §7.2.1). */
napi_value session_shutdown(napi_env env, napi_callback_info info) {
  dtls_session *s = unwrap(env, info, NULL, NULL);
  if (s == NULL) return NULL;
  if (s->connected) {
    ERR_clear_error();
    SSL_shutdown(s->ssl);
    ERR_clear_error();
  }
  s->closed = 1;
  return outcome(env, s, NULL, NULL);
}

static void set_string(napi_env env, napi_value obj, const char *name, const char *value) {
  napi_value v;
  if (value == NULL) return;
  napi_create_string_utf8(env, value, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, obj, name, v);
}

/* info(session): { cipher, version, pskIdentity, pskHint, peerSubject, peerCommonName, peerCertificate (DER) } */
napi_value session_info(napi_env env, napi_callback_info info) {
  dtls_session *s = unwrap(env, info, NULL, NULL);
  if (s == NULL) return NULL;
  napi_value result;
  napi_create_object(env, &result);
  if (!s->connected) return result;
  set_string(env, result, "cipher", SSL_get_cipher_name(s->ssl));
  set_string(env, result, "version", SSL_get_version(s->ssl));
  set_string(env, result, "pskIdentity", SSL_is_server(s->ssl) ? SSL_get_psk_identity(s->ssl) : (s->has_psk ? s->psk_identity : NULL));
  if (!SSL_is_server(s->ssl) && s->has_psk) set_string(env, result, "pskHint", s->psk_hint);
  X509 *peer = SSL_get1_peer_certificate(s->ssl);
  if (peer != NULL) {
    X509_NAME *name = X509_get_subject_name(peer);
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253);
    char subject[1024] = "";
    int n = BIO_read(bio, subject, sizeof subject - 1);
    subject[n > 0 ? n : 0] = '\0';
    BIO_free(bio);
    set_string(env, result, "peerSubject", subject);
    char cn[256];
    if (X509_NAME_get_text_by_NID(name, NID_commonName, cn, sizeof cn) > 0) set_string(env, result, "peerCommonName", cn);
    /* The DER bytes, so JS can compare the certificate exactly (RFC 6698 §2.1.1 usages 1/3). */
    int der_len = i2d_X509(peer, NULL);
    void *der;
    napi_value buffer;
    if (der_len > 0 && napi_create_buffer(env, (size_t)der_len, &der, &buffer) == napi_ok) {
      unsigned char *p = der;
      i2d_X509(peer, &p);
      napi_set_named_property(env, result, "peerCertificate", buffer);
    }
    X509_free(peer);
  }
  return result;
}

/* state(session): OpenSSL's handshake state, e.g. "SSLv3/TLS write finished". */
napi_value session_state(napi_env env, napi_callback_info info) {
  dtls_session *s = unwrap(env, info, NULL, NULL);
  if (s == NULL) return NULL;
  napi_value result;
  napi_create_string_utf8(env, SSL_state_string_long(s->ssl), NAPI_AUTO_LENGTH, &result);
  return result;
}

/* free(session): release the SSL now (the finalizer would, later). */
napi_value session_free(napi_env env, napi_callback_info info) {
  napi_value args[1];
  size_t n = 1;
  napi_get_cb_info(env, info, &n, args, NULL, NULL);
  session_handle *h = NULL;
  if (n < 1 || napi_get_value_external(env, args[0], (void **)&h) != napi_ok || h == NULL) return throw_error(env, "DTLS session handle expected");
  if (!h->freed) release(h->s, env);
  h->freed = 1;
  return NULL;
}
