/* Module registration: the functions the TypeScript layer (../../native.ts) calls. */
#include "dtls.h"

#define EXPORT(name, fn)                                              \
  do {                                                                \
    napi_value f;                                                     \
    napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, NULL, &f);  \
    napi_set_named_property(env, exports, name, f);                   \
  } while (0)

static napi_value init(napi_env env, napi_value exports) {
  EXPORT("createContext", context_create);
  EXPORT("createSession", session_create);
  EXPORT("feed", session_feed);
  EXPORT("handshake", session_handshake);
  EXPORT("write", session_write);
  EXPORT("timeout", session_timeout);
  EXPORT("handleTimeout", session_handle_timeout);
  EXPORT("shutdown", session_shutdown);
  EXPORT("info", session_info);
  EXPORT("state", session_state);
  EXPORT("free", session_free);
  napi_value version;
  napi_create_string_utf8(env, OpenSSL_version(OPENSSL_VERSION), NAPI_AUTO_LENGTH, &version);
  napi_set_named_property(env, exports, "opensslVersion", version);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
