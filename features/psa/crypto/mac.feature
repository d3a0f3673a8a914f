@requires:role=psa-crypto
Feature: PSA Crypto MAC functions (psa-arch-tests c026–c031, c046–c049)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c026 … c031 and c046 … c049
  (test_cNNN.c, test_data.h), run ids 226–231 and 246–249, against PSA Crypto API 1.2 §10.3
  "Message authentication codes". The HMAC vectors are RFC 4231 test case 1 (key 0x0b × 20, data
  "Hi There") as psa-arch-tests test_c046 uses them; the CMAC vector is psa-arch-tests' AES-CMAC of
  "Hi There" under the RFC 4493 key. psa-arch-tests imports MAC keys with PSA_KEY_USAGE_SIGN_HASH /
  VERIFY_HASH, which imply SIGN_MESSAGE / VERIFY_MESSAGE (§9.5.4), and so do these rows. Where the
  spec allows either of two errors (an unsupported vs an invalid algorithm) both are accepted.

  @psa-c026 @run-226 @psa-crypto-1.0
  Scenario Outline: psa_mac_sign_setup: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_mac_sign_setup(operation, <key>, <alg>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_mac_abort(operation) returns SUCCESS

    @requires:alg=HMAC @requires:alg=SHA_256 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA256
      | description                                  | data     | type              | usage        | policy                                             | key             | alg                                                | expected status                         |
      | Test psa_mac_sign_setup HMAC SHA256          | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH    | PSA_ALG_HMAC(PSA_ALG_SHA_256)                      | key             | PSA_ALG_HMAC(PSA_ALG_SHA_256)                      | SUCCESS                                 |
      | Test psa_mac_sign_setup - Incompatible HMAC for CMAC | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_CMAC                                    | key             | PSA_ALG_CMAC                                       | one of INVALID_ARGUMENT, NOT_SUPPORTED  |
      | Test psa_mac_sign_setup - bad algorithm (unknown MAC algorithm) | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_HMAC(0)                  | key             | PSA_ALG_HMAC(0)                                    | one of INVALID_ARGUMENT, NOT_SUPPORTED  |
      | Test psa_mac_sign_setup - bad algorithm (not a MAC algorithm) | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_SHA_256                    | key             | PSA_ALG_SHA_256                                    | one of INVALID_ARGUMENT, NOT_SUPPORTED  |
      | Test psa_mac_sign_setup - truncated MAC too small | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 1) | key | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 1) | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_mac_sign_setup - truncated MAC too large | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 33) | key | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 33) | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_mac_sign_setup invalid usage        | hmac_key | PSA_KEY_TYPE_HMAC | EXPORT       | PSA_ALG_HMAC(PSA_ALG_SHA_256)                      | key             | PSA_ALG_HMAC(PSA_ALG_SHA_256)                      | NOT_PERMITTED                           |
      | Test psa_mac_sign_setup - algorithm not permitted by the key policy | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_256) | key         | PSA_ALG_HMAC(PSA_ALG_SHA_512)                      | NOT_PERMITTED                           |
      | Test psa_mac_sign_setup - invalid key identifier (PSA_KEY_ID_NULL) | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_256) | PSA_KEY_ID_NULL | PSA_ALG_HMAC(PSA_ALG_SHA_256)                | INVALID_HANDLE                          |

    @requires:alg=CMAC @requires:key=AES:128
    Examples: ARCH_TEST_CMAC, ARCH_TEST_AES_128
      | description                          | data     | type             | usage     | policy       | key | alg          | expected status |
      | Test psa_mac_sign_setup CMAC AES 128 | cmac_key | PSA_KEY_TYPE_AES | SIGN_HASH | PSA_ALG_CMAC | key | PSA_ALG_CMAC | SUCCESS         |
      | Test psa_mac_sign_setup - RAW_DATA key with CMAC | cmac_key | PSA_KEY_TYPE_RAW_DATA | SIGN_HASH | PSA_ALG_CMAC | key | PSA_ALG_CMAC | one of INVALID_ARGUMENT, NOT_SUPPORTED |

  @psa-c027 @run-227 @psa-crypto-1.0
  Scenario Outline: psa_mac_update: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage SIGN_HASH, alg <alg>
    And (checkpoint 3) psa_mac_sign_setup(operation, key, <alg>) returns SUCCESS
    When (checkpoint 4) psa_mac_update(operation, hi_there:3) returns SUCCESS
    And (checkpoint 5) psa_mac_update(operation, "There") returns SUCCESS
    Then (checkpoint 6) psa_mac_sign_finish(operation, 64) returns SUCCESS
    And (checkpoint 7) the output is <expected mac>
    And (checkpoint 8) psa_mac_update(operation, hi_there) returns BAD_STATE
    And (checkpoint 9) psa_mac_abort(operation) returns SUCCESS

    @requires:alg=HMAC @requires:alg=SHA_256 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA256
      | description                           | data     | type              | alg                           | expected mac         |
      | Test psa_mac_update HMAC SHA 256      | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_256) | hmac_sha256_hi_there |

    @requires:alg=HMAC @requires:alg=SHA_512 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA512
      | description                           | data     | type              | alg                           | expected mac         |
      | Test psa_mac_update HMAC SHA 512      | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_512) | hmac_sha512_hi_there |

    @requires:alg=CMAC @requires:key=AES:128
    Examples: ARCH_TEST_CMAC
      | description                           | data     | type             | alg          | expected mac          |
      | Test psa_mac_update CMAC AES 128      | cmac_key | PSA_KEY_TYPE_AES | PSA_ALG_CMAC | cmac_aes_128_hi_there |

  @psa-c027 @run-227 @psa-crypto-1.0 @requires:alg=HMAC @requires:alg=SHA_256
  Scenario: psa_mac_update: MAC APIs — Test psa_mac_update without mac setup
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    Then (checkpoint 3) psa_mac_update(operation, hi_there) returns BAD_STATE
    And (checkpoint 4) psa_mac_abort(operation) returns SUCCESS

  @psa-c028 @run-228 @psa-crypto-1.0
  Scenario Outline: psa_mac_sign_finish: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage SIGN_HASH, alg <alg>
    And (checkpoint 3) psa_mac_sign_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_mac_update(operation, hi_there) returns SUCCESS
    When psa_mac_sign_finish(operation, <mac size>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) when the call succeeded, the output is <expected mac>
    And (checkpoint 7) psa_mac_abort(operation) returns SUCCESS

    @requires:alg=HMAC @requires:alg=SHA_224 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA224
      | description                                        | data     | type              | alg                                                     | mac size | expected status  | expected mac           |
      | Test psa_mac_sign_finish HMAC SHA 224              | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | 64       | SUCCESS          | hmac_sha224_hi_there   |
      | Test psa_mac_sign_finish HMAC SHA 224 (truncated to 8 Byte) | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_224), 8) | 64 | SUCCESS | hmac_sha224_hi_there:8 |
      | Test psa_mac_sign_finish small size buffer         | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | 27       | BUFFER_TOO_SMALL | -                      |

    @requires:alg=HMAC @requires:alg=SHA_256 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA256
      | description                           | data     | type              | alg                           | mac size | expected status | expected mac         |
      | Test psa_mac_sign_finish HMAC SHA 256 | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_256) | 32       | SUCCESS         | hmac_sha256_hi_there |

    @requires:alg=HMAC @requires:alg=SHA_512 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA512
      | description                           | data     | type              | alg                           | mac size | expected status | expected mac         |
      | Test psa_mac_sign_finish HMAC SHA 512 | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_512) | 64       | SUCCESS         | hmac_sha512_hi_there |

    @requires:alg=CMAC @requires:key=AES:128
    Examples: ARCH_TEST_CMAC
      | description                           | data     | type             | alg          | mac size | expected status | expected mac          |
      | Test psa_mac_sign_finish CMAC AES 128 | cmac_key | PSA_KEY_TYPE_AES | PSA_ALG_CMAC | 16       | SUCCESS         | cmac_aes_128_hi_there |

  @psa-c028 @run-228 @psa-crypto-1.0 @requires:alg=HMAC @requires:alg=SHA_256
  Scenario: psa_mac_sign_finish: MAC APIs — Test psa_mac_sign_finish with an aborted operation and with a verify operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from hmac_key as PSA_KEY_TYPE_HMAC, usage SIGN_HASH | VERIFY_HASH, alg PSA_ALG_HMAC(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_mac_sign_setup(operation, key, PSA_ALG_HMAC(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 4) psa_mac_abort(operation) returns SUCCESS
    Then (checkpoint 5) psa_mac_sign_finish(operation, 64) returns BAD_STATE
    And (checkpoint 6) psa_mac_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_mac_verify_setup(operation, key, PSA_ALG_HMAC(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 8) psa_mac_sign_finish(operation, 64) returns BAD_STATE
    And (checkpoint 9) psa_mac_abort(operation) returns SUCCESS

  @psa-c029 @run-229 @psa-crypto-1.0
  Scenario Outline: psa_mac_verify_setup: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_mac_verify_setup(operation, <key>, <alg>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_mac_abort(operation) returns SUCCESS

    @requires:alg=HMAC @requires:alg=SHA_224 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA224
      | description                                     | data     | type              | usage       | policy                        | key             | alg                           | expected status                        |
      | Test psa_mac_verify_setup HMAC SHA 224          | hmac_key | PSA_KEY_TYPE_HMAC | VERIFY_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_224) | key             | PSA_ALG_HMAC(PSA_ALG_SHA_224) | SUCCESS                                |
      | Test psa_mac_verify_setup - Incompatible HMAC for CMAC | hmac_key | PSA_KEY_TYPE_HMAC | VERIFY_HASH | PSA_ALG_CMAC         | key             | PSA_ALG_CMAC                  | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_mac_verify_setup - bad algorithm (unknown MAC algorithm) | hmac_key | PSA_KEY_TYPE_HMAC | VERIFY_HASH | PSA_ALG_HMAC(0) | key | PSA_ALG_HMAC(0)               | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_mac_verify_setup invalid usage         | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH   | PSA_ALG_HMAC(PSA_ALG_SHA_224) | key             | PSA_ALG_HMAC(PSA_ALG_SHA_224) | NOT_PERMITTED                          |
      | Test psa_mac_verify_setup - invalid key identifier (PSA_KEY_ID_NULL) | hmac_key | PSA_KEY_TYPE_HMAC | VERIFY_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_224) | PSA_KEY_ID_NULL | PSA_ALG_HMAC(PSA_ALG_SHA_224) | INVALID_HANDLE |

    @requires:alg=CMAC @requires:key=AES:128
    Examples: ARCH_TEST_CMAC
      | description                            | data     | type             | usage       | policy       | key | alg          | expected status |
      | Test psa_mac_verify_setup CMAC AES 128 | cmac_key | PSA_KEY_TYPE_AES | VERIFY_HASH | PSA_ALG_CMAC | key | PSA_ALG_CMAC | SUCCESS         |

  @psa-c030 @run-230 @psa-crypto-1.0
  Scenario Outline: psa_mac_verify_finish: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage VERIFY_HASH, alg <alg>
    And (checkpoint 3) psa_mac_verify_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_mac_update(operation, hi_there) returns SUCCESS
    When psa_mac_verify_finish(operation, <mac>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) psa_mac_abort(operation) returns SUCCESS

    @requires:alg=HMAC @requires:alg=SHA_224 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA224
      | description                                     | data     | type              | alg                           | mac                          | expected status   |
      | Test psa_mac_verify_finish HMAC SHA 224         | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_224) | hmac_sha224_hi_there         | SUCCESS           |
      | Test psa_mac_verify_finish with invalid MAC     | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_224) | hmac_sha256_hi_there:28      | INVALID_SIGNATURE |
      | Test psa_mac_verify_finish with a short MAC     | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_224) | hmac_sha224_hi_there:27      | INVALID_SIGNATURE |

    @requires:alg=CMAC @requires:key=AES:128
    Examples: ARCH_TEST_CMAC
      | description                             | data     | type             | alg          | mac                   | expected status |
      | Test psa_mac_verify_finish CMAC AES 128 | cmac_key | PSA_KEY_TYPE_AES | PSA_ALG_CMAC | cmac_aes_128_hi_there | SUCCESS         |

  @psa-c030 @run-230 @psa-crypto-1.0 @requires:alg=HMAC @requires:alg=SHA_224
  Scenario: psa_mac_verify_finish: MAC APIs — Test psa_mac_verify_finish with an inactive and with a sign operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from hmac_key as PSA_KEY_TYPE_HMAC, usage SIGN_HASH | VERIFY_HASH, alg PSA_ALG_HMAC(PSA_ALG_SHA_224)
    Then (checkpoint 3) psa_mac_verify_finish(operation, hmac_sha224_hi_there) returns BAD_STATE
    And (checkpoint 4) psa_mac_abort(operation) returns SUCCESS
    And (checkpoint 5) psa_mac_sign_setup(operation, key, PSA_ALG_HMAC(PSA_ALG_SHA_224)) returns SUCCESS
    And (checkpoint 6) psa_mac_verify_finish(operation, hmac_sha224_hi_there) returns BAD_STATE
    And (checkpoint 7) psa_mac_abort(operation) returns SUCCESS

  @psa-c031 @run-231 @psa-crypto-1.0
  Scenario Outline: psa_mac_abort: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage SIGN_HASH | VERIFY_HASH, alg <alg>
    And (checkpoint 3) <setup>(operation, key, <alg>) returns SUCCESS
    When (checkpoint 4) psa_mac_abort(operation) returns SUCCESS
    Then (checkpoint 5) psa_mac_abort(operation) returns SUCCESS
    And (checkpoint 6) psa_mac_sign_finish(operation, 64) returns BAD_STATE
    And (checkpoint 7) psa_mac_abort(operation) returns SUCCESS

    @requires:alg=HMAC @requires:alg=SHA_224 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC
      | description                                 | data     | type              | alg                           | setup                |
      | Test psa_mac_abort HMAC SHA 224 sign        | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_224) | psa_mac_sign_setup   |
      | Test psa_mac_abort HMAC SHA 224 verify      | hmac_key | PSA_KEY_TYPE_HMAC | PSA_ALG_HMAC(PSA_ALG_SHA_224) | psa_mac_verify_setup |

    @requires:alg=CMAC @requires:key=AES:128
    Examples: ARCH_TEST_CMAC
      | description                     | data     | type             | alg          | setup                |
      | Test psa_mac_abort CMAC sign    | cmac_key | PSA_KEY_TYPE_AES | PSA_ALG_CMAC | psa_mac_sign_setup   |
      | Test psa_mac_abort CMAC verify  | cmac_key | PSA_KEY_TYPE_AES | PSA_ALG_CMAC | psa_mac_verify_setup |

  @psa-c046 @run-246 @psa-crypto-1.0
  Scenario Outline: psa_mac_compute: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_mac_compute(<key>, <alg>, hi_there, <mac size>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output is <expected mac>

    @requires:alg=HMAC @requires:alg=SHA_224 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA224
      | description                                          | data     | type              | usage     | policy                                                  | key | alg                                                      | mac size | expected status                        | expected mac           |
      | Test psa_mac_compute HMAC SHA 224                    | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | key | PSA_ALG_HMAC(PSA_ALG_SHA_224)                            | 64       | SUCCESS                                | hmac_sha224_hi_there   |
      | Test psa_mac_compute - Incompactible HMAC for CMAC   | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_CMAC                                            | key | PSA_ALG_CMAC                                             | 64       | one of INVALID_ARGUMENT, NOT_SUPPORTED | -                      |
      | Test psa_mac_compute - Invalid usage                 | hmac_key | PSA_KEY_TYPE_HMAC | EXPORT    | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | key | PSA_ALG_HMAC(PSA_ALG_SHA_224)                            | 64       | NOT_PERMITTED                          | -                      |
      | Test psa_mac_compute - truncated MAC too small       | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 1) | key | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 1)  | 64       | one of INVALID_ARGUMENT, NOT_SUPPORTED | -                      |
      | Test psa_mac_compute - truncated MAC too large       | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 33) | key | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 33) | 64      | one of INVALID_ARGUMENT, NOT_SUPPORTED | -                      |
      | Test psa_mac_compute - bad algorithm (unknown MAC algorithm) | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_HMAC(0)                         | key | PSA_ALG_HMAC(0)                                          | 64       | one of INVALID_ARGUMENT, NOT_SUPPORTED | -                      |
      | Test psa_mac_compute HMAC SHA 224 (truncated to 8 Byte) | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_224), 8) | key | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_224), 8) | 64 | SUCCESS                              | hmac_sha224_hi_there:8 |
      | Test psa_mac_compute - destroyed or invalid key      | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | 0x40ffffff | PSA_ALG_HMAC(PSA_ALG_SHA_224)                 | 64       | INVALID_HANDLE                         | -                      |

    @requires:alg=HMAC @requires:alg=SHA_256 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA256 (incl. the at-least-this-length policy wildcard, §9.5.2)
      | description                                                 | data     | type              | usage     | policy                                                            | key | alg                                                      | mac size | expected status | expected mac            |
      | Test psa_mac_compute HMAC SHA 256                           | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_256)                                     | key | PSA_ALG_HMAC(PSA_ALG_SHA_256)                            | 64       | SUCCESS         | hmac_sha256_hi_there    |
      | Test psa_mac_compute - at-least-8 policy, 16-byte MAC       | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8) | key | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 16) | 64      | SUCCESS         | hmac_sha256_hi_there:16 |
      | Test psa_mac_compute - at-least-8 policy, full-length MAC   | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8) | key | PSA_ALG_HMAC(PSA_ALG_SHA_256)                           | 64       | SUCCESS         | hmac_sha256_hi_there    |
      | Test psa_mac_compute - at-least-16 policy, 8-byte MAC       | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 16) | key | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8) | 64      | NOT_PERMITTED   | -                       |
      | Test psa_mac_compute - full-length policy, truncated MAC    | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_256)                                     | key | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 16) | 64       | NOT_PERMITTED   | -                       |
      | Test psa_mac_compute - at-least-this-length wildcard as operation algorithm | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8) | key | PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8) | 64 | one of INVALID_ARGUMENT, NOT_PERMITTED | - |

    @requires:alg=HMAC @requires:alg=SHA_512 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA512
      | description                       | data     | type              | usage     | policy                        | key | alg                           | mac size | expected status | expected mac         |
      | Test psa_mac_compute HMAC SHA 512 | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_512) | key | PSA_ALG_HMAC(PSA_ALG_SHA_512) | 64       | SUCCESS         | hmac_sha512_hi_there |

    @requires:alg=CMAC @requires:key=AES:128
    Examples: ARCH_TEST_CMAC, ARCH_TEST_AES_128
      | description                           | data     | type                  | usage     | policy       | key | alg          | mac size | expected status                        | expected mac          |
      | Test psa_mac_compute CMAC AES 128     | cmac_key | PSA_KEY_TYPE_AES      | SIGN_HASH | PSA_ALG_CMAC | key | PSA_ALG_CMAC | 64       | SUCCESS                                | cmac_aes_128_hi_there |
      | Test psa_mac_compute small size buffer | cmac_key | PSA_KEY_TYPE_AES     | SIGN_HASH | PSA_ALG_CMAC | key | PSA_ALG_CMAC | 8        | BUFFER_TOO_SMALL                       | -                     |
      | Test psa_mac_compute - Invalid key type | cmac_key | PSA_KEY_TYPE_RAW_DATA | SIGN_HASH | PSA_ALG_CMAC | key | PSA_ALG_CMAC | 64      | one of INVALID_ARGUMENT, NOT_SUPPORTED | -                     |

  @psa-c047 @run-247 @psa-crypto-1.0
  Scenario Outline: psa_mac_verify: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_mac_verify(<key>, <alg>, hi_there, <mac>) is called
    Then (checkpoint 3) the status is <expected status>

    @requires:alg=HMAC @requires:alg=SHA_224 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA224
      | description                                      | data     | type              | usage       | policy                                                  | key | alg                                                     | mac                     | expected status                        |
      | Test psa_mac_verify HMAC SHA 224                 | hmac_key | PSA_KEY_TYPE_HMAC | VERIFY_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | key | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | hmac_sha224_hi_there    | SUCCESS                                |
      | Test psa_mac_verify HMAC SHA 224 (truncated to 8 Byte) | hmac_key | PSA_KEY_TYPE_HMAC | VERIFY_HASH | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_224), 8) | key | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_224), 8) | hmac_sha224_hi_there:8 | SUCCESS                  |
      | Test psa_mac_verify - wrong MAC                  | hmac_key | PSA_KEY_TYPE_HMAC | VERIFY_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | key | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | hmac_sha256_hi_there:28 | INVALID_SIGNATURE                      |
      | Test psa_mac_verify - MAC of the wrong length    | hmac_key | PSA_KEY_TYPE_HMAC | VERIFY_HASH | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | key | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | hmac_sha224_hi_there:20 | INVALID_SIGNATURE                      |
      | Test psa_mac_verify - Invalid usage              | hmac_key | PSA_KEY_TYPE_HMAC | SIGN_HASH   | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | key | PSA_ALG_HMAC(PSA_ALG_SHA_224)                           | hmac_sha224_hi_there    | NOT_PERMITTED                          |
      | Test psa_mac_verify - Incompactible HMAC for CMAC | hmac_key | PSA_KEY_TYPE_HMAC | VERIFY_HASH | PSA_ALG_CMAC                                           | key | PSA_ALG_CMAC                                            | cmac_aes_128_hi_there   | one of INVALID_ARGUMENT, NOT_SUPPORTED |

    @requires:alg=CMAC @requires:key=AES:128
    Examples: ARCH_TEST_CMAC, ARCH_TEST_AES_128
      | description                      | data     | type             | usage       | policy       | key | alg          | mac                   | expected status |
      | Test psa_mac_verify CMAC AES 128 | cmac_key | PSA_KEY_TYPE_AES | VERIFY_HASH | PSA_ALG_CMAC | key | PSA_ALG_CMAC | cmac_aes_128_hi_there | SUCCESS         |

  @psa-c048 @run-248 @psa-crypto-1.0
  Scenario Outline: mac sign multipart flow: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from hmac_key as PSA_KEY_TYPE_HMAC, usage SIGN_HASH, alg <alg>
    When (checkpoint 3) psa_mac_sign_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_mac_update(operation, "Hi") returns SUCCESS
    And (checkpoint 5) psa_mac_update(operation, " There") returns SUCCESS
    Then (checkpoint 6) psa_mac_sign_finish(operation, 64) returns SUCCESS
    And (checkpoint 7) the output is <expected mac>
    And (checkpoint 8) psa_mac_compute(key, <alg>, hi_there, 64) returns SUCCESS
    And (checkpoint 9) the output is <expected mac>

    @requires:alg=HMAC @requires:alg=SHA_224 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA224
      | description                                | alg                           | expected mac         |
      | Test mac sign multipart flow HMAC SHA 224  | PSA_ALG_HMAC(PSA_ALG_SHA_224) | hmac_sha224_hi_there |

    @requires:alg=HMAC @requires:alg=SHA_256 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA256
      | description                                | alg                           | expected mac         |
      | Test mac sign multipart flow HMAC SHA 256  | PSA_ALG_HMAC(PSA_ALG_SHA_256) | hmac_sha256_hi_there |

  @psa-c049 @run-249 @psa-crypto-1.0
  Scenario Outline: mac verify multipart flow: MAC APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from hmac_key as PSA_KEY_TYPE_HMAC, usage VERIFY_HASH, alg <alg>
    When (checkpoint 3) psa_mac_verify_setup(operation, key, <alg>) returns SUCCESS
    And (checkpoint 4) psa_mac_update(operation, "Hi") returns SUCCESS
    And (checkpoint 5) psa_mac_update(operation, " There") returns SUCCESS
    Then (checkpoint 6) psa_mac_verify_finish(operation, <mac>) returns <expected status>
    And (checkpoint 7) psa_mac_abort(operation) returns SUCCESS

    @requires:alg=HMAC @requires:alg=SHA_224 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA224
      | description                                    | alg                           | mac                  | expected status   |
      | Test mac verify multipart flow HMAC SHA 224    | PSA_ALG_HMAC(PSA_ALG_SHA_224) | hmac_sha224_hi_there | SUCCESS           |
      | Test mac verify multipart flow with a wrong MAC | PSA_ALG_HMAC(PSA_ALG_SHA_224) | sha_224_hash        | INVALID_SIGNATURE |

    @requires:alg=HMAC @requires:alg=SHA_256 @requires:key=HMAC
    Examples: ARCH_TEST_HMAC, ARCH_TEST_SHA256
      | description                                  | alg                           | mac                  | expected status |
      | Test mac verify multipart flow HMAC SHA 256  | PSA_ALG_HMAC(PSA_ALG_SHA_256) | hmac_sha256_hi_there | SUCCESS         |
