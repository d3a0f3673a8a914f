/* Small N-API helpers: reading option properties, throwing errors, OpenSSL reason strings. */
#include <stdlib.h>
#include <string.h>
#include <openssl/err.h>
#include "dtls.h"

napi_value throw_error(napi_env env, const char *message) {
  napi_throw_error(env, NULL, message);
  return NULL;
}

static int get_prop(napi_env env, napi_value obj, const char *name, napi_value *value) {
  bool has = false;
  if (napi_has_named_property(env, obj, name, &has) != napi_ok || !has) return 0;
  if (napi_get_named_property(env, obj, name, value) != napi_ok) return -1;
  napi_valuetype type;
  napi_typeof(env, *value, &type);
  return type == napi_undefined || type == napi_null ? 0 : 1;
}

int get_string_prop(napi_env env, napi_value obj, const char *name, char **out) {
  napi_value value;
  int found = get_prop(env, obj, name, &value);
  if (found <= 0) return found;
  size_t len = 0;
  if (napi_get_value_string_utf8(env, value, NULL, 0, &len) != napi_ok) return -1;
  *out = malloc(len + 1);
  if (*out == NULL) return -1;
  napi_get_value_string_utf8(env, value, *out, len + 1, &len);
  return 1;
}

int get_buffer_prop(napi_env env, napi_value obj, const char *name, void **data, size_t *len) {
  napi_value value;
  int found = get_prop(env, obj, name, &value);
  if (found <= 0) return found;
  bool is_buffer = false;
  napi_is_buffer(env, value, &is_buffer);
  if (!is_buffer) return -1;
  return napi_get_buffer_info(env, value, data, len) == napi_ok ? 1 : -1;
}

int get_bool_prop(napi_env env, napi_value obj, const char *name, int fallback) {
  napi_value value;
  if (get_prop(env, obj, name, &value) <= 0) return fallback;
  bool result = false;
  if (napi_get_value_bool(env, value, &result) != napi_ok) return fallback;
  return result ? 1 : 0;
}

/* Drains OpenSSL's error queue into "error:0A000095:SSL routines::digest check failed; ...". */
void openssl_error_string(char *buf, size_t len, const char *fallback) {
  unsigned long code;
  size_t used = 0;
  buf[0] = '\0';
  while ((code = ERR_get_error()) != 0 && used + 8 < len) {
    if (used > 0) {
      strncat(buf, "; ", len - used - 1);
      used += 2;
    }
    ERR_error_string_n(code, buf + used, len - used);
    used = strlen(buf);
  }
  if (used == 0) snprintf(buf, len, "%s", fallback);
}
