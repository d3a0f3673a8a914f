@requires:role=psa-crypto @requires:api=psa_aead_encrypt_setup @requires:api=psa_aead_decrypt_setup @requires:api=psa_aead_abort
Feature: PSA Crypto multipart AEAD (psa-arch-tests c054–c063)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c054 … c063 (test_cNNN.c,
  test_data.h), run ids 254–263, against PSA Crypto API 1.2 §10.5.5 "Multi-part AEAD operations" and
  its state rules (psa-api doc/crypto/overview/functionality.rst). Vectors as in aead.feature:
  psa-arch-tests key_data, nonce, additional_data, plaintext, aead_ciphertext_N; RFC 8439 §2.8.2;
  draft-irtf-cfrg-xchacha-03 A.3.1. CCM declares its lengths before the nonce (§10.5
  psa_aead_set_lengths); `aead_ciphertext_2[24:]` is the tag after 24 ciphertext bytes. Multipart
  AEAD is optional for a target (Mbed TLS 2.28 has only single-part AEAD): every scenario needs the
  multipart functions it calls as `api=…` capabilities, so a target without them is Not Applicable.

  @psa-c054 @run-254 @psa-crypto-1.0 @requires:api=psa_aead_encrypt_setup
  Scenario Outline: psa_aead_encrypt_setup: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_aead_encrypt_setup(operation, <key>, <alg>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM, ARCH_TEST_AES_128
      | description                                  | data        | type             | usage   | policy                                          | key             | alg                                             | expected status                        |
      | Test psa_aead_encrypt_setup - CCM            | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                     | key             | PSA_ALG_CCM                                     | SUCCESS                                |
      | Test psa_aead_encrypt_setup - CCM - Tag length = 4 | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) | key | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) | SUCCESS                                |
      | Test psa_aead_encrypt_setup - Unsupported algorithm | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CFB                                  | key             | PSA_ALG_CFB                                     | one of NOT_SUPPORTED, INVALID_ARGUMENT |
      | Test psa_aead_encrypt_setup - Invalid usage flag | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                    | key             | PSA_ALG_CCM                                     | NOT_PERMITTED                          |
      | Test psa_aead_encrypt_setup - invalid key identifier | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                | PSA_KEY_ID_NULL | PSA_ALG_CCM                                     | INVALID_HANDLE                         |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                  | data        | type             | usage   | policy      | key | alg         | expected status |
      | Test psa_aead_encrypt_setup - GCM | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_GCM | key | PSA_ALG_GCM | SUCCESS  |

    @requires:key=DES:192 @requires:alg=CCM
    Examples: ARCH_TEST_DES_3KEY
      | description                               | data        | type             | usage   | policy      | key | alg         | expected status                        |
      | Test psa_aead_encrypt_setup - DES key     | key_data:24 | PSA_KEY_TYPE_DES | ENCRYPT | PSA_ALG_CCM | key | PSA_ALG_CCM | one of NOT_SUPPORTED, INVALID_ARGUMENT |

  @psa-c054 @run-254 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=CCM @requires:api=psa_aead_encrypt_setup
  Scenario: psa_aead_encrypt_setup: AEAD APIs — Test psa_aead_encrypt_setup - destroyed key and active operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg PSA_ALG_CCM
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, PSA_ALG_CCM) returns SUCCESS
    Then (checkpoint 4) psa_aead_encrypt_setup(operation, key, PSA_ALG_CCM) returns BAD_STATE
    And (checkpoint 5) psa_aead_abort(operation) returns SUCCESS
    And (checkpoint 6) psa_destroy_key(key) returns SUCCESS
    And (checkpoint 7) psa_aead_encrypt_setup(operation, key, PSA_ALG_CCM) returns INVALID_HANDLE
    And (checkpoint 8) psa_aead_abort(operation) returns SUCCESS

  @psa-c055 @run-255 @psa-crypto-1.0 @requires:api=psa_aead_decrypt_setup
  Scenario Outline: psa_aead_decrypt_setup: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_aead_decrypt_setup(operation, <key>, <alg>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM, ARCH_TEST_AES_128
      | description                                  | data        | type             | usage   | policy                                          | key             | alg                                             | expected status                        |
      | Test psa_aead_decrypt_setup - CCM            | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key             | PSA_ALG_CCM                                     | SUCCESS                                |
      | Test psa_aead_decrypt_setup - CCM - Tag length = 4 | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) | key | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) | SUCCESS                                |
      | Test psa_aead_decrypt_setup - Unsupported algorithm | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CFB                                  | key             | PSA_ALG_CFB                                     | one of NOT_SUPPORTED, INVALID_ARGUMENT |
      | Test psa_aead_decrypt_setup - Invalid usage flag | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                    | key             | PSA_ALG_CCM                                     | NOT_PERMITTED                          |
      | Test psa_aead_decrypt_setup - invalid key identifier | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                | PSA_KEY_ID_NULL | PSA_ALG_CCM                                     | INVALID_HANDLE                         |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                  | data        | type             | usage   | policy      | key | alg         | expected status |
      | Test psa_aead_decrypt_setup - GCM | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_GCM | key | PSA_ALG_GCM | SUCCESS  |

  @psa-c056 @run-256 @psa-crypto-1.0 @requires:api=psa_aead_generate_nonce @requires:api=psa_aead_set_lengths
  Scenario Outline: psa_aead_generate_nonce: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg <alg>
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_aead_set_lengths(operation, 32, 24) returns SUCCESS
    When psa_aead_generate_nonce(operation, <nonce size>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) when the call succeeded, the output length is <nonce length>
    And (checkpoint 7) when the call succeeded, psa_aead_generate_nonce(operation, <nonce size>) returns BAD_STATE
    And (checkpoint 8) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM
      | description                                        | alg         | nonce size | expected status  | nonce length |
      | Test psa_aead_generate_nonce - CCM                 | PSA_ALG_CCM | 13         | SUCCESS          | 13           |
      | Test psa_aead_generate_nonce - CCM - large buffer  | PSA_ALG_CCM | 32         | SUCCESS          | 13           |
      | Test psa_aead_generate_nonce - Small buffer size   | PSA_ALG_CCM | 12         | BUFFER_TOO_SMALL | -            |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                        | alg         | nonce size | expected status | nonce length |
      | Test psa_aead_generate_nonce - GCM | PSA_ALG_GCM | 12         | SUCCESS         | 12           |

  @psa-c056 @run-256 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=GCM @requires:api=psa_aead_generate_nonce @requires:api=psa_aead_set_lengths
  Scenario: psa_aead_generate_nonce: AEAD APIs — Test psa_aead_generate_nonce - aborted and decrypt operations
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT | DECRYPT, alg PSA_ALG_GCM
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, PSA_ALG_GCM) returns SUCCESS
    And (checkpoint 4) psa_aead_abort(operation) returns SUCCESS
    Then (checkpoint 5) psa_aead_generate_nonce(operation, 12) returns BAD_STATE
    And (checkpoint 6) psa_aead_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_aead_decrypt_setup(operation, key, PSA_ALG_GCM) returns SUCCESS
    And (checkpoint 8) psa_aead_generate_nonce(operation, 12) returns BAD_STATE
    And (checkpoint 9) psa_aead_abort(operation) returns SUCCESS

  @psa-c057 @run-257 @psa-crypto-1.0 @requires:api=psa_aead_set_nonce @requires:api=psa_aead_set_lengths
  Scenario Outline: psa_aead_set_nonce: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg <alg>
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_aead_set_lengths(operation, 32, 24) returns SUCCESS
    When psa_aead_set_nonce(operation, <nonce>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) when the call succeeded, psa_aead_set_nonce(operation, <nonce>) returns BAD_STATE
    And (checkpoint 7) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM (nonces of 7 to 13 bytes)
      | description                                  | alg         | nonce            | expected status  |
      | Test psa_aead_set_nonce - CCM                | PSA_ALG_CCM | nonce            | SUCCESS          |
      | Test psa_aead_set_nonce - CCM - 7 byte nonce | PSA_ALG_CCM | nonce:7          | SUCCESS          |
      | Test psa_aead_set_nonce - Small nonce size   | PSA_ALG_CCM | nonce:6          | INVALID_ARGUMENT |
      | Test psa_aead_set_nonce - Large nonce size   | PSA_ALG_CCM | nonce + hex:00   | INVALID_ARGUMENT |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                   | alg         | nonce    | expected status  |
      | Test psa_aead_set_nonce - GCM | PSA_ALG_GCM | nonce:12 | SUCCESS          |
      | Test psa_aead_set_nonce - GCM - empty nonce | PSA_ALG_GCM | empty | INVALID_ARGUMENT |

  @psa-c057 @run-257 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=GCM @requires:api=psa_aead_set_nonce @requires:api=psa_aead_set_lengths
  Scenario: psa_aead_set_nonce: AEAD APIs — Test psa_aead_set_nonce - aborted operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg PSA_ALG_GCM
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, PSA_ALG_GCM) returns SUCCESS
    And (checkpoint 4) psa_aead_abort(operation) returns SUCCESS
    Then (checkpoint 5) psa_aead_set_nonce(operation, nonce:12) returns BAD_STATE
    And (checkpoint 6) psa_aead_abort(operation) returns SUCCESS

  @psa-c058 @run-258 @psa-crypto-1.0 @requires:api=psa_aead_set_lengths
  Scenario Outline: psa_aead_set_lengths: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg <alg>
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, <alg>) returns SUCCESS
    When psa_aead_set_lengths(operation, <ad length>, <plaintext length>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM
      | description                                   | alg         | ad length | plaintext length | expected status  |
      | Test psa_aead_set_lengths - CCM               | PSA_ALG_CCM | 32        | 24               | SUCCESS          |
      | Test psa_aead_set_lengths - CCM - Zero ad_length | PSA_ALG_CCM | 0      | 24               | SUCCESS          |
      | Test psa_aead_set_lengths - CCM - Zero plaintext_length | PSA_ALG_CCM | 32 | 0             | SUCCESS          |
      | Test psa_aead_set_lengths - CCM - Invalid (huge) ad_length | PSA_ALG_CCM | 0xffffffff | 24 | INVALID_ARGUMENT |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                                       | alg         | ad length | plaintext length | expected status  |
      | Test psa_aead_set_lengths - GCM                   | PSA_ALG_GCM | 12        | 24               | SUCCESS          |
      | Test psa_aead_set_lengths - GCM - Invalid (huge) plaintext_length | PSA_ALG_GCM | 12 | 0x10000000000 | INVALID_ARGUMENT |

  @psa-c058 @run-258 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=CCM @requires:api=psa_aead_set_lengths
  Scenario: psa_aead_set_lengths: AEAD APIs — Test psa_aead_set_lengths after the nonce, twice, and after abort
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg PSA_ALG_CCM
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, PSA_ALG_CCM) returns SUCCESS
    And (checkpoint 4) psa_aead_set_lengths(operation, 32, 24) returns SUCCESS
    Then (checkpoint 5) psa_aead_set_lengths(operation, 32, 24) returns BAD_STATE
    And (checkpoint 6) psa_aead_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_aead_set_lengths(operation, 32, 24) returns BAD_STATE
    And (checkpoint 8) psa_aead_abort(operation) returns SUCCESS
    And (checkpoint 9) psa_aead_encrypt_setup(operation, key, PSA_ALG_CCM) returns SUCCESS
    And (checkpoint 10) psa_aead_set_nonce(operation, nonce) returns BAD_STATE
    And (checkpoint 11) psa_aead_abort(operation) returns SUCCESS

  @psa-c059 @run-259 @psa-crypto-1.0 @requires:api=psa_aead_update_ad
  Scenario Outline: psa_aead_update_ad: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg <alg>
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_aead_set_lengths(operation, <ad length>, 24) returns SUCCESS
    And (checkpoint 5) psa_aead_set_nonce(operation, <nonce>) returns SUCCESS
    When psa_aead_update_ad(operation, <ad>) is called
    Then (checkpoint 6) the status is <expected status>
    And (checkpoint 7) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM
      | description                                       | alg         | ad length | nonce | ad                | expected status  |
      | Test psa_aead_update_ad - CCM                     | PSA_ALG_CCM | 32        | nonce | additional_data   | SUCCESS          |
      | Test psa_aead_update_ad - CCM - more AD than declared | PSA_ALG_CCM | 8     | nonce | additional_data:9 | INVALID_ARGUMENT |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                                       | alg         | ad length | nonce    | ad                 | expected status  |
      | Test psa_aead_update_ad - GCM                     | PSA_ALG_GCM | 12        | nonce:12 | additional_data:12 | SUCCESS          |
      | Test psa_aead_update_ad - GCM - more AD than declared | PSA_ALG_GCM | 12    | nonce:12 | additional_data    | INVALID_ARGUMENT |

  @psa-c059 @run-259 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=CCM @requires:api=psa_aead_update_ad
  Scenario: psa_aead_update_ad: AEAD APIs — Test psa_aead_update_ad - in fragments, after update, and inactive
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg PSA_ALG_CCM
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, PSA_ALG_CCM) returns SUCCESS
    And (checkpoint 4) psa_aead_set_lengths(operation, 32, 24) returns SUCCESS
    And (checkpoint 5) psa_aead_set_nonce(operation, nonce) returns SUCCESS
    When (checkpoint 6) psa_aead_update_ad(operation, additional_data[:10]) returns SUCCESS
    And (checkpoint 7) psa_aead_update_ad(operation, additional_data[10:]) returns SUCCESS
    And (checkpoint 8) psa_aead_update(operation, plaintext, 64) returns SUCCESS
    Then (checkpoint 9) psa_aead_update_ad(operation, additional_data:1) returns BAD_STATE
    And (checkpoint 10) psa_aead_abort(operation) returns SUCCESS
    And (checkpoint 11) psa_aead_update_ad(operation, additional_data) returns BAD_STATE
    And (checkpoint 12) psa_aead_abort(operation) returns SUCCESS

  @psa-c060 @run-260 @psa-crypto-1.0 @requires:api=psa_aead_update
  Scenario Outline: psa_aead_update: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg <alg>
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_aead_set_lengths(operation, <ad length>, <plaintext length>) returns SUCCESS
    And (checkpoint 5) psa_aead_set_nonce(operation, <nonce>) returns SUCCESS
    And (checkpoint 6) psa_aead_update_ad(operation, <ad>) returns SUCCESS
    When psa_aead_update(operation, <input>, 64) is called
    Then (checkpoint 7) the status is <expected status>
    And (checkpoint 8) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM
      | description                                         | alg         | ad length | plaintext length | nonce | ad              | input        | expected status  |
      | Test psa_aead_update - CCM                          | PSA_ALG_CCM | 32        | 24               | nonce | additional_data | plaintext    | SUCCESS          |
      | Test psa_aead_update - CCM - more data than declared | PSA_ALG_CCM | 32       | 23               | nonce | additional_data | plaintext    | INVALID_ARGUMENT |
      | Test psa_aead_update - CCM - less AD than declared  | PSA_ALG_CCM | 32        | 24               | nonce | additional_data:8 | plaintext  | INVALID_ARGUMENT |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                                          | alg         | ad length | plaintext length | nonce    | ad                 | input     | expected status  |
      | Test psa_aead_update - GCM                           | PSA_ALG_GCM | 12        | 24               | nonce:12 | additional_data:12 | plaintext | SUCCESS          |
      | Test psa_aead_update - GCM - more data than declared | PSA_ALG_GCM | 12        | 16               | nonce:12 | additional_data:12 | plaintext | INVALID_ARGUMENT |

  @psa-c060 @run-260 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=GCM @requires:api=psa_aead_update
  Scenario: psa_aead_update: AEAD APIs — Test psa_aead_update - without a nonce and inactive
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg PSA_ALG_GCM
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, PSA_ALG_GCM) returns SUCCESS
    Then (checkpoint 4) psa_aead_update(operation, plaintext, 64) returns BAD_STATE
    And (checkpoint 5) psa_aead_abort(operation) returns SUCCESS
    And (checkpoint 6) psa_aead_update(operation, plaintext, 64) returns BAD_STATE
    And (checkpoint 7) psa_aead_abort(operation) returns SUCCESS

  @psa-c061 @run-261 @psa-crypto-1.0 @requires:api=psa_aead_finish
  Scenario Outline: psa_aead_finish: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage ENCRYPT, alg <alg>
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_aead_set_lengths(operation, <ad length>, <plaintext length>) returns SUCCESS
    And (checkpoint 5) psa_aead_set_nonce(operation, <nonce>) returns SUCCESS
    And (checkpoint 6) psa_aead_update_ad(operation, <ad>) returns SUCCESS
    And (checkpoint 7) psa_aead_update(operation, <plaintext>, 256) returns SUCCESS
    When psa_aead_finish(operation, <ciphertext size>, <tag size>) is called
    Then (checkpoint 8) the status is <expected status>
    And (checkpoint 9) when the call succeeded, the collected output is <expected ciphertext>
    And (checkpoint 10) when the call succeeded, the tag is <expected tag>
    And (checkpoint 11) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM
      | description                                       | data        | type             | alg                                             | ad length | plaintext length | nonce | ad                | plaintext    | ciphertext size | tag size | expected status  | expected ciphertext     | expected tag            |
      | Test psa_aead_finish - CCM - 13B nonce & 8B add data | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CCM                                  | 8         | 23               | nonce | additional_data:8 | plaintext:23 | 64              | 16       | SUCCESS          | aead_ciphertext_1[:23]  | aead_ciphertext_1[23:]  |
      | Test psa_aead_finish - CCM - 32B add data         | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CCM                                     | 32        | 24               | nonce | additional_data   | plaintext    | 64              | 16       | SUCCESS          | aead_ciphertext_2[:24]  | aead_ciphertext_2[24:]  |
      | Test psa_aead_finish - CCM - Tag length = 4       | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) | 32        | 24               | nonce | additional_data   | plaintext    | 64              | 16       | SUCCESS          | aead_ciphertext_3[:24]  | aead_ciphertext_3[24:]  |
      | Test psa_aead_finish - CCM - less data than declared | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CCM                                  | 32        | 25               | nonce | additional_data   | plaintext    | 64              | 16       | INVALID_ARGUMENT | -                       | -                       |
      | Test psa_aead_finish - CCM - small tag buffer     | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CCM                                     | 32        | 24               | nonce | additional_data   | plaintext    | 64              | 15       | BUFFER_TOO_SMALL | -                       | -                       |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                   | data        | type             | alg         | ad length | plaintext length | nonce    | ad                 | plaintext | ciphertext size | tag size | expected status | expected ciphertext    | expected tag           |
      | Test psa_aead_finish - GCM    | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_GCM | 12        | 24               | nonce:12 | additional_data:12 | plaintext | 64              | 16       | SUCCESS         | aead_ciphertext_6[:24] | aead_ciphertext_6[24:] |

    @requires:key=CHACHA20:256 @requires:alg=CHACHA20_POLY1305
    Examples: ARCH_TEST_CHACHA20_POLY1305 (RFC 8439 §2.8.2)
      | description                               | data                  | type                  | alg                       | ad length | plaintext length | nonce                   | ad                    | plaintext | ciphertext size | tag size | expected status | expected ciphertext                          | expected tag                                  |
      | Test psa_aead_finish - CHACHA20_POLY1305  | chacha20_poly1305_key | PSA_KEY_TYPE_CHACHA20 | PSA_ALG_CHACHA20_POLY1305 | 12        | 114              | chacha20_poly1305_nonce | chacha20_poly1305_aad | sunscreen | 256             | 16       | SUCCESS         | chacha20_poly1305_ciphertext_and_tag[:114]   | chacha20_poly1305_ciphertext_and_tag[114:]    |

    @requires:key=XCHACHA20:256 @requires:alg=XCHACHA20_POLY1305
    Examples: ARCH_TEST_XCHACHA20_POLY1305
      | description                                | data                  | type                   | alg                        | ad length | plaintext length | nonce                    | ad                    | plaintext | ciphertext size | tag size | expected status | expected ciphertext                         | expected tag                                |
      | Test psa_aead_finish - XCHACHA20_POLY1305  | chacha20_poly1305_key | PSA_KEY_TYPE_XCHACHA20 | PSA_ALG_XCHACHA20_POLY1305 | 12        | 114              | xchacha20_poly1305_nonce | chacha20_poly1305_aad | sunscreen | 256             | 16       | SUCCESS         | xchacha20_poly1305_ciphertext_and_tag[:114] | xchacha20_poly1305_ciphertext_and_tag[114:] |

  @psa-c061 @run-261 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=GCM @requires:api=psa_aead_finish
  Scenario: psa_aead_finish: AEAD APIs — Test psa_aead_finish - decrypt operation and inactive operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT | DECRYPT, alg PSA_ALG_GCM
    And (checkpoint 3) psa_aead_decrypt_setup(operation, key, PSA_ALG_GCM) returns SUCCESS
    And (checkpoint 4) psa_aead_set_nonce(operation, nonce:12) returns SUCCESS
    Then (checkpoint 5) psa_aead_finish(operation, 64, 16) returns BAD_STATE
    And (checkpoint 6) psa_aead_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_aead_finish(operation, 64, 16) returns BAD_STATE
    And (checkpoint 8) psa_aead_abort(operation) returns SUCCESS

  @psa-c062 @run-262 @psa-crypto-1.0 @requires:api=psa_aead_abort
  Scenario Outline: psa_aead_abort: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT | DECRYPT, alg <alg>
    And (checkpoint 3) <setup>(operation, key, <alg>) returns SUCCESS
    When (checkpoint 4) psa_aead_abort(operation) returns SUCCESS
    Then (checkpoint 5) psa_aead_set_nonce(operation, nonce:12) returns BAD_STATE
    And (checkpoint 6) psa_aead_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM
      | description                        | alg         | setup                  |
      | Test psa_aead_abort - Encrypt - CCM | PSA_ALG_CCM | psa_aead_encrypt_setup |
      | Test psa_aead_abort - Decrypt - CCM | PSA_ALG_CCM | psa_aead_decrypt_setup |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                        | alg         | setup                  |
      | Test psa_aead_abort - Encrypt - GCM | PSA_ALG_GCM | psa_aead_encrypt_setup |
      | Test psa_aead_abort - Decrypt - GCM | PSA_ALG_GCM | psa_aead_decrypt_setup |

  @psa-c063 @run-263 @psa-crypto-1.0 @requires:api=psa_aead_verify
  Scenario Outline: psa_aead_verify: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage DECRYPT, alg <alg>
    And (checkpoint 3) psa_aead_decrypt_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_aead_set_lengths(operation, <ad length>, <plaintext length>) returns SUCCESS
    And (checkpoint 5) psa_aead_set_nonce(operation, <nonce>) returns SUCCESS
    And (checkpoint 6) psa_aead_update_ad(operation, <ad>) returns SUCCESS
    And (checkpoint 7) psa_aead_update(operation, <ciphertext>, 64) returns SUCCESS
    When psa_aead_verify(operation, <plaintext size>, <tag>) is called
    Then (checkpoint 8) the status is <expected status>
    And (checkpoint 9) when the call succeeded, the collected output is <expected plaintext>
    And (checkpoint 10) psa_aead_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM
      | description                                  | alg         | ad length | plaintext length | nonce | ad              | ciphertext             | plaintext size | tag                              | expected status   | expected plaintext |
      | Test psa_aead_verify - CCM                   | PSA_ALG_CCM | 32        | 24               | nonce | additional_data | aead_ciphertext_2[:24] | 64             | aead_ciphertext_2[24:]           | SUCCESS           | plaintext          |
      | Test psa_aead_verify - CCM - wrong tag       | PSA_ALG_CCM | 32        | 24               | nonce | additional_data | aead_ciphertext_2[:24] | 64             | aead_invalid_ciphertext_2[24:]   | INVALID_SIGNATURE | -                  |
      | Test psa_aead_verify - CCM - less data than declared | PSA_ALG_CCM | 32 | 25               | nonce | additional_data | aead_ciphertext_2[:24] | 64             | aead_ciphertext_2[24:]           | INVALID_ARGUMENT  | -                  |
      | Test psa_aead_verify - CCM - small buffer    | PSA_ALG_CCM | 32        | 24               | nonce | additional_data | aead_ciphertext_2[:24] | 23             | aead_ciphertext_2[24:]           | BUFFER_TOO_SMALL  | -                  |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM
      | description                  | alg         | ad length | plaintext length | nonce    | ad                 | ciphertext             | plaintext size | tag                    | expected status | expected plaintext |
      | Test psa_aead_verify - GCM   | PSA_ALG_GCM | 12        | 24               | nonce:12 | additional_data:12 | aead_ciphertext_6[:24] | 64             | aead_ciphertext_6[24:] | SUCCESS         | plaintext          |

  @psa-c063 @run-263 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=GCM @requires:api=psa_aead_verify
  Scenario: psa_aead_verify: AEAD APIs — Test psa_aead_verify - encrypt operation and inactive operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT | DECRYPT, alg PSA_ALG_GCM
    And (checkpoint 3) psa_aead_encrypt_setup(operation, key, PSA_ALG_GCM) returns SUCCESS
    And (checkpoint 4) psa_aead_set_nonce(operation, nonce:12) returns SUCCESS
    Then (checkpoint 5) psa_aead_verify(operation, 64, aead_ciphertext_6[24:]) returns BAD_STATE
    And (checkpoint 6) psa_aead_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_aead_verify(operation, 64, aead_ciphertext_6[24:]) returns BAD_STATE
    And (checkpoint 8) psa_aead_abort(operation) returns SUCCESS
