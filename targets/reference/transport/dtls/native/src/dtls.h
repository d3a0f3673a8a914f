/*
 * Shared declarations of the DTLS 1.2 addon (RFC 6347) over the OpenSSL that node carries.
 * JS owns the UDP socket: datagrams go in through a read memory BIO, records come out of a write
 * memory BIO and JS sends them. One SSL_CTX per endpoint (context.c), one SSL per peer (session.c).
 */
#ifndef TESTFEST_DTLS_H
#define TESTFEST_DTLS_H

#include <node_api.h>
#include <openssl/ssl.h>

#define COOKIE_MAX 64
#define PSK_KEY_MAX 64          /* LwM2M Security /0/x/5: up to 64 bytes */
#define PSK_IDENTITY_MAX 128    /* LwM2M Security /0/x/3: up to 128 bytes */

typedef struct {
  SSL_CTX *ctx;
  int server;
} dtls_context;

typedef struct {
  SSL *ssl;
  BIO *rbio, *wbio;
  napi_env env;            /* valid during a call from JS: callbacks run inside it */
  napi_ref psk_lookup;     /* server: (identity: string) => Buffer | undefined */
  unsigned char cookie[COOKIE_MAX];
  unsigned int cookie_len;
  char psk_identity[PSK_IDENTITY_MAX + 1];
  unsigned char psk_key[PSK_KEY_MAX];
  unsigned int psk_key_len;
  int has_psk;
  char psk_hint[PSK_IDENTITY_MAX + 1]; /* client: the hint the server sent (RFC 4279 §2) */
  char callback_error[256];            /* a JS callback that threw */
  unsigned int initial_timer_us;       /* RFC 6347 §4.2.4.1: 1 s unless scaled */
  int connected;
  int closed;
} dtls_session;

/* napi-util.c */
napi_value throw_error(napi_env env, const char *message);
int get_string_prop(napi_env env, napi_value obj, const char *name, char **out); /* 1 present, 0 absent, -1 error; *out malloc'd */
int get_buffer_prop(napi_env env, napi_value obj, const char *name, void **data, size_t *len);
int get_bool_prop(napi_env env, napi_value obj, const char *name, int fallback);
void openssl_error_string(char *buf, size_t len, const char *fallback);

/* context.c */
napi_value context_create(napi_env env, napi_callback_info info);

/* session.c */
napi_value session_create(napi_env env, napi_callback_info info);
napi_value session_feed(napi_env env, napi_callback_info info);
napi_value session_handshake(napi_env env, napi_callback_info info);
napi_value session_write(napi_env env, napi_callback_info info);
napi_value session_timeout(napi_env env, napi_callback_info info);
napi_value session_handle_timeout(napi_env env, napi_callback_info info);
napi_value session_shutdown(napi_env env, napi_callback_info info);
napi_value session_info(napi_env env, napi_callback_info info);
napi_value session_state(napi_env env, napi_callback_info info);
napi_value session_free(napi_env env, napi_callback_info info);

#endif
