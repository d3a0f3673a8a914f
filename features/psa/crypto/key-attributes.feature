@requires:role=psa-crypto
Feature: PSA Crypto key attributes and key copies (psa-arch-tests c010, c044; psa_purge_key with c005)
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
    And the attributes "target" are <target type>, bits <target bits>, usage <target usage>, alg <target alg>, id <target id>, lifetime <target lifetime>
    When psa_copy_key(source, target) is called giving "copy"
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the key "copy" has attributes <type>, bits <bits>, usage <copied usage>, alg <copied alg>, id <target id>, lifetime <target lifetime>
    And (checkpoint 5) when the call succeeded, psa_export_key(copy, 2000) returns <export status>
    And (checkpoint 6) when the call succeeded, the output is <data>

    @requires:key=AES:128 @requires:alg=CTR
    Examples: ARCH_TEST_CIPHER_MODE_CTR, ARCH_TEST_AES_128 (psa-arch-tests test_c044 rows)
      | description                            | data        | type             | bits | source usage    | source alg  | target type      | target bits | target usage    | target alg             | target id | target lifetime             | expected status  | copied usage    | copied alg  | export status |
      | Test psa_copy_key - 16 Byte AES        | key_data:16 | PSA_KEY_TYPE_AES | 128  | COPY \| EXPORT  | PSA_ALG_CTR | PSA_KEY_TYPE_AES | 128         | COPY \| EXPORT  | PSA_ALG_CTR            | 0         | PSA_KEY_LIFETIME_VOLATILE   | SUCCESS          | COPY \| EXPORT  | PSA_ALG_CTR | SUCCESS       |
      | Test psa_copy_key - without copy usage | key_data:16 | PSA_KEY_TYPE_AES | 128  | EXPORT          | PSA_ALG_CTR | PSA_KEY_TYPE_AES | 128         | COPY \| EXPORT  | PSA_ALG_CTR            | 0         | PSA_KEY_LIFETIME_VOLATILE   | NOT_PERMITTED    | -               | -           | -             |
      | Test psa_copy_key - invalid lifetime   | key_data:16 | PSA_KEY_TYPE_AES | 128  | COPY \| EXPORT  | PSA_ALG_CTR | PSA_KEY_TYPE_AES | 128         | COPY \| EXPORT  | PSA_ALG_CTR            | 0         | PSA_KEY_LIFETIME_PERSISTENT | INVALID_ARGUMENT | -               | -           | -             |
      | Test psa_copy_key - invalid key type   | key_data:16 | PSA_KEY_TYPE_AES | 128  | COPY \| EXPORT  | PSA_ALG_CTR | PSA_KEY_TYPE_DES | 128         | COPY \| EXPORT  | PSA_ALG_CTR            | 0         | PSA_KEY_LIFETIME_VOLATILE   | INVALID_ARGUMENT | -               | -           | -             |
      | Test psa_copy_key - invalid key bits   | key_data:16 | PSA_KEY_TYPE_AES | 128  | COPY \| EXPORT  | PSA_ALG_CTR | PSA_KEY_TYPE_AES | 127         | COPY \| EXPORT  | PSA_ALG_CTR            | 0         | PSA_KEY_LIFETIME_VOLATILE   | INVALID_ARGUMENT | -               | -           | -             |
      | Test psa_copy_key - type and bits 0 take the source's | key_data:16 | PSA_KEY_TYPE_AES | 128 | COPY \| EXPORT | PSA_ALG_CTR | PSA_KEY_TYPE_NONE | 0   | EXPORT          | PSA_ALG_CTR            | 0         | PSA_KEY_LIFETIME_VOLATILE   | SUCCESS          | EXPORT          | PSA_ALG_CTR | SUCCESS       |
      | Test psa_copy_key - incompatible algorithms | key_data:16 | PSA_KEY_TYPE_AES | 128 | COPY \| EXPORT | PSA_ALG_CTR | PSA_KEY_TYPE_AES | 128         | EXPORT          | PSA_ALG_CBC_NO_PADDING | 0         | PSA_KEY_LIFETIME_VOLATILE   | INVALID_ARGUMENT | -               | -           | -             |
      | Test psa_copy_key - into a persistent key | key_data:16 | PSA_KEY_TYPE_AES | 128 | COPY \| EXPORT  | PSA_ALG_CTR | PSA_KEY_TYPE_AES | 128         | EXPORT          | PSA_ALG_CTR            | 0x4401    | PSA_KEY_LIFETIME_PERSISTENT | SUCCESS          | EXPORT          | PSA_ALG_CTR | SUCCESS       |

    @requires:key=AES:256 @requires:alg=CTR
    Examples: ARCH_TEST_AES_256 (usage is the intersection)
      | description                     | data        | type             | bits | source usage                 | source alg  | target type      | target bits | target usage                 | target alg  | target id | target lifetime           | expected status | copied usage   | copied alg  | export status |
      | Test psa_copy_key - 32 Byte AES | key_data:32 | PSA_KEY_TYPE_AES | 256  | COPY \| EXPORT \| DECRYPT   | PSA_ALG_CTR | PSA_KEY_TYPE_AES | 256         | COPY \| EXPORT \| ENCRYPT   | PSA_ALG_CTR | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         | COPY \| EXPORT | PSA_ALG_CTR | SUCCESS       |

    @requires:key=RSA_KEY_PAIR:2048 @requires:alg=RSA_PKCS1V15_SIGN_RAW
    Examples: ARCH_TEST_RSA_PKCS1V15_SIGN_RAW, ARCH_TEST_RSA_2048
      | description                                  | data             | type                        | bits | source usage                  | source alg                                  | target type                 | target bits | target usage                  | target alg                         | target id | target lifetime           | expected status  | copied usage   | copied alg                    | export status |
      | Test psa_copy_key - 2048 RSA public key      | rsa_256_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | 2048 | COPY \| EXPORT \| SIGN_HASH  | PSA_ALG_RSA_PKCS1V15_SIGN_RAW               | PSA_KEY_TYPE_RSA_PUBLIC_KEY | 2048        | COPY \| EXPORT \| ENCRYPT    | PSA_ALG_RSA_PKCS1V15_SIGN_RAW      | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS          | COPY \| EXPORT | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | SUCCESS       |
      | Test psa_copy_key - RSA 2048 keypair         | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR   | 2048 | COPY \| EXPORT                | PSA_ALG_RSA_PKCS1V15_SIGN_RAW               | PSA_KEY_TYPE_RSA_KEY_PAIR   | 2048        | COPY \| EXPORT \| VERIFY_HASH | PSA_ALG_RSA_PKCS1V15_SIGN_RAW     | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS          | COPY \| EXPORT | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | SUCCESS       |
      | Test psa_copy_key - Incompatible target policy(source and target) | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | COPY \| EXPORT | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH) | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | COPY \| EXPORT | PSA_ALG_RSA_PSS(PSA_ALG_ANY_HASH) | 0 | PSA_KEY_LIFETIME_VOLATILE | INVALID_ARGUMENT | -              | -                             | -             |
      | Test psa_copy_key - source key with no export usage | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | COPY \| SIGN_HASH      | PSA_ALG_RSA_PKCS1V15_SIGN_RAW               | PSA_KEY_TYPE_RSA_KEY_PAIR   | 2048        | COPY \| EXPORT                | PSA_ALG_RSA_PKCS1V15_SIGN_RAW      | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS          | COPY           | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | NOT_PERMITTED |

    @requires:key=RSA_KEY_PAIR:2048 @requires:alg=RSA_PKCS1V15_SIGN
    Examples: ANY_HASH policy meets a specific hash (§9.5.2)
      | description                                        | data             | type                      | bits | source usage                  | source alg                                  | target type               | target bits | target usage        | target alg                                 | target id | target lifetime           | expected status | copied usage                        | copied alg                                 | export status |
      | Test psa_copy_key - RSA ANY_HASH source, SHA-256 target | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | COPY \| EXPORT \| SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH) | PSA_KEY_TYPE_RSA_KEY_PAIR | 0      | EXPORT \| SIGN_HASH | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         | EXPORT \| SIGN_HASH \| SIGN_MESSAGE | PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256) | SUCCESS       |

    @requires:key=DES:128 @requires:alg=CTR
    Examples: ARCH_TEST_DES_2KEY
      | description                          | data        | type             | bits | source usage   | source alg  | target type      | target bits | target usage   | target alg  | target id | target lifetime           | expected status | copied usage   | copied alg  | export status |
      | Test psa_copy_key - Triple DES 2-Key | key_data:16 | PSA_KEY_TYPE_DES | 128  | COPY \| EXPORT | PSA_ALG_CTR | PSA_KEY_TYPE_DES | 128         | COPY \| EXPORT | PSA_ALG_CTR | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         | COPY \| EXPORT | PSA_ALG_CTR | SUCCESS       |

    @requires:key=DES:192 @requires:alg=CTR
    Examples: ARCH_TEST_DES_3KEY
      | description                          | data        | type             | bits | source usage   | source alg  | target type      | target bits | target usage   | target alg  | target id | target lifetime           | expected status | copied usage   | copied alg  | export status |
      | Test psa_copy_key - Triple DES 3-Key | key_data:24 | PSA_KEY_TYPE_DES | 192  | COPY \| EXPORT | PSA_ALG_CTR | PSA_KEY_TYPE_DES | 192         | COPY \| EXPORT | PSA_ALG_CTR | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         | COPY \| EXPORT | PSA_ALG_CTR | SUCCESS       |

    @requires:key=ECC_PUBLIC_KEY(SECP_R1):256 @requires:alg=ECDSA_ANY
    Examples: ARCH_TEST_ECDSA, ARCH_TEST_ECC_CURVE_SECP256R1
      | description                       | data        | type                                                | bits | source usage   | source alg        | target type                                         | target bits | target usage   | target alg        | target id | target lifetime           | expected status | copied usage   | copied alg        | export status |
      | Test psa_copy_key - EC Public key | ec_key_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256  | COPY \| EXPORT | PSA_ALG_ECDSA_ANY | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256         | COPY \| EXPORT | PSA_ALG_ECDSA_ANY | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         | COPY \| EXPORT | PSA_ALG_ECDSA_ANY | SUCCESS       |

    @requires:key=ECC_KEY_PAIR(SECP_R1):224 @requires:alg=ECDSA_ANY
    Examples: ARCH_TEST_ECC_CURVE_SECP224R1
      | description                    | data        | type                                              | bits | source usage   | source alg        | target type                                       | target bits | target usage   | target alg        | target id | target lifetime           | expected status | copied usage   | copied alg        | export status |
      | Test psa_copy_key - EC keypair | ec_key_pair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 224  | COPY \| EXPORT | PSA_ALG_ECDSA_ANY | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 224         | COPY \| EXPORT | PSA_ALG_ECDSA_ANY | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         | COPY \| EXPORT | PSA_ALG_ECDSA_ANY | SUCCESS       |

    @requires:key=HMAC @requires:alg=HMAC @requires:alg=SHA_256
    Examples: at-least-this-length policy meets a specific MAC length (§9.5.2)
      | description                                                | data     | type              | bits | source usage                    | source alg                                                         | target type       | target bits | target usage           | target alg                                               | target id | target lifetime           | expected status | copied usage           | copied alg                                               | export status |
      | Test psa_copy_key - HMAC, wildcard source, specific target | hmac_key | PSA_KEY_TYPE_HMAC | 160  | COPY \| EXPORT \| SIGN_MESSAGE | PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8) | PSA_KEY_TYPE_HMAC | 160         | EXPORT \| SIGN_MESSAGE | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 16) | 0         | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         | EXPORT \| SIGN_MESSAGE | PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 16) | SUCCESS       |

  @psa-c044 @run-244 @psa-crypto-1.0 @requires:key=AES:128
  Scenario: psa_copy_key: Key Management APIs — Test psa_copy_key - destroyed source key
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "source" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage COPY | EXPORT, alg PSA_ALG_CTR
    And the attributes "target" are PSA_KEY_TYPE_AES, bits 128, usage EXPORT, alg PSA_ALG_CTR
    And (checkpoint 3) psa_destroy_key(source) returns SUCCESS
    Then (checkpoint 4) psa_copy_key(source, target) returns INVALID_HANDLE

  # psa_purge_key has no psa-arch-tests case; it is reported with c005 (psa_destroy_key), its §9.6 sibling.
  @psa-c005 @run-205 @testfest-extension @psa-crypto-1.0 @requires:key=AES:128 @requires:lifetime=PERSISTENT @requires:api=psa_purge_key
  Scenario: psa_purge_key: Key Management APIs — Test psa_purge_key keeps a persistent key usable; an unknown key is refused
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And the attributes "persistent" are PSA_KEY_TYPE_AES, bits 128, usage EXPORT, alg PSA_ALG_CTR, id 0x2001, lifetime PSA_KEY_LIFETIME_PERSISTENT
    And (checkpoint 2) psa_import_key(persistent, key_data:16) returns SUCCESS giving "key"
    When (checkpoint 3) psa_purge_key(key) returns SUCCESS
    Then (checkpoint 4) psa_export_key(key, 16) returns SUCCESS
    And (checkpoint 5) the output is key_data:16
    # An identifier that names no key: INVALID_HANDLE, or DOES_NOT_EXIST for an empty persistent
    # slot as Crypto API 1.0 implementations answer (psa-arch-tests c040 accepts both).
    And (checkpoint 6) psa_purge_key(0x2002) returns one of INVALID_HANDLE, DOES_NOT_EXIST
