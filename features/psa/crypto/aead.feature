@requires:role=psa-crypto
Feature: PSA Crypto authenticated encryption, single-part (psa-arch-tests c024, c025)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c024 and c025
  (test_cNNN.c, test_data.h), run ids 224 and 225 (multipart: aead-multipart.feature), against PSA Crypto API 1.2 §10.5
  "Authenticated encryption with associated data (AEAD)". The AES-128 vectors are psa-arch-tests'
  key_data, nonce, additional_data, plaintext and aead_ciphertext_1 … 6 (test_crypto_common.c);
  ChaCha20-Poly1305 is RFC 8439 §2.8.2, XChaCha20-Poly1305 is draft-irtf-cfrg-xchacha-03 A.3.1.
  `aead_ciphertext_2[24:]` is the tag after the 24 ciphertext bytes. Multipart CCM declares its
  lengths before the nonce (§10.5 psa_aead_set_lengths: "must be called before the nonce"; CCM
  needs them for its first block).

  @psa-c024 @run-224 @psa-crypto-1.0
  Scenario Outline: psa_aead_encrypt: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_aead_encrypt(<key>, <alg>, <nonce>, <ad>, <plaintext>, <size>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output is <expected ciphertext>

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM, ARCH_TEST_AES_128
      | description                                                   | data        | type             | usage   | policy                                           | key | alg                                              | nonce    | ad                 | plaintext    | size | expected status  | expected ciphertext |
      | Test psa_aead_encrypt - CCM - AES - 13B nonce & 8B add data   | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                      | key | PSA_ALG_CCM                                      | nonce    | additional_data:8  | plaintext:23 | 64   | SUCCESS          | aead_ciphertext_1   |
      | Test psa_aead_encrypt - CCM - AES - 13B nonce & 32B add data  | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                      | key | PSA_ALG_CCM                                      | nonce    | additional_data    | plaintext    | 64   | SUCCESS          | aead_ciphertext_2   |
      | Test psa_aead_encrypt - CCM - AES - 24 bytes Tag length = 4   | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4)  | key | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4)  | nonce    | additional_data    | plaintext    | 64   | SUCCESS          | aead_ciphertext_3   |
      | Test psa_aead_encrypt - CCM - AES - Zero additional data      | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                      | key | PSA_ALG_CCM                                      | nonce    | empty              | plaintext    | 64   | SUCCESS          | aead_ciphertext_4   |
      | Test psa_aead_encrypt - CCM - AES - Zero plaintext            | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                      | key | PSA_ALG_CCM                                      | nonce    | additional_data    | empty        | 64   | SUCCESS          | aead_ciphertext_5   |
      | Test psa_aead_encrypt - CCM - at-least-4 tag policy, 4-byte tag | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(PSA_ALG_CCM, 4) | key | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) | nonce | additional_data | plaintext | 64 | SUCCESS     | aead_ciphertext_3   |
      | Test psa_aead_encrypt - CCM - at-least-8 tag policy, 4-byte tag | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(PSA_ALG_CCM, 8) | key | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) | nonce | additional_data | plaintext | 64 | NOT_PERMITTED | -                  |
      | Test psa_aead_encrypt - Unsupported algorithm                 | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CFB                                      | key | PSA_ALG_CFB                                      | empty    | empty              | empty        | 0    | one of NOT_SUPPORTED, INVALID_ARGUMENT | -    |
      | Test psa_aead_encrypt - Invalid usage flag                    | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                      | key | PSA_ALG_CCM                                      | nonce    | additional_data    | plaintext    | 64   | NOT_PERMITTED    | -                   |
      | Test psa_aead_encrypt - Invalid ciphertext_size               | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                      | key | PSA_ALG_CCM                                      | nonce    | additional_data    | plaintext    | 39   | BUFFER_TOO_SMALL | -                   |
      | Test psa_aead_encrypt - Invalid nonce                         | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                      | key | PSA_ALG_CCM                                      | empty    | additional_data    | plaintext    | 64   | INVALID_ARGUMENT | -                   |
      | Test psa_aead_encrypt - Invalid tag length 0                  | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 0)  | key | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 0)  | nonce    | additional_data    | plaintext    | 64   | INVALID_ARGUMENT | -                   |
      | Test psa_aead_encrypt - invalid key identifier                | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                      | PSA_KEY_ID_NULL | PSA_ALG_CCM                          | nonce    | additional_data    | plaintext    | 64   | INVALID_HANDLE   | -                   |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM, ARCH_TEST_AES_128
      | description                                                  | data        | type             | usage   | policy      | key | alg         | nonce    | ad                 | plaintext | size | expected status | expected ciphertext |
      | Test psa_aead_encrypt - GCM - AES - 12B nonce & 12B add data | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_GCM | key | PSA_ALG_GCM | nonce:12 | additional_data:12 | plaintext | 64   | SUCCESS         | aead_ciphertext_6   |

    @requires:key=DES:192 @requires:alg=CCM
    Examples: ARCH_TEST_CCM, ARCH_TEST_DES_3KEY
      | description                            | data        | type             | usage   | policy      | key | alg         | nonce | ad              | plaintext | size | expected status                        | expected ciphertext |
      | Test psa_aead_encrypt - DES key with CCM | key_data:24 | PSA_KEY_TYPE_DES | ENCRYPT | PSA_ALG_CCM | key | PSA_ALG_CCM | nonce | additional_data | plaintext | 64   | one of NOT_SUPPORTED, INVALID_ARGUMENT | -                   |

    @requires:key=CHACHA20:256 @requires:alg=CHACHA20_POLY1305
    Examples: ARCH_TEST_CHACHA20_POLY1305 (RFC 8439 §2.8.2)
      | description                                | data                  | type                  | usage   | policy                    | key | alg                       | nonce                   | ad                     | plaintext | size | expected status | expected ciphertext                  |
      | Test psa_aead_encrypt - CHACHA20_POLY1305  | chacha20_poly1305_key | PSA_KEY_TYPE_CHACHA20 | ENCRYPT | PSA_ALG_CHACHA20_POLY1305 | key | PSA_ALG_CHACHA20_POLY1305 | chacha20_poly1305_nonce | chacha20_poly1305_aad  | sunscreen | 256  | SUCCESS         | chacha20_poly1305_ciphertext_and_tag |

    @requires:key=XCHACHA20:256 @requires:alg=XCHACHA20_POLY1305
    Examples: ARCH_TEST_XCHACHA20_POLY1305 (draft-irtf-cfrg-xchacha-03 A.3.1)
      | description                                 | data                  | type                   | usage   | policy                     | key | alg                        | nonce                    | ad                    | plaintext | size | expected status | expected ciphertext                   |
      | Test psa_aead_encrypt - XCHACHA20_POLY1305  | chacha20_poly1305_key | PSA_KEY_TYPE_XCHACHA20 | ENCRYPT | PSA_ALG_XCHACHA20_POLY1305 | key | PSA_ALG_XCHACHA20_POLY1305 | xchacha20_poly1305_nonce | chacha20_poly1305_aad | sunscreen | 256  | SUCCESS         | xchacha20_poly1305_ciphertext_and_tag |

  @psa-c025 @run-225 @psa-crypto-1.0
  Scenario Outline: psa_aead_decrypt: AEAD APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_aead_decrypt(<key>, <alg>, <nonce>, <ad>, <ciphertext>, <size>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output is <expected plaintext>

    @requires:key=AES:128 @requires:alg=CCM
    Examples: ARCH_TEST_CCM, ARCH_TEST_AES_128
      | description                                                  | data        | type             | usage   | policy                                          | key | alg                                             | nonce | ad                | ciphertext                | size | expected status   | expected plaintext |
      | Test psa_aead_decrypt - CCM - AES - 13B nonce & 8B add data  | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | nonce | additional_data:8 | aead_ciphertext_1         | 64   | SUCCESS           | plaintext:23       |
      | Test psa_aead_decrypt - CCM - AES - 13B nonce & 32B add data | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | nonce | additional_data   | aead_ciphertext_2         | 64   | SUCCESS           | plaintext          |
      | Test psa_aead_decrypt - CCM - AES - 24 bytes Tag length = 4  | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) | key | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) | nonce | additional_data   | aead_ciphertext_3         | 64   | SUCCESS           | plaintext          |
      | Test psa_aead_decrypt - CCM - AES - Zero additional data     | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | nonce | empty             | aead_ciphertext_4         | 64   | SUCCESS           | plaintext          |
      | Test psa_aead_decrypt - CCM - AES - Zero plaintext           | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | nonce | additional_data   | aead_ciphertext_5         | 64   | SUCCESS           | empty              |
      | Test psa_aead_decrypt - Invalid ciphertext                   | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | nonce | additional_data   | aead_invalid_ciphertext_2 | 64   | INVALID_SIGNATURE | -                  |
      | Test psa_aead_decrypt - Invalid tag (last byte changed)      | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | nonce | additional_data   | aead_ciphertext_2[:39] + hex:19 | 64 | INVALID_SIGNATURE | -              |
      | Test psa_aead_decrypt - wrong additional data                | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | nonce | additional_data:31 | aead_ciphertext_2        | 64   | INVALID_SIGNATURE | -                  |
      | Test psa_aead_decrypt - Invalid usage flag                   | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | nonce | additional_data   | aead_ciphertext_2         | 64   | NOT_PERMITTED     | -                  |
      | Test psa_aead_decrypt - Invalid plaintext_size               | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | nonce | additional_data   | aead_ciphertext_2         | 23   | BUFFER_TOO_SMALL  | -                  |
      | Test psa_aead_decrypt - Invalid nonce                        | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_CCM                                     | key | PSA_ALG_CCM                                     | empty | additional_data   | aead_ciphertext_2         | 64   | INVALID_ARGUMENT  | -                  |
      | Test psa_aead_decrypt - Invalid tag length 0                 | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 0) | key | PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 0) | nonce | additional_data   | aead_ciphertext_2         | 64   | one of INVALID_ARGUMENT, NOT_SUPPORTED | - |

    @requires:key=AES:128 @requires:alg=GCM
    Examples: ARCH_TEST_GCM, ARCH_TEST_AES_128
      | description                                                 | data        | type             | usage   | policy      | key | alg         | nonce    | ad                 | ciphertext        | size | expected status | expected plaintext |
      | Test psa_aead_decrypt - GCM - AES - 12B nonce & 12B add data | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | PSA_ALG_GCM | key | PSA_ALG_GCM | nonce:12 | additional_data:12 | aead_ciphertext_6 | 64   | SUCCESS         | plaintext          |

    @requires:key=CHACHA20:256 @requires:alg=CHACHA20_POLY1305
    Examples: ARCH_TEST_CHACHA20_POLY1305 (RFC 8439 §2.8.2)
      | description                               | data                  | type                  | usage   | policy                    | key | alg                       | nonce                   | ad                    | ciphertext                           | size | expected status | expected plaintext |
      | Test psa_aead_decrypt - CHACHA20_POLY1305 | chacha20_poly1305_key | PSA_KEY_TYPE_CHACHA20 | DECRYPT | PSA_ALG_CHACHA20_POLY1305 | key | PSA_ALG_CHACHA20_POLY1305 | chacha20_poly1305_nonce | chacha20_poly1305_aad | chacha20_poly1305_ciphertext_and_tag | 256  | SUCCESS         | sunscreen          |

    @requires:key=XCHACHA20:256 @requires:alg=XCHACHA20_POLY1305
    Examples: ARCH_TEST_XCHACHA20_POLY1305
      | description                                | data                  | type                   | usage   | policy                     | key | alg                        | nonce                    | ad                    | ciphertext                            | size | expected status   | expected plaintext |
      | Test psa_aead_decrypt - XCHACHA20_POLY1305 | chacha20_poly1305_key | PSA_KEY_TYPE_XCHACHA20 | DECRYPT | PSA_ALG_XCHACHA20_POLY1305 | key | PSA_ALG_XCHACHA20_POLY1305 | xchacha20_poly1305_nonce | chacha20_poly1305_aad | xchacha20_poly1305_ciphertext_and_tag | 256  | SUCCESS           | sunscreen          |
      | Test psa_aead_decrypt - XCHACHA20_POLY1305 wrong tag | chacha20_poly1305_key | PSA_KEY_TYPE_XCHACHA20 | DECRYPT | PSA_ALG_XCHACHA20_POLY1305 | key | PSA_ALG_XCHACHA20_POLY1305 | xchacha20_poly1305_nonce | chacha20_poly1305_aad | chacha20_poly1305_ciphertext_and_tag | 256 | INVALID_SIGNATURE | - |
