@requires:role=psa-crypto
Feature: PSA Crypto key attributes and key copies (psa-arch-tests c010, c044; psa_purge_key)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c010 (key attributes, volatile and
  persistent identifiers) and test_c044 (psa_copy_key), run ids 210 and 244, against PSA Crypto API
  1.2 §9.1–§9.6. Attribute sets are built through the spec accessors (psa_set_key_id switches a
  volatile attribute set to persistent, §9.3). Usages read back include the implied MESSAGE usages
  (§9.5.4), and a copy's usage is the intersection of the source and requested usages while its
  algorithm is the intersection of the two policies (§9.6 psa_copy_key). psa_purge_key has no
  psa-arch-tests case; it is exercised here (`@testfest-extension`).

  @psa-c010 @run-210 @psa-crypto-1.0
  Scenario Outline: psa_get_key_attributes: Key Attribute APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And the attributes "attributes" are <type>, bits <bits>, usage <usage>, alg <alg>, id <id>, lifetime <lifetime>
    When (checkpoint 2) psa_import_key(attributes, <data>) returns SUCCESS giving "key"
    Then (checkpoint 3) the key "key" has attributes <type>, bits <expected bits>, usage <expected usage>, alg <alg>, id <expected id>, lifetime <lifetime>

    @requires:key=AES:128 @requires:lifetime=VOLATILE
    Examples: ARCH_TEST_AES_128, volatile keys (the implementation picks the identifier)
      | description                                         | data        | type             | bits | usage                  | alg                    | id | lifetime                  | expected bits | expected usage                         | expected id |
      | Test psa_set_key_id - volatile AES key               | key_data:16 | PSA_KEY_TYPE_AES | 128  | EXPORT                 | PSA_ALG_CTR            | 0  | PSA_KEY_LIFETIME_VOLATILE | 128           | EXPORT                                 | 0           |
      | Test attribute accessors - bits inferred from the data | key_data:16 | PSA_KEY_TYPE_AES | 0  | ENCRYPT \| DECRYPT     | PSA_ALG_CBC_NO_PADDING | 0  | PSA_KEY_LIFETIME_VOLATILE | 128           | ENCRYPT \| DECRYPT                     | 0           |
      | Test attribute accessors - id then volatile lifetime resets the id | key_data:16 | PSA_KEY_TYPE_AES | 128 | EXPORT   | PSA_ALG_CTR            | 0x12 | PSA_KEY_LIFETIME_VOLATILE | 128         | EXPORT                                 | 0           |

    @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:lifetime=VOLATILE
    Examples: implied usage flags (§9.5.4)
      | description                                        | data       | type                                              | bits | usage     | alg                            | id | lifetime                  | expected bits | expected usage            | expected id |
      | Test attribute accessors - SIGN_HASH implies SIGN_MESSAGE | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 256 | SIGN_HASH | PSA_ALG_ECDSA(PSA_ALG_SHA_256) | 0 | PSA_KEY_LIFETIME_VOLATILE | 256 | SIGN_HASH \| SIGN_MESSAGE | 0           |

    @requires:key=AES:128 @requires:lifetime=PERSISTENT
    Examples: ARCH_TEST_AES_128, persistent keys (the application picks the identifier)
      | description                                | data        | type             | bits | usage  | alg         | id     | lifetime                    | expected bits | expected usage | expected id |
      | Test psa_set_key_id - persistent AES key   | key_data:16 | PSA_KEY_TYPE_AES | 128  | EXPORT | PSA_ALG_CTR | 0x1001 | PSA_KEY_LIFETIME_PERSISTENT | 128           | EXPORT         | 0x1001      |

  @psa-c010 @run-210 @psa-crypto-1.0 @requires:key=AES:128 @requires:lifetime=PERSISTENT
  Scenario Outline: psa_import_key: Key Attribute APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And the attributes "attributes" are PSA_KEY_TYPE_AES, bits 128, usage EXPORT, alg PSA_ALG_CTR, id <id>, lifetime <lifetime>
    When psa_import_key(attributes, key_data:16) is called
    Then (checkpoint 2) the status is <expected status>

    Examples: key identifier ranges (§9.4)
      | description                                                       | id         | lifetime                    | expected status  |
      | Test psa_set_key_id - vendor-range identifier from the application | 0x40000001 | PSA_KEY_LIFETIME_PERSISTENT | INVALID_ARGUMENT |
      | Test psa_set_key_id - PSA_KEY_ID_NULL for a persistent key        | 0          | PSA_KEY_LIFETIME_PERSISTENT | INVALID_ARGUMENT |
      | Test psa_set_key_id - highest user identifier                     | 0x3fffffff | PSA_KEY_LIFETIME_PERSISTENT | SUCCESS          |

  @psa-c044 @run-244 @psa-crypto-1.0
  Scenario Outline: psa_copy_key: Key Management APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "source" is imported from <data> as <type>, usage <source usage>, alg <source alg>
    And the attributes "target" are <target type>, bits <target bits>, usage <target usage>, alg <target alg>
    When psa_copy_key(source, target) is called giving "copy"
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, psa_export_key(copy, 2000) returns SUCCESS
    And (checkpoint 5) when the call succeeded, the output is <data>
    And (checkpoint 6) when the call succeeded, the key "copy" has attributes <type>, bits <bits>, usage <copied usage>, alg <copied alg>

    @requires:key=AES:128
    Examples: ARCH_TEST_AES_128
      | description                                      | data        | type             | bits | source usage                   | source alg             | target type      | target bits | target usage          | target alg             | expected status  | copied usage   | copied alg             |
      | Test psa_copy_key - 16 Byte AES                  | key_data:16 | PSA_KEY_TYPE_AES | 128  | COPY \| EXPORT \| ENCRYPT       | PSA_ALG_CTR            | PSA_KEY_TYPE_NONE | 0          | EXPORT \| ENCRYPT      | PSA_ALG_CTR            | SUCCESS          | EXPORT \| ENCRYPT | PSA_ALG_CTR         |
      | Test psa_copy_key - usage is intersected         | key_data:16 | PSA_KEY_TYPE_AES | 128  | COPY \| EXPORT                  | PSA_ALG_CTR            | PSA_KEY_TYPE_AES | 128         | EXPORT \| ENCRYPT      | PSA_ALG_CTR            | SUCCESS          | EXPORT         | PSA_ALG_CTR            |
      | Test psa_copy_key - copy to a NONE policy        | key_data:16 | PSA_KEY_TYPE_AES | 128  | COPY \| EXPORT                  | PSA_ALG_CTR            | PSA_KEY_TYPE_AES | 128         | EXPORT                 | PSA_ALG_NONE           | SUCCESS          | EXPORT         | PSA_ALG_NONE           |
      | Test psa_copy_key - Incompatible target policy (algorithm) | key_data:16 | PSA_KEY_TYPE_AES | 128 | COPY \| EXPORT          | PSA_ALG_CTR            | PSA_KEY_TYPE_AES | 128         | EXPORT                 | PSA_ALG_CBC_NO_PADDING | INVALID_ARGUMENT | -              | -                      |
      | Test psa_copy_key - Incompatible target type     | key_data:16 | PSA_KEY_TYPE_AES | 128  | COPY \| EXPORT                  | PSA_ALG_CTR            | PSA_KEY_TYPE_HMAC | 128        | EXPORT                 | PSA_ALG_CTR            | INVALID_ARGUMENT | -              | -                      |
      | Test psa_copy_key - Incompatible target bits     | key_data:16 | PSA_KEY_TYPE_AES | 128  | COPY \| EXPORT                  | PSA_ALG_CTR            | PSA_KEY_TYPE_AES | 256         | EXPORT                 | PSA_ALG_CTR            | INVALID_ARGUMENT | -              | -                      |
      | Test psa_copy_key - source without COPY usage    | key_data:16 | PSA_KEY_TYPE_AES | 128  | EXPORT                          | PSA_ALG_CTR            | PSA_KEY_TYPE_AES | 128         | EXPORT                 | PSA_ALG_CTR            | NOT_PERMITTED    | -              | -                      |

    @requires:key=HMAC @requires:alg=HMAC @requires:alg=SHA_256
    Examples: at-least-this-length policy meets a specific MAC length (§9.5.2)
      | description                                                 | data     | type              | bits | source usage         | source alg                                                        | target type       | target bits | target usage | target alg                                              | expected status | copied usage | copied alg                                              |
      | Test psa_copy_key - HMAC, wildcard source, specific target  | hmac_key | PSA_KEY_TYPE_HMAC | 160  | COPY \| EXPORT \| SIGN_MESSAGE | PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8) | PSA_KEY_TYPE_HMAC | 160 | EXPORT \| SIGN_MESSAGE | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 16) | SUCCESS | EXPORT \| SIGN_MESSAGE | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 16) |

    @requires:key=RSA_KEY_PAIR:2048 @requires:alg=RSA_PKCS1V15_SIGN
    Examples: ARCH_TEST_RSA_2048 (ANY_HASH policy meets a specific hash)
      | description                            | data             | type                      | bits | source usage                  | source alg                                  | target type               | target bits | target usage       | target alg                                 | expected status | copied usage                                        | copied alg                                 |
      | Test psa_copy_key - RSA 2048 keypair   | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | COPY \| EXPORT \| SIGN_HASH   | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH) | PSA_KEY_TYPE_RSA_KEY_PAIR | 0           | EXPORT \| SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | SUCCESS         | EXPORT \| SIGN_HASH \| SIGN_MESSAGE                | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) |

    @requires:key=ECC_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_ECC_CURVE_SECP256R1
      | description                         | data       | type                                              | bits | source usage    | source alg   | target type                                       | target bits | target usage | target alg   | expected status | copied usage | copied alg   |
      | Test psa_copy_key - EC key pair     | ec_keypair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 256  | COPY \| EXPORT  | PSA_ALG_ECDH | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 256         | EXPORT       | PSA_ALG_ECDH | SUCCESS         | EXPORT       | PSA_ALG_ECDH |

  @psa-c044 @run-244 @psa-crypto-1.0 @requires:key=AES:128
  Scenario: psa_copy_key: Key Management APIs — Test psa_copy_key - destroyed source key
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "source" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage COPY | EXPORT, alg PSA_ALG_CTR
    And the attributes "target" are PSA_KEY_TYPE_AES, bits 128, usage EXPORT, alg PSA_ALG_CTR
    And (checkpoint 3) psa_destroy_key(source) returns SUCCESS
    Then (checkpoint 4) psa_copy_key(source, target) returns INVALID_HANDLE

  @psa-purge @testfest-extension @psa-crypto-1.0 @requires:key=AES:128 @requires:lifetime=PERSISTENT @requires:api=psa_purge_key
  Scenario: psa_purge_key: Key Management APIs — Test psa_purge_key keeps a persistent key usable; an unknown key is INVALID_HANDLE
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And the attributes "persistent" are PSA_KEY_TYPE_AES, bits 128, usage EXPORT, alg PSA_ALG_CTR, id 0x2001, lifetime PSA_KEY_LIFETIME_PERSISTENT
    And (checkpoint 2) psa_import_key(persistent, key_data:16) returns SUCCESS giving "key"
    When (checkpoint 3) psa_purge_key(key) returns SUCCESS
    Then (checkpoint 4) psa_export_key(key, 16) returns SUCCESS
    And (checkpoint 5) the output is key_data:16
    And (checkpoint 6) psa_purge_key(0x2002) returns INVALID_HANDLE
