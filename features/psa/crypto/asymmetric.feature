@requires:role=psa-crypto
Feature: PSA Crypto asymmetric signature and encryption (psa-arch-tests c039–c042, c052, c053)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c039 … c042, c052 and c053
  (test_cNNN.c, test_data.h), run ids 239–242, 252, 253, against PSA Crypto API 1.2 §10.7
  "Asymmetric signature" and §10.8 "Asymmetric encryption". Vectors: psa-arch-tests rsa_128_key_pair
  (RSA-1024) with signature_1/2/4 and ciphertext_7/8/9, ec_keypair (P-256) with signature_6
  (test_crypto_common.c; what each one is was checked by recovering its padding, see
  steps/psa/vectors.ts); RFC 8032 §7.1, §7.3 and §7.4 for Ed25519, Ed25519ph and Ed448. Randomised
  schemes (ECDSA, RSA-PSS, OAEP and PKCS#1 v1.5 encryption) are checked by the matching verify or
  decrypt. Keys are imported with SIGN_HASH / VERIFY_HASH where psa-arch-tests does, which imply the
  MESSAGE usages (§9.5.4).

  @psa-c041 @run-241 @psa-crypto-1.0
  Scenario Outline: psa_sign_hash: Asymmetric APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_sign_hash(<key>, <alg>, <hash>, <size>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output is <expected signature>

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_SIGN_RAW
    Examples: ARCH_TEST_RSA_1024, ARCH_TEST_RSA_PKCS1V15_SIGN_RAW
      | description                                    | data             | type                      | usage     | policy                        | key | alg                           | hash         | size | expected status  | expected signature |
      | Test psa_sign_hash - RSA KEY_PAIR PKCS1V15 RAW | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | key | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | sha_256_hash | 128  | SUCCESS          | signature_1        |
      | Test psa_sign_hash - Small output buffer       | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | key | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | sha_256_hash | 127  | BUFFER_TOO_SMALL | -                  |
      | Test psa_sign_hash - Invalid usage             | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | VERIFY_HASH | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | key | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | sha_256_hash | 128 | NOT_PERMITTED  | -                  |
      | Test psa_sign_hash - Invalid key identifier    | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | PSA_KEY_ID_NULL | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | sha_256_hash | 128 | INVALID_HANDLE | - |

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_SIGN @requires:alg=SHA_256
    Examples: ARCH_TEST_RSA_1024, ARCH_TEST_RSA_PKCS1V15_SIGN, ARCH_TEST_SHA256
      | description                                        | data             | type                      | usage     | policy                                       | key | alg                                          | hash            | size | expected status  | expected signature |
      | Test psa_sign_hash - RSA KEY_PAIR PKCS1V15 SHA-256 | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | sha_256_hash    | 128  | SUCCESS          | signature_2        |
      | Test psa_sign_hash - RSA PKCS1V15 with an ANY_HASH policy | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | sha_256_hash | 128 | SUCCESS     | signature_2        |
      | Test psa_sign_hash - Wrong hash size               | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | sha_256_hash:31 | 128  | INVALID_ARGUMENT | -                  |
      | Test psa_sign_hash - Invalid key type (RSA public key) | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | sha_256_hash    | 128  | INVALID_ARGUMENT | -                  |
      | Test psa_sign_hash - Wildcard algorithm in the call | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH)  | sha_256_hash    | 128  | one of INVALID_ARGUMENT, NOT_PERMITTED | - |

    @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:alg=DETERMINISTIC_ECDSA @requires:alg=SHA_256
    Examples: ARCH_TEST_ECC_CURVE_SECP256R1, ARCH_TEST_DETERMINISTIC_ECDSA
      | description                                               | data       | type                                              | usage     | policy                                       | key | alg                                          | hash         | size | expected status  | expected signature |
      | Test psa_sign_hash - ECDSA SECP256R1 SHA-256 (deterministic) | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | SIGN_HASH | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | key | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | sha_256_hash | 64   | SUCCESS          | signature_6        |
      | Test psa_sign_hash - ECDSA small output buffer            | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | SIGN_HASH | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | key | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | sha_256_hash | 63   | BUFFER_TOO_SMALL | -                  |
      | Test psa_sign_hash - EC key with an RSA algorithm          | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN_RAW                | key | PSA_ALG_RSA_PKCS1V15_SIGN_RAW                | sha_256_hash | 64   | INVALID_ARGUMENT | -                  |

    @requires:key=AES:128 @requires:alg=RSA_PKCS1V15_SIGN_RAW
    Examples: ARCH_TEST_AES_128
      | description                            | data        | type             | usage     | policy                        | key | alg                           | hash         | size | expected status  | expected signature |
      | Test psa_sign_hash - Invalid key type (AES Key) | key_data:16 | PSA_KEY_TYPE_AES | SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | key | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | sha_256_hash | 128 | INVALID_ARGUMENT | - |

    @requires:key=ECC_KEY_PAIR(TWISTED_EDWARDS):255 @requires:alg=ED25519PH
    Examples: ARCH_TEST_ED25519PH (RFC 8032 §7.3; the hash is SHA-512("abc"))
      | description                      | data                   | type                                                      | usage     | policy            | key | alg               | hash       | size | expected status | expected signature    |
      | Test psa_sign_hash - Ed25519ph   | ed25519ph_rfc8032_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS) | SIGN_HASH | PSA_ALG_ED25519PH | key | PSA_ALG_ED25519PH | sha512_abc | 64   | SUCCESS         | ed25519ph_rfc8032_sig |

    @requires:key=ECC_KEY_PAIR(TWISTED_EDWARDS):255 @requires:alg=PURE_EDDSA
    Examples: ARCH_TEST_ED25519 (pure EdDSA signs messages only)
      | description                               | data                 | type                                                      | usage     | policy             | key | alg                | hash         | size | expected status  | expected signature |
      | Test psa_sign_hash - pure EdDSA is not a hash-and-sign algorithm | ed25519_rfc8032_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS) | SIGN_HASH | PSA_ALG_PURE_EDDSA | key | PSA_ALG_PURE_EDDSA | sha_256_hash | 64 | INVALID_ARGUMENT | - |

  @psa-c041 @run-241 @psa-crypto-1.0 @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:alg=ECDSA @requires:alg=SHA_256
  Scenario: psa_sign_hash: Asymmetric APIs — Test psa_sign_hash - ECDSA SECP256R1 SHA-256 (randomised, checked by verification)
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from ec_keypair as PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), usage SIGN_HASH | VERIFY_HASH, alg PSA_ALG_ECDSA(PSA_ALG_SHA_256)
    When (checkpoint 3) psa_sign_hash(key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), sha_256_hash, 64) returns SUCCESS giving "signature"
    Then (checkpoint 4) the output length is 64
    And (checkpoint 5) psa_verify_hash(key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), sha_256_hash, signature) returns SUCCESS
    And (checkpoint 6) psa_verify_hash(key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), sha_256_incorrect_hash, signature) returns INVALID_SIGNATURE

  @psa-c042 @run-242 @psa-crypto-1.0
  Scenario Outline: psa_verify_hash: Asymmetric APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_verify_hash(<key>, <alg>, <hash>, <signature>) is called
    Then (checkpoint 3) the status is <expected status>

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_SIGN @requires:alg=SHA_256
    Examples: ARCH_TEST_RSA_1024, ARCH_TEST_RSA_PKCS1V15_SIGN
      | description                                            | data             | type                        | usage       | policy                                     | key | alg                                        | hash            | signature                   | expected status   |
      | Test psa_verify_hash - RSA KEY_PAIR PKCS1V15 SHA-256   | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | VERIFY_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | sha_256_hash    | signature_2                 | SUCCESS           |
      | Test psa_verify_hash - RSA PUBLIC_KEY PKCS1V15 SHA-256 | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | sha_256_hash    | signature_2                 | SUCCESS           |
      | Test psa_verify_hash - Invalid signature               | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | sha_256_hash    | signature_2[:127] + hex:a1  | INVALID_SIGNATURE |
      | Test psa_verify_hash - Invalid signature size          | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | sha_256_hash    | signature_2:127             | INVALID_SIGNATURE |
      | Test psa_verify_hash - Wrong hash                      | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | sha_256_incorrect_hash | signature_2          | INVALID_SIGNATURE |
      | Test psa_verify_hash - Wrong hash size                 | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | sha_256_hash:31 | signature_2                 | INVALID_ARGUMENT  |
      | Test psa_verify_hash - Invalid usage                   | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | SIGN_HASH   | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | sha_256_hash    | signature_2                 | NOT_PERMITTED     |

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_SIGN_RAW
    Examples: ARCH_TEST_RSA_PKCS1V15_SIGN_RAW
      | description                                     | data             | type                        | usage       | policy                        | key | alg                           | hash      | signature   | expected status |
      | Test psa_verify_hash - RSA PUBLIC_KEY PKCS1V15 RAW | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_HASH | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | key | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | hash_input | signature_4 | SUCCESS       |

    @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:alg=ECDSA @requires:alg=SHA_256
    Examples: ARCH_TEST_ECDSA, ARCH_TEST_ECC_CURVE_SECP256R1 (ECDSA verification accepts the deterministic signature)
      | description                                  | data       | type                                              | usage       | policy                         | key | alg                            | hash                   | signature   | expected status   |
      | Test psa_verify_hash - ECDSA KEY_PAIR SECP256R1 SHA-256 | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | VERIFY_HASH | PSA_ALG_ECDSA(PSA_ALG_SHA_256) | key | PSA_ALG_ECDSA(PSA_ALG_SHA_256) | sha_256_hash | signature_6 | SUCCESS   |
      | Test psa_verify_hash - ECDSA invalid signature | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | VERIFY_HASH | PSA_ALG_ECDSA(PSA_ALG_SHA_256) | key | PSA_ALG_ECDSA(PSA_ALG_SHA_256) | sha_256_incorrect_hash | signature_6 | INVALID_SIGNATURE |
      | Test psa_verify_hash - ECDSA signature of the wrong size | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | VERIFY_HASH | PSA_ALG_ECDSA(PSA_ALG_SHA_256) | key | PSA_ALG_ECDSA(PSA_ALG_SHA_256) | sha_256_hash | signature_6:63 | INVALID_SIGNATURE |

    @requires:key=ECC_KEY_PAIR(TWISTED_EDWARDS):255 @requires:alg=ED25519PH
    Examples: ARCH_TEST_ED25519PH (RFC 8032 §7.3)
      | description                     | data                  | type                                                        | usage       | policy            | key | alg               | hash       | signature             | expected status |
      | Test psa_verify_hash - Ed25519ph public key | ed25519ph_rfc8032_pub | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS) | VERIFY_HASH | PSA_ALG_ED25519PH | key | PSA_ALG_ED25519PH | sha512_abc | ed25519ph_rfc8032_sig | SUCCESS |

  @psa-c042 @run-242 @psa-crypto-1.0 @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PSS_ANY_SALT @requires:alg=RSA_PSS @requires:alg=SHA_256
  Scenario: psa_verify_hash: Asymmetric APIs — Test psa_verify_hash - RSA PSS and PSS-any-salt (randomised, sign then verify)
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "pss" is imported from rsa_128_key_pair as PSA_KEY_TYPE_RSA_KEY_PAIR, usage SIGN_HASH | VERIFY_HASH, alg PSA_ALG_RSA_PSS(PSA_ALG_SHA_256)
    And (checkpoint 3) the key "any_salt" is imported from rsa_128_key_data as PSA_KEY_TYPE_RSA_PUBLIC_KEY, usage VERIFY_HASH, alg PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256)
    When (checkpoint 4) psa_sign_hash(pss, PSA_ALG_RSA_PSS(PSA_ALG_SHA_256), sha_256_hash, 128) returns SUCCESS giving "signature"
    Then (checkpoint 5) psa_verify_hash(pss, PSA_ALG_RSA_PSS(PSA_ALG_SHA_256), sha_256_hash, signature) returns SUCCESS
    And (checkpoint 6) psa_verify_hash(any_salt, PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256), sha_256_hash, signature) returns SUCCESS
    And (checkpoint 7) psa_verify_hash(any_salt, PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256), sha_256_incorrect_hash, signature) returns INVALID_SIGNATURE
    And (checkpoint 8) psa_verify_hash(pss, PSA_ALG_RSA_PSS(PSA_ALG_SHA_256), sha_256_hash, signature_2) returns INVALID_SIGNATURE

  @psa-c052 @run-252 @psa-crypto-1.0
  Scenario Outline: psa_sign_message: Asymmetric APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_sign_message(<key>, <alg>, <input>, <size>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output is <expected signature>

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_SIGN @requires:alg=SHA_256
    Examples: ARCH_TEST_RSA_1024, ARCH_TEST_RSA_PKCS1V15_SIGN
      | description                                          | data             | type                        | usage        | policy                                       | key             | alg                                          | input      | size | expected status  | expected signature |
      | Test psa_sign_message - RSA KEY_PAIR PKCS1V15 SHA-256 | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | SIGN_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | key             | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | hash_input | 128  | SUCCESS          | signature_2        |
      | Test psa_sign_message - RSA KEY_PAIR PKCS1V15 RAW     | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | SIGN_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN_RAW                | key             | PSA_ALG_RSA_PKCS1V15_SIGN_RAW                | hash_input | 128  | INVALID_ARGUMENT | -                  |
      | Test psa_sign_message - Invalid key type (RSA public key) | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | SIGN_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key          | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | hash_input | 128  | INVALID_ARGUMENT | -                  |
      | Test psa_sign_message - Small output buffer           | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | SIGN_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | key             | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | hash_input | 127  | BUFFER_TOO_SMALL | -                  |
      | Test psa_sign_message - Invalid algorithm             | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | SIGN_MESSAGE | PSA_ALG_SHA_256                              | key             | PSA_ALG_SHA_256                              | hash_input | 128  | INVALID_ARGUMENT | -                  |
      | Test psa_sign_message - Invalid usage                 | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | ENCRYPT      | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | key             | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | hash_input | 128  | NOT_PERMITTED    | -                  |
      | Test psa_sign_message - Mismatch key type and Algorithm | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | SIGN_MESSAGE | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | key             | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | hash_input | 128  | INVALID_ARGUMENT | -                  |
      | Test psa_sign_message - Alg mismatch in key and API call | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | SIGN_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN_RAW              | key             | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | hash_input | 128  | NOT_PERMITTED    | -                  |
      | Test psa_sign_message - Zero as key identifier        | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | SIGN_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | PSA_KEY_ID_NULL | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)   | hash_input | 128  | INVALID_HANDLE   | -                  |

    @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:alg=DETERMINISTIC_ECDSA @requires:alg=SHA_256
    Examples: ARCH_TEST_DETERMINISTIC_ECDSA, ARCH_TEST_ECC_CURVE_SECP256R1
      | description                                   | data       | type                                              | usage        | policy                                       | key | alg                                          | input      | size | expected status | expected signature |
      | Test psa_sign_message - ECDSA SECP256R1 SHA-256 | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | SIGN_MESSAGE | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | key | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | hash_input | 64   | SUCCESS         | signature_6        |
      | Test psa_sign_message - ECDSA with an ANY_HASH policy | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | SIGN_MESSAGE | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_ANY_HASH) | key | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | hash_input | 64 | SUCCESS       | signature_6        |

    @requires:key=AES:128 @requires:alg=RSA_PKCS1V15_SIGN
    Examples: ARCH_TEST_AES_128
      | description                                 | data        | type             | usage        | policy                        | key | alg                           | input | size | expected status  | expected signature |
      | Test psa_sign_message - Invalid key type (AES Key) | key_data:16 | PSA_KEY_TYPE_AES | SIGN_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | key | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | empty | 128 | INVALID_ARGUMENT | - |

    @requires:key=ECC_KEY_PAIR(TWISTED_EDWARDS):255 @requires:alg=PURE_EDDSA
    Examples: ARCH_TEST_ED25519 (RFC 8032 §7.1 TEST 1)
      | description                         | data                 | type                                                      | usage        | policy             | key | alg                | input | size | expected status  | expected signature  |
      | Test psa_sign_message - EDDSA Ed25519 | ed25519_rfc8032_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS) | SIGN_MESSAGE | PSA_ALG_PURE_EDDSA | key | PSA_ALG_PURE_EDDSA | empty | 64 | SUCCESS          | ed25519_rfc8032_sig |
      | Test psa_sign_message - EDDSA small buffer | ed25519_rfc8032_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS) | SIGN_MESSAGE | PSA_ALG_PURE_EDDSA | key | PSA_ALG_PURE_EDDSA | empty | 63 | BUFFER_TOO_SMALL | -             |

    @requires:key=ECC_KEY_PAIR(TWISTED_EDWARDS):448 @requires:alg=PURE_EDDSA
    Examples: ARCH_TEST_ED448 (RFC 8032 §7.4 Blank)
      | description                         | data               | type                                                      | usage        | policy             | key | alg                | input | size | expected status | expected signature |
      | Test psa_sign_message - EDDSA Ed448 | ed448_rfc8032_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS) | SIGN_MESSAGE | PSA_ALG_PURE_EDDSA | key | PSA_ALG_PURE_EDDSA | empty | 114  | SUCCESS         | ed448_rfc8032_sig  |

    @requires:key=ECC_KEY_PAIR(TWISTED_EDWARDS):255 @requires:alg=ED25519PH
    Examples: ARCH_TEST_ED25519PH (RFC 8032 §7.3 TEST abc)
      | description                          | data                   | type                                                      | usage        | policy            | key | alg               | input | size | expected status | expected signature    |
      | Test psa_sign_message - Ed25519ph    | ed25519ph_rfc8032_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS) | SIGN_MESSAGE | PSA_ALG_ED25519PH | key | PSA_ALG_ED25519PH | abc   | 64   | SUCCESS         | ed25519ph_rfc8032_sig |

  @psa-c052 @run-252 @psa-crypto-1.0 @requires:key=ECC_KEY_PAIR(TWISTED_EDWARDS):448 @requires:alg=ED448PH
  Scenario: psa_sign_message: Asymmetric APIs — Test psa_sign_message - Ed448ph (sign then verify)
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from ed448_rfc8032_priv as PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS), usage SIGN_MESSAGE | VERIFY_MESSAGE, alg PSA_ALG_ED448PH
    When (checkpoint 3) psa_sign_message(key, PSA_ALG_ED448PH, abc, 114) returns SUCCESS giving "signature"
    Then (checkpoint 4) the output length is 114
    And (checkpoint 5) psa_verify_message(key, PSA_ALG_ED448PH, abc, signature) returns SUCCESS
    And (checkpoint 6) psa_verify_message(key, PSA_ALG_ED448PH, "abd", signature) returns INVALID_SIGNATURE

  @psa-c053 @run-253 @psa-crypto-1.0
  Scenario Outline: psa_verify_message: Asymmetric APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_verify_message(<key>, <alg>, <input>, <signature>) is called
    Then (checkpoint 3) the status is <expected status>

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_SIGN @requires:alg=SHA_256
    Examples: ARCH_TEST_RSA_1024, ARCH_TEST_RSA_PKCS1V15_SIGN
      | description                                             | data             | type                        | usage          | policy                                     | key | alg                                        | input      | signature                  | expected status   |
      | Test psa_verify_message - RSA KEY_PAIR PKCS1V15 SHA-256 | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | VERIFY_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | hash_input | signature_2                | SUCCESS           |
      | Test psa_verify_message - RSA PUBLIC_KEY PKCS1V15 SHA-256 | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | hash_input | signature_2            | SUCCESS           |
      | Test psa_verify_message - Invalid signature             | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | hash_input | signature_2[:127] + hex:a1 | INVALID_SIGNATURE |
      | Test psa_verify_message - Invalid signature size        | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | hash_input | signature_2:127            | INVALID_SIGNATURE |
      | Test psa_verify_message - Invalid usage                 | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | SIGN_MESSAGE   | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | hash_input | signature_2                | NOT_PERMITTED     |
      | Test psa_verify_message - SIGN_RAW takes no message     | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | VERIFY_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN_RAW              | key | PSA_ALG_RSA_PKCS1V15_SIGN_RAW              | hash_input | signature_4                | INVALID_ARGUMENT  |

    @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:alg=DETERMINISTIC_ECDSA @requires:alg=SHA_256
    Examples: ARCH_TEST_DETERMINISTIC_ECDSA
      | description                                    | data       | type                                              | usage          | policy                                       | key | alg                                          | input      | signature   | expected status   |
      | Test psa_verify_message - ECDSA SECP256R1 SHA-256 | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | VERIFY_MESSAGE | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | key | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | hash_input | signature_6 | SUCCESS           |
      | Test psa_verify_message - ECDSA wrong message   | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | VERIFY_MESSAGE | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | key | PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256) | hex:be     | signature_6 | INVALID_SIGNATURE |

    @requires:key=ECC_PUBLIC_KEY(TWISTED_EDWARDS):255 @requires:alg=PURE_EDDSA
    Examples: ARCH_TEST_ED25519 (public key only, RFC 8032 §7.1)
      | description                                  | data                | type                                                        | usage          | policy             | key | alg                | input    | signature           | expected status   |
      | Test psa_verify_message - EDDSA Ed25519 public key | ed25519_rfc8032_pub | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS) | VERIFY_MESSAGE | PSA_ALG_PURE_EDDSA | key | PSA_ALG_PURE_EDDSA | empty | ed25519_rfc8032_sig | SUCCESS |
      | Test psa_verify_message - EDDSA Ed25519 wrong message | ed25519_rfc8032_pub | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS) | VERIFY_MESSAGE | PSA_ALG_PURE_EDDSA | key | PSA_ALG_PURE_EDDSA | hex:00 | ed25519_rfc8032_sig | INVALID_SIGNATURE |

  @psa-c039 @run-239 @psa-crypto-1.0
  Scenario Outline: psa_asymmetric_encrypt: Asymmetric APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    And (checkpoint 3) the key "pair" is imported from rsa_128_key_pair as PSA_KEY_TYPE_RSA_KEY_PAIR, usage DECRYPT, alg <policy>
    When psa_asymmetric_encrypt(<key>, <alg>, plaintext:22, <salt>, <size>) is called giving "encrypted"
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) when the call succeeded, the output length is 128
    And (checkpoint 6) when the call succeeded, psa_asymmetric_decrypt(pair, <alg>, encrypted, <salt>, 128) returns SUCCESS
    And (checkpoint 7) when the call succeeded, the output is plaintext:22

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_CRYPT
    Examples: ARCH_TEST_RSA_1024, ARCH_TEST_RSA_PKCS1V15_CRYPT
      | description                                          | data             | type                        | usage   | policy                     | key             | alg                        | salt  | size | expected status  |
      | Test psa_asymmetric_encrypt - RSA PKCS1V15 Public key | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | ENCRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key             | PSA_ALG_RSA_PKCS1V15_CRYPT | empty | 128  | SUCCESS          |
      | Test psa_asymmetric_encrypt - RSA KEY_PAIR PKCS1V15  | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | ENCRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key             | PSA_ALG_RSA_PKCS1V15_CRYPT | empty | 128  | SUCCESS          |
      | Test psa_asymmetric_encrypt - RSA PKCS1V15 with a salt | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | ENCRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key           | PSA_ALG_RSA_PKCS1V15_CRYPT | salt  | 128  | INVALID_ARGUMENT |
      | Test psa_asymmetric_encrypt - Small output buffer    | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | ENCRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key             | PSA_ALG_RSA_PKCS1V15_CRYPT | empty | 127  | BUFFER_TOO_SMALL |
      | Test psa_asymmetric_encrypt - Invalid usage          | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | DECRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key             | PSA_ALG_RSA_PKCS1V15_CRYPT | empty | 128  | NOT_PERMITTED    |
      | Test psa_asymmetric_encrypt - Invalid algorithm       | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | ENCRYPT | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | key          | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | empty | 128 | INVALID_ARGUMENT |
      | Test psa_asymmetric_encrypt - Invalid key identifier | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | ENCRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | PSA_KEY_ID_NULL | PSA_ALG_RSA_PKCS1V15_CRYPT | empty | 128  | INVALID_HANDLE   |

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_OAEP @requires:alg=SHA_256
    Examples: ARCH_TEST_RSA_OAEP, ARCH_TEST_SHA256
      | description                                            | data             | type                        | usage   | policy                            | key | alg                               | salt  | size | expected status |
      | Test psa_asymmetric_encrypt - RSA OAEP SHA256          | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | ENCRYPT | PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256) | empty | 128  | SUCCESS         |
      | Test psa_asymmetric_encrypt - RSA OAEP SHA256 with label | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | ENCRYPT | PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256) | key | PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256) | salt | 128 | SUCCESS       |

    @requires:key=AES:128 @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_CRYPT
    Examples: ARCH_TEST_AES_128
      | description                                  | data        | type             | usage   | policy                     | key | alg                        | salt  | size | expected status  |
      | Test psa_asymmetric_encrypt - Invalid key type (AES) | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key | PSA_ALG_RSA_PKCS1V15_CRYPT | empty | 128 | INVALID_ARGUMENT |

  @psa-c040 @run-240 @psa-crypto-1.0
  Scenario Outline: psa_asymmetric_decrypt: Asymmetric APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <alg>
    When psa_asymmetric_decrypt(<key>, <alg>, <input>, <salt>, <size>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output is plaintext:22

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_CRYPT
    Examples: ARCH_TEST_RSA_1024, ARCH_TEST_RSA_PKCS1V15_CRYPT
      | description                                     | data             | type                        | usage   | alg                        | key             | input           | salt  | size | expected status                        |
      | Test psa_asymmetric_decrypt - RSA KEY_PAIR PKCS1V15 | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | DECRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key             | ciphertext_7    | empty | 128  | SUCCESS                                |
      | Test psa_asymmetric_decrypt - Invalid key type (RSA public key) | rsa_128_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | DECRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key | ciphertext_7 | empty | 128 | INVALID_ARGUMENT                  |
      | Test psa_asymmetric_decrypt - Invalid usage     | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | ENCRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key             | ciphertext_7    | empty | 128  | NOT_PERMITTED                          |
      | Test psa_asymmetric_decrypt - Small output buffer | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | DECRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key             | ciphertext_7    | empty | 21   | BUFFER_TOO_SMALL                       |
      | Test psa_asymmetric_decrypt - Corrupted ciphertext | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | DECRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key             | ciphertext_8    | empty | 128  | one of INVALID_PADDING, INVALID_ARGUMENT |
      | Test psa_asymmetric_decrypt - Invalid key identifier | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | DECRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | 0x40ffffff  | ciphertext_7    | empty | 128  | one of INVALID_HANDLE, DOES_NOT_EXIST  |

    @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_OAEP @requires:alg=SHA_256
    Examples: ARCH_TEST_RSA_OAEP, ARCH_TEST_SHA256
      | description                                        | data             | type                      | usage   | alg                               | key | input        | salt  | size | expected status                          |
      | Test psa_asymmetric_decrypt - RSA KEY_PAIR OAEP    | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | DECRYPT | PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256) | key | ciphertext_8 | empty | 128  | SUCCESS                                  |
      | Test psa_asymmetric_decrypt - RSA KEY_PAIR OAEP with label | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | DECRYPT | PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256) | key | ciphertext_9 | salt | 128 | SUCCESS                            |
      | Test psa_asymmetric_decrypt - RSA OAEP wrong label | rsa_128_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | DECRYPT | PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256) | key | ciphertext_9 | empty | 128  | one of INVALID_PADDING, INVALID_ARGUMENT |

    @requires:key=AES:128 @requires:key=RSA_KEY_PAIR:1024 @requires:alg=RSA_PKCS1V15_CRYPT
    Examples: ARCH_TEST_AES_128
      | description                                  | data        | type             | usage   | alg                        | key | input        | salt  | size | expected status  |
      | Test psa_asymmetric_decrypt - Invalid key type (AES) | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_RSA_PKCS1V15_CRYPT | key | ciphertext_7 | empty | 128 | INVALID_ARGUMENT |
