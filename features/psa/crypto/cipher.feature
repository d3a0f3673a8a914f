@requires:role=psa-crypto
Feature: PSA Crypto unauthenticated ciphers (psa-arch-tests c032–c038, c050, c051)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c032 … c038, c050 and c051
  (test_cNNN.c, test_data.h), run ids 232–238, 250, 251, against PSA Crypto API 1.2 §10.4
  "Unauthenticated ciphers". Vectors from psa-arch-tests test_crypto_common.c: key_data, iv, the first
  16 / 8 bytes of plaintext, and ciphertext_1 (AES-128-CBC), ciphertext_2 (AES-128-CTR), ciphertext_4
  and ciphertext_5 (2-key / 3-key 3DES-CBC). ChaCha20 uses RFC 8439 §2.4.2 (PSA's ChaCha20 starts at
  block counter 0, so the input is one zero block followed by the RFC plaintext and the RFC ciphertext
  is the output after the first 64 bytes). Single DES (ARCH_TEST_DES_1KEY) rows are guarded by
  `@requires:key=DES:64`.

  @psa-c032 @run-232 @psa-crypto-1.0
  Scenario Outline: psa_cipher_encrypt_setup: Cipher APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_cipher_encrypt_setup(operation, <key>, <alg>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_cipher_abort(operation) returns SUCCESS

    @requires:key=AES:128
    Examples: ARCH_TEST_AES_128
      | description                                        | data                 | type                  | usage   | policy                 | key             | alg                    | expected status                        |
      | Test psa_cipher_encrypt_setup 16 Byte AES          | key_data:16          | PSA_KEY_TYPE_AES      | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key             | PSA_ALG_CBC_NO_PADDING | SUCCESS                                |
      | Test psa_cipher_encrypt_setup - incorrect usage    | key_data:16          | PSA_KEY_TYPE_AES      | DECRYPT | PSA_ALG_CBC_NO_PADDING | key             | PSA_ALG_CBC_NO_PADDING | NOT_PERMITTED                          |
      | Test psa_cipher_encrypt_setup - algorithm not permitted by the policy | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key | PSA_ALG_CTR    | NOT_PERMITTED                          |
      | Test psa_cipher_encrypt_setup - not a cipher algorithm | key_data:16      | PSA_KEY_TYPE_AES      | ENCRYPT | PSA_ALG_HMAC(PSA_ALG_SHA_256) | key      | PSA_ALG_HMAC(PSA_ALG_SHA_256) | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_cipher_encrypt_setup - unknown cipher algorithm | key_data:16    | PSA_KEY_TYPE_AES      | ENCRYPT | 0x04c0ff00             | key             | 0x04c0ff00             | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_cipher_encrypt_setup - incompatible key and stream cipher | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_STREAM_CIPHER | key | PSA_ALG_STREAM_CIPHER | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_cipher_encrypt_setup - RAW data           | key_data:16          | PSA_KEY_TYPE_RAW_DATA | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key             | PSA_ALG_CBC_NO_PADDING | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_cipher_encrypt_setup - invalid key identifier | key_data:16      | PSA_KEY_TYPE_AES      | ENCRYPT | PSA_ALG_CBC_NO_PADDING | PSA_KEY_ID_NULL | PSA_ALG_CBC_NO_PADDING | INVALID_HANDLE                         |

    @requires:key=AES:192
    Examples: ARCH_TEST_AES_192
      | description                               | data        | type             | usage   | policy                 | key | alg                    | expected status |
      | Test psa_cipher_encrypt_setup 24 Byte AES | key_data:24 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key | PSA_ALG_CBC_NO_PADDING | SUCCESS         |

    @requires:key=AES:256
    Examples: ARCH_TEST_AES_256
      | description                               | data        | type             | usage   | policy          | key | alg             | expected status |
      | Test psa_cipher_encrypt_setup 32 Byte AES | key_data:32 | PSA_KEY_TYPE_AES | ENCRYPT | PSA_ALG_CBC_PKCS7 | key | PSA_ALG_CBC_PKCS7 | SUCCESS       |

    @requires:key=DES:64
    Examples: ARCH_TEST_DES_1KEY
      | description                          | data       | type             | usage   | policy                 | key | alg                    | expected status |
      | Test psa_cipher_encrypt_setup DES 64 bit key | key_data:8 | PSA_KEY_TYPE_DES | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key | PSA_ALG_CBC_NO_PADDING | SUCCESS |

    @requires:key=DES:128
    Examples: ARCH_TEST_DES_2KEY
      | description                                  | data        | type             | usage   | policy                 | key | alg                    | expected status |
      | Test psa_cipher_encrypt_setup Triple DES 2-Key | key_data:16 | PSA_KEY_TYPE_DES | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key | PSA_ALG_CBC_NO_PADDING | SUCCESS       |

    @requires:key=DES:192
    Examples: ARCH_TEST_DES_3KEY
      | description                                  | data        | type             | usage   | policy                 | key | alg                    | expected status |
      | Test psa_cipher_encrypt_setup Triple DES 3-Key | key_data:24 | PSA_KEY_TYPE_DES | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key | PSA_ALG_CBC_NO_PADDING | SUCCESS       |

    @requires:key=RSA_KEY_PAIR:2048
    Examples: ARCH_TEST_RSA_2048
      | description                                  | data             | type                      | usage   | policy                 | key | alg                    | expected status                        |
      | Test psa_cipher_encrypt_setup - RSA public key / key pair | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key | PSA_ALG_CBC_NO_PADDING | one of INVALID_ARGUMENT, NOT_SUPPORTED |

    @requires:key=ECC_KEY_PAIR(SECP_R1):224
    Examples: ARCH_TEST_ECC_CURVE_SECP224R1
      | description                                  | data        | type                                              | usage   | policy                 | key | alg                    | expected status                        |
      | Test psa_cipher_encrypt_setup - EC key pair  | ec_key_pair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key | PSA_ALG_CBC_NO_PADDING | one of INVALID_ARGUMENT, NOT_SUPPORTED |

  @psa-c033 @run-233 @psa-crypto-1.0
  Scenario Outline: psa_cipher_decrypt_setup: Cipher APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_cipher_decrypt_setup(operation, <key>, <alg>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_cipher_abort(operation) returns SUCCESS

    @requires:key=AES:128
    Examples: ARCH_TEST_AES_128
      | description                                        | data        | type                  | usage   | policy                 | key             | alg                    | expected status                        |
      | Test psa_cipher_decrypt_setup 16 Byte AES          | key_data:16 | PSA_KEY_TYPE_AES      | DECRYPT | PSA_ALG_CBC_NO_PADDING | key             | PSA_ALG_CBC_NO_PADDING | SUCCESS                                |
      | Test psa_cipher_decrypt_setup - incorrect usage    | key_data:16 | PSA_KEY_TYPE_AES      | ENCRYPT | PSA_ALG_CBC_NO_PADDING | key             | PSA_ALG_CBC_NO_PADDING | NOT_PERMITTED                          |
      | Test psa_cipher_decrypt_setup - not a cipher algorithm | key_data:16 | PSA_KEY_TYPE_AES  | DECRYPT | PSA_ALG_HMAC(PSA_ALG_SHA_256) | key      | PSA_ALG_HMAC(PSA_ALG_SHA_256) | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_cipher_decrypt_setup - RAW data           | key_data:16 | PSA_KEY_TYPE_RAW_DATA | DECRYPT | PSA_ALG_CBC_NO_PADDING | key             | PSA_ALG_CBC_NO_PADDING | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_cipher_decrypt_setup - invalid key identifier | key_data:16 | PSA_KEY_TYPE_AES  | DECRYPT | PSA_ALG_CBC_NO_PADDING | PSA_KEY_ID_NULL | PSA_ALG_CBC_NO_PADDING | INVALID_HANDLE                         |

    @requires:key=DES:192
    Examples: ARCH_TEST_DES_3KEY
      | description                                  | data        | type             | usage   | policy                 | key | alg                    | expected status |
      | Test psa_cipher_decrypt_setup Triple DES 3-Key | key_data:24 | PSA_KEY_TYPE_DES | DECRYPT | PSA_ALG_CBC_NO_PADDING | key | PSA_ALG_CBC_NO_PADDING | SUCCESS       |

  @psa-c034 @run-234 @psa-crypto-1.0
  Scenario Outline: psa_cipher_generate_iv: Cipher APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage ENCRYPT, alg <alg>
    And (checkpoint 3) psa_cipher_encrypt_setup(operation, key, <alg>) returns SUCCESS
    When psa_cipher_generate_iv(operation, <iv size>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) when the call succeeded, the output length is <iv length>
    And (checkpoint 6) when the call succeeded, psa_cipher_generate_iv(operation, <iv size>) returns BAD_STATE
    And (checkpoint 7) psa_cipher_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CBC_PKCS7
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CBC_PKCS7
      | description                                      | data        | type             | alg               | iv size | expected status  | iv length |
      | Test psa_cipher_generate_iv 16 Byte AES          | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CBC_PKCS7 | 16      | SUCCESS          | 16        |
      | Test psa_cipher_generate_iv AES - large iv buffer | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CBC_PKCS7 | 32      | SUCCESS          | 16        |
      | Test psa_cipher_generate_iv AES - small iv buffer | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CBC_PKCS7 | 8       | BUFFER_TOO_SMALL | -         |

    @requires:key=DES:192 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_DES_3KEY
      | description                                      | data        | type             | alg                    | iv size | expected status  | iv length |
      | Test psa_cipher_generate_iv Triple DES 3-Key     | key_data:24 | PSA_KEY_TYPE_DES | PSA_ALG_CBC_NO_PADDING | 8       | SUCCESS          | 8         |
      | Test psa_cipher_generate_iv DES - small iv buffer | key_data:24 | PSA_KEY_TYPE_DES | PSA_ALG_CBC_NO_PADDING | 7      | BUFFER_TOO_SMALL | -         |

  @psa-c034 @run-234 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=CBC_PKCS7 @requires:alg=ECB_NO_PADDING
  Scenario: psa_cipher_generate_iv: Cipher APIs — Test psa_cipher_generate_iv on a decrypt operation and on a mode without IV
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT | DECRYPT, alg PSA_ALG_CBC_PKCS7
    And (checkpoint 3) psa_cipher_decrypt_setup(operation, key, PSA_ALG_CBC_PKCS7) returns SUCCESS
    Then (checkpoint 4) psa_cipher_generate_iv(operation, 16) returns BAD_STATE
    And (checkpoint 5) psa_cipher_abort(operation) returns SUCCESS
    And (checkpoint 6) the key "ecb" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg PSA_ALG_ECB_NO_PADDING
    And (checkpoint 7) psa_cipher_encrypt_setup(operation, ecb, PSA_ALG_ECB_NO_PADDING) returns SUCCESS
    And (checkpoint 8) psa_cipher_generate_iv(operation, 16) returns BAD_STATE
    And (checkpoint 9) psa_cipher_abort(operation) returns SUCCESS

  @psa-c035 @run-235 @psa-crypto-1.0
  Scenario Outline: psa_cipher_set_iv: Cipher APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage ENCRYPT, alg <alg>
    And (checkpoint 3) psa_cipher_encrypt_setup(operation, key, <alg>) returns SUCCESS
    When psa_cipher_set_iv(operation, <iv>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) when the call succeeded, psa_cipher_set_iv(operation, <iv>) returns BAD_STATE
    And (checkpoint 6) psa_cipher_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CBC_PKCS7
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CBC_PKCS7
      | description                           | data        | type             | alg               | iv                   | expected status  |
      | Test psa_cipher_set_iv 16 Byte AES    | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CBC_PKCS7 | iv                   | SUCCESS          |
      | Test psa_cipher_set_iv AES - small iv | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CBC_PKCS7 | iv:8                 | INVALID_ARGUMENT |
      | Test psa_cipher_set_iv AES - large iv | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CBC_PKCS7 | iv + hex:00          | INVALID_ARGUMENT |

    @requires:key=DES:192 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_DES_3KEY
      | description                           | data        | type             | alg                    | iv    | expected status  |
      | Test psa_cipher_set_iv Triple DES 3-Key | key_data:24 | PSA_KEY_TYPE_DES | PSA_ALG_CBC_NO_PADDING | iv:8 | SUCCESS          |
      | Test psa_cipher_set_iv DES - large iv | key_data:24 | PSA_KEY_TYPE_DES | PSA_ALG_CBC_NO_PADDING | iv:16 | INVALID_ARGUMENT |

  @psa-c036 @run-236 @psa-crypto-1.0
  Scenario Outline: psa_cipher_update: Cipher APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <alg>
    And (checkpoint 3) <setup>(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_cipher_set_iv(operation, <iv>) returns SUCCESS
    When psa_cipher_update(operation, <input>, <output size>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) when the call succeeded, the output is <expected output>
    And (checkpoint 7) psa_cipher_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CBC_NO_PADDING
      | description                                               | data        | type             | usage   | setup                    | alg                    | iv | input          | output size | expected status  | expected output |
      | Test psa_cipher_update - Encrypt - AES CBC_NO_PADDING     | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | plaintext:16   | 64          | SUCCESS          | ciphertext_1    |
      | Test psa_cipher_update - Encrypt - AES CBC_NO_PADDING (Short in) | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | plaintext:5 | 64   | SUCCESS          | empty           |
      | Test psa_cipher_update - Encrypt - small output buffer size | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | plaintext:16 | 15          | BUFFER_TOO_SMALL | -               |
      | Test psa_cipher_update - Decrypt - AES CBC_NO_PADDING     | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | ciphertext_1   | 64          | SUCCESS          | plaintext:16    |
      | Test psa_cipher_update - Decrypt - AES CBC_NO_PADDING (Short in) | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | ciphertext_1:5 | 64 | SUCCESS         | empty           |
      | Test psa_cipher_update - Decrypt - small output buffer size | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | ciphertext_1 | 15          | BUFFER_TOO_SMALL | -               |

    @requires:key=AES:128 @requires:alg=CBC_PKCS7
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CBC_PKCS7
      | description                                             | data        | type             | usage   | setup                    | alg               | iv | input          | output size | expected status | expected output |
      | Test psa_cipher_update - Encrypt - AES CBC_PKCS7        | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_PKCS7 | iv | plaintext:16   | 64          | SUCCESS         | ciphertext_1    |
      | Test psa_cipher_update - Encrypt - AES CBC_PKCS7 (Short input) | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_PKCS7 | iv | plaintext:15 | 64     | SUCCESS         | empty           |
      | Test psa_cipher_update - Decrypt - AES CBC_PKCS7        | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_PKCS7 | iv | ciphertext_1   | 64          | SUCCESS         | empty           |
      | Test psa_cipher_update - Decrypt - AES CBC_PKCS7 (Short input) | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_PKCS7 | iv | ciphertext_1:15 | 64    | SUCCESS         | empty           |

    @requires:key=AES:128 @requires:alg=CTR
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CIPHER_MODE_CTR
      | description                                | data        | type             | usage   | setup                    | alg         | iv | input        | output size | expected status | expected output |
      | Test psa_cipher_update - Encrypt - AES CTR | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CTR | iv | plaintext:16 | 64          | SUCCESS         | ciphertext_2    |
      | Test psa_cipher_update - Decrypt - AES CTR | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CTR | iv | ciphertext_2 | 64          | SUCCESS         | plaintext:16    |

    @requires:key=DES:64 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_DES_1KEY
      | description                                       | data       | type             | usage   | setup                    | alg                    | iv   | input       | output size | expected status | expected output |
      | Test psa_cipher_update - Encrypt - DES CBC (nopad) | key_data:8 | PSA_KEY_TYPE_DES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_NO_PADDING | iv:8 | plaintext:8 | 64          | SUCCESS         | hex:856cf7d81fa6a6ee |

    @requires:key=DES:128 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_DES_2KEY
      | description                                              | data        | type             | usage   | setup                    | alg                    | iv   | input        | output size | expected status | expected output |
      | Test psa_cipher_update - Encrypt - 2-key 3DE -CBC (nopad) | key_data:16 | PSA_KEY_TYPE_DES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_NO_PADDING | iv:8 | plaintext:8  | 64          | SUCCESS         | ciphertext_4    |
      | Test psa_cipher_update - Decrypt - 2-key 3DE -CBC (nopad) | key_data:16 | PSA_KEY_TYPE_DES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_NO_PADDING | iv:8 | ciphertext_4 | 64          | SUCCESS         | plaintext:8     |

    @requires:key=DES:192 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_DES_3KEY
      | description                                              | data        | type             | usage   | setup                    | alg                    | iv   | input        | output size | expected status | expected output |
      | Test psa_cipher_update - Encrypt - 3-key 3DE -CBC (nopad) | key_data:24 | PSA_KEY_TYPE_DES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_NO_PADDING | iv:8 | plaintext:8  | 64          | SUCCESS         | ciphertext_5    |
      | Test psa_cipher_update - Decrypt - 3-key 3DE -CBC (nopad) | key_data:24 | PSA_KEY_TYPE_DES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_NO_PADDING | iv:8 | ciphertext_5 | 64          | SUCCESS         | plaintext:8     |

  @psa-c036 @run-236 @psa-crypto-1.0 @requires:key=CHACHA20:256 @requires:alg=STREAM_CIPHER
  Scenario: psa_cipher_update: Cipher APIs — Test psa_cipher_update - Encrypt - ChaCha20 (RFC 8439 §2.4.2)
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from chacha20_key as PSA_KEY_TYPE_CHACHA20, usage ENCRYPT, alg PSA_ALG_STREAM_CIPHER
    And (checkpoint 3) psa_cipher_encrypt_setup(operation, key, PSA_ALG_STREAM_CIPHER) returns SUCCESS
    And (checkpoint 4) psa_cipher_set_iv(operation, chacha20_nonce) returns SUCCESS
    And (checkpoint 5) psa_cipher_update(operation, zero_block_64, 64) returns SUCCESS
    When (checkpoint 6) psa_cipher_update(operation, sunscreen, 256) returns SUCCESS
    Then (checkpoint 7) the output is chacha20_rfc8439_ciphertext
    And (checkpoint 8) psa_cipher_finish(operation, 64) returns SUCCESS
    And (checkpoint 9) the output length is 0

  @psa-c036 @run-236 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=CBC_NO_PADDING
  Scenario: psa_cipher_update: Cipher APIs — Test psa_cipher_update without an IV and on an aborted operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg PSA_ALG_CBC_NO_PADDING
    And (checkpoint 3) psa_cipher_encrypt_setup(operation, key, PSA_ALG_CBC_NO_PADDING) returns SUCCESS
    Then (checkpoint 4) psa_cipher_update(operation, plaintext:16, 64) returns BAD_STATE
    And (checkpoint 5) psa_cipher_abort(operation) returns SUCCESS
    And (checkpoint 6) psa_cipher_update(operation, plaintext:16, 64) returns BAD_STATE
    And (checkpoint 7) psa_cipher_abort(operation) returns SUCCESS

  @psa-c037 @run-237 @psa-crypto-1.0
  Scenario Outline: psa_cipher_finish: Cipher APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <alg>
    And (checkpoint 3) <setup>(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_cipher_set_iv(operation, <iv>) returns SUCCESS
    And (checkpoint 5) psa_cipher_update(operation, <input>, 64) returns SUCCESS
    When psa_cipher_finish(operation, <output size>) is called
    Then (checkpoint 6) the status is <expected status>
    And (checkpoint 7) when the call succeeded, the collected output is <expected output>
    And (checkpoint 8) psa_cipher_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CBC_NO_PADDING
      | description                                            | data        | type             | usage   | setup                    | alg                    | iv | input        | output size | expected status  | expected output |
      | Test psa_cipher_finish - Encrypt - AES CBC_NO_PADDING  | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | plaintext:16 | 32          | SUCCESS          | ciphertext_1    |
      | Test psa_cipher_finish - Encrypt - AES CBC_NO_PADDING (partial block) | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | plaintext:5 | 32 | INVALID_ARGUMENT | -          |
      | Test psa_cipher_finish - Decrypt - AES CBC_NO_PADDING  | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | ciphertext_1 | 32          | SUCCESS          | plaintext:16    |
      | Test psa_cipher_finish - Decrypt - AES CBC_NO_PADDING (partial block) | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_NO_PADDING | iv | ciphertext_1:5 | 32 | INVALID_ARGUMENT | -        |

    @requires:key=AES:128 @requires:alg=CBC_PKCS7
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CBC_PKCS7
      | description                                         | data        | type             | usage   | setup                    | alg               | iv | input        | output size | expected status  | expected output |
      | Test psa_cipher_finish - Encrypt - AES CBC_PKCS7 (Short input) | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_PKCS7 | iv | plaintext:15 | 32 | SUCCESS | ciphertext_6 |
      | Test psa_cipher_finish - Encrypt - small output buffer | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CBC_PKCS7 | iv | plaintext:15 | 15        | BUFFER_TOO_SMALL | -               |
      | Test psa_cipher_finish - Decrypt - AES CBC_PKCS7 (bad padding) | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CBC_PKCS7 | iv | ciphertext_1 | 32 | one of INVALID_PADDING, INVALID_ARGUMENT | - |

    @requires:key=AES:128 @requires:alg=CTR
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CIPHER_MODE_CTR
      | description                                | data        | type             | usage   | setup                    | alg         | iv | input        | output size | expected status | expected output |
      | Test psa_cipher_finish - Encrypt - AES CTR | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | psa_cipher_encrypt_setup | PSA_ALG_CTR | iv | plaintext:16 | 32          | SUCCESS         | ciphertext_2    |
      | Test psa_cipher_finish - Decrypt - AES CTR | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | psa_cipher_decrypt_setup | PSA_ALG_CTR | iv | ciphertext_2 | 32          | SUCCESS         | plaintext:16    |

  @psa-c037 @run-237 @psa-crypto-1.0 @requires:key=AES:128 @requires:alg=CBC_NO_PADDING
  Scenario: psa_cipher_finish: Cipher APIs — Test psa_cipher_finish - invalid (inactive) operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg PSA_ALG_CBC_NO_PADDING
    And (checkpoint 3) psa_cipher_encrypt_setup(operation, key, PSA_ALG_CBC_NO_PADDING) returns SUCCESS
    And (checkpoint 4) psa_cipher_set_iv(operation, iv) returns SUCCESS
    And (checkpoint 5) psa_cipher_update(operation, plaintext:16, 64) returns SUCCESS
    And (checkpoint 6) psa_cipher_finish(operation, 64) returns SUCCESS
    Then (checkpoint 7) psa_cipher_finish(operation, 64) returns BAD_STATE
    And (checkpoint 8) psa_cipher_abort(operation) returns SUCCESS

  @psa-c038 @run-238 @psa-crypto-1.0
  Scenario Outline: psa_cipher_abort: Cipher APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage ENCRYPT | DECRYPT, alg <alg>
    And (checkpoint 3) <setup>(operation, key, <alg>) returns SUCCESS
    When (checkpoint 4) psa_cipher_abort(operation) returns SUCCESS
    Then (checkpoint 5) psa_cipher_update(operation, plaintext:16, 64) returns BAD_STATE
    And (checkpoint 6) psa_cipher_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_cipher_abort(operation) returns SUCCESS

    @requires:key=AES:128 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_AES_128
      | description                                           | data        | type             | alg                    | setup                    |
      | Test psa_cipher_abort - Encrypt - AES CBC_NO_PADDING  | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CBC_NO_PADDING | psa_cipher_encrypt_setup |
      | Test psa_cipher_abort - Decrypt - AES CBC_NO_PADDING  | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CBC_NO_PADDING | psa_cipher_decrypt_setup |

    @requires:key=AES:128 @requires:alg=CTR
    Examples: ARCH_TEST_CIPHER_MODE_CTR
      | description                            | data        | type             | alg         | setup                    |
      | Test psa_cipher_abort - Encrypt - AES CTR | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_CTR | psa_cipher_encrypt_setup |

    @requires:key=DES:192 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_DES_3KEY
      | description                                     | data        | type             | alg                    | setup                    |
      | Test psa_cipher_abort - Decrypt - 3-key 3DES CBC | key_data:24 | PSA_KEY_TYPE_DES | PSA_ALG_CBC_NO_PADDING | psa_cipher_decrypt_setup |

  @psa-c050 @run-250 @psa-crypto-1.0
  Scenario Outline: psa_cipher_encrypt: Cipher APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <alg>
    When psa_cipher_encrypt(<key>, <alg>, <input>, <output size>) is called giving "encrypted"
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output length is <output length>
    And (checkpoint 5) when the call succeeded, psa_cipher_decrypt(key, <alg>, encrypted, 256) returns SUCCESS
    And (checkpoint 6) when the call succeeded, the output is <input>

    @requires:key=AES:128 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CBC_NO_PADDING (output = random IV || ciphertext, checked by decrypting it)
      | description                                           | data        | type             | usage             | key             | alg                    | input        | output size | expected status  | output length |
      | Test psa_cipher_encrypt - AES CBC_NO_PADDING          | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT \| DECRYPT | key            | PSA_ALG_CBC_NO_PADDING | plaintext:16 | 64          | SUCCESS          | 32            |
      | Test psa_cipher_encrypt - AES CBC_NO_PADDING (partial block) | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT \| DECRYPT | key     | PSA_ALG_CBC_NO_PADDING | plaintext:5  | 64          | INVALID_ARGUMENT | -             |
      | Test psa_cipher_encrypt - small output buffer         | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT \| DECRYPT | key            | PSA_ALG_CBC_NO_PADDING | plaintext:16 | 31          | BUFFER_TOO_SMALL | -             |
      | Test psa_cipher_encrypt - invalid usage               | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT           | key             | PSA_ALG_CBC_NO_PADDING | plaintext:16 | 64          | NOT_PERMITTED    | -             |
      | Test psa_cipher_encrypt - invalid key identifier      | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT \| DECRYPT | PSA_KEY_ID_NULL | PSA_ALG_CBC_NO_PADDING | plaintext:16 | 64       | INVALID_HANDLE   | -             |

    @requires:key=AES:128 @requires:alg=CBC_PKCS7
    Examples: ARCH_TEST_CBC_PKCS7
      | description                               | data        | type             | usage             | key | alg               | input        | output size | expected status | output length |
      | Test psa_cipher_encrypt - AES CBC_PKCS7 (Short input) | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT \| DECRYPT | key | PSA_ALG_CBC_PKCS7 | plaintext:15 | 64 | SUCCESS     | 32            |

    @requires:key=AES:128 @requires:alg=CTR
    Examples: ARCH_TEST_CIPHER_MODE_CTR
      | description                     | data        | type             | usage             | key | alg         | input     | output size | expected status | output length |
      | Test psa_cipher_encrypt - AES CTR | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT \| DECRYPT | key | PSA_ALG_CTR | plaintext | 64          | SUCCESS         | 40            |

    @requires:key=AES:128 @requires:alg=CCM_STAR_NO_TAG
    Examples: ARCH_TEST_CCM_STAR_NO_TAG (13-byte nonce prefix)
      | description                              | data        | type             | usage             | key | alg                     | input     | output size | expected status | output length |
      | Test psa_cipher_encrypt - AES CCM*-no-tag | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT \| DECRYPT | key | PSA_ALG_CCM_STAR_NO_TAG | plaintext | 64          | SUCCESS         | 37            |

    @requires:key=DES:192 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_DES_3KEY
      | description                                 | data        | type             | usage             | key | alg                    | input       | output size | expected status | output length |
      | Test psa_cipher_encrypt - 3-key 3DES CBC (nopad) | key_data:24 | PSA_KEY_TYPE_DES | ENCRYPT \| DECRYPT | key | PSA_ALG_CBC_NO_PADDING | plaintext:8 | 64     | SUCCESS         | 16            |

    @requires:key=CHACHA20:256 @requires:alg=STREAM_CIPHER
    Examples: ARCH_TEST_CHACHA20
      | description                      | data         | type                  | usage             | key | alg                   | input     | output size | expected status | output length |
      | Test psa_cipher_encrypt - ChaCha20 | chacha20_key | PSA_KEY_TYPE_CHACHA20 | ENCRYPT \| DECRYPT | key | PSA_ALG_STREAM_CIPHER | sunscreen | 256        | SUCCESS         | 126           |

    @requires:key=XCHACHA20:256 @requires:alg=STREAM_CIPHER
    Examples: ARCH_TEST_XCHACHA20
      | description                       | data                  | type                   | usage             | key | alg                   | input     | output size | expected status | output length |
      | Test psa_cipher_encrypt - XChaCha20 | chacha20_poly1305_key | PSA_KEY_TYPE_XCHACHA20 | ENCRYPT \| DECRYPT | key | PSA_ALG_STREAM_CIPHER | sunscreen | 256 | SUCCESS         | 138           |

  @psa-c051 @run-251 @psa-crypto-1.0
  Scenario Outline: psa_cipher_decrypt: Cipher APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <alg>
    When psa_cipher_decrypt(<key>, <alg>, <input>, <output size>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output is <expected output>

    @requires:key=AES:128 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_AES_128, ARCH_TEST_CBC_NO_PADDING (input = IV || ciphertext)
      | description                                     | data        | type             | usage   | key | alg                    | input                 | output size | expected status  | expected output |
      | Test psa_cipher_decrypt - AES CBC_NO_PADDING    | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | key | PSA_ALG_CBC_NO_PADDING | iv + ciphertext_1     | 64          | SUCCESS          | plaintext:16    |
      | Test psa_cipher_decrypt - AES CBC_NO_PADDING (partial block) | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | key | PSA_ALG_CBC_NO_PADDING | iv + ciphertext_1:5 | 64 | INVALID_ARGUMENT | -          |
      | Test psa_cipher_decrypt - small output buffer   | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | key | PSA_ALG_CBC_NO_PADDING | iv + ciphertext_1     | 15          | BUFFER_TOO_SMALL | -               |
      | Test psa_cipher_decrypt - invalid usage         | key_data:16 | PSA_KEY_TYPE_AES | ENCRYPT | key | PSA_ALG_CBC_NO_PADDING | iv + ciphertext_1     | 64          | NOT_PERMITTED    | -               |

    @requires:key=AES:128 @requires:alg=CBC_PKCS7
    Examples: ARCH_TEST_CBC_PKCS7
      | description                                | data        | type             | usage   | key | alg               | input                                                  | output size | expected status | expected output |
      | Test psa_cipher_decrypt - AES CBC_PKCS7 (Short input) | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | key | PSA_ALG_CBC_PKCS7 | iv + ciphertext_6   | 64          | SUCCESS         | plaintext:15    |

    @requires:key=AES:128 @requires:alg=CTR
    Examples: ARCH_TEST_CIPHER_MODE_CTR
      | description                       | data        | type             | usage   | key | alg         | input             | output size | expected status | expected output |
      | Test psa_cipher_decrypt - AES CTR | key_data:16 | PSA_KEY_TYPE_AES | DECRYPT | key | PSA_ALG_CTR | iv + ciphertext_2 | 64          | SUCCESS         | plaintext:16    |

    @requires:key=DES:128 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_DES_2KEY
      | description                                       | data        | type             | usage   | key | alg                    | input               | output size | expected status | expected output |
      | Test psa_cipher_decrypt - 2-key 3DES CBC (nopad)  | key_data:16 | PSA_KEY_TYPE_DES | DECRYPT | key | PSA_ALG_CBC_NO_PADDING | iv:8 + ciphertext_4 | 64          | SUCCESS         | plaintext:8     |

    @requires:key=DES:192 @requires:alg=CBC_NO_PADDING
    Examples: ARCH_TEST_DES_3KEY
      | description                                       | data        | type             | usage   | key | alg                    | input               | output size | expected status | expected output |
      | Test psa_cipher_decrypt - 3-key 3DES CBC (nopad)  | key_data:24 | PSA_KEY_TYPE_DES | DECRYPT | key | PSA_ALG_CBC_NO_PADDING | iv:8 + ciphertext_5 | 64          | SUCCESS         | plaintext:8     |
