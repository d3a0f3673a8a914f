{
  # A small N-API addon over the OpenSSL inside the node binary: no library is linked, the SSL_*
  # and DTLS* symbols resolve from node itself; headers come from node's include dir (openssl/).
  "targets": [
    {
      "target_name": "testfest_dtls",
      "sources": ["src/addon.c", "src/context.c", "src/session.c", "src/napi-util.c"],
      "cflags": ["-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-deprecated-declarations"],
      "defines": ["NAPI_VERSION=8", "OPENSSL_API_COMPAT=30000"]
    }
  ]
}
