{
  # ECDSA over a precomputed digest (EVP_PKEY_sign) and AES-CCM with a per-key cipher context, on the
  # OpenSSL inside the node binary: node:crypto only offers hash-and-sign (EVP_DigestSign), which
  # psa_sign_hash cannot use, and rebuilds the AES key schedule per call. No library is linked;
  # the symbols resolve from node itself, headers come from node's include dir (openssl/).
  "targets": [
    {
      "target_name": "testfest_psa_native",
      "sources": ["src/ecdsa.c", "src/ccm.c"],
      "cflags": ["-Wall", "-Wextra", "-Wno-unused-parameter"],
      "defines": ["NAPI_VERSION=8", "OPENSSL_API_COMPAT=30000"]
    }
  ]
}
