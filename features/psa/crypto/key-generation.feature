@requires:role=psa-crypto
Feature: PSA Crypto key generation and random numbers (psa-arch-tests c016, c017)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c016 (psa_generate_key) and
  test_c017 (psa_generate_random), run ids 216 and 217, against PSA Crypto API 1.2 §9.6
  psa_generate_key and §10.10 psa_generate_random. A generated key is checked through its
  attributes and its exported length; random output is checked for length and freshness.

  @psa-c016 @run-216 @psa-crypto-1.0
  Scenario Outline: psa_generate_key: Key Management APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And the attributes "attributes" are <type>, bits <bits>, usage <usage>, alg <alg>
    When psa_generate_key(attributes) is called giving "key"
    Then (checkpoint 2) the status is <expected status>
    And (checkpoint 3) when the call succeeded, the key "key" has attributes <type>, bits <bits>, usage <usage>, alg <alg>
    And (checkpoint 4) when the call succeeded, <export>(key, 1200) returns SUCCESS
    And (checkpoint 5) when the call succeeded, the output length is <length>

    @requires:key=AES:128
    Examples: ARCH_TEST_AES_128
      | description                                 | type                                                | bits | usage  | alg          | expected status                        | export         | length |
      | Test psa_generate_key 16 Byte AES           | PSA_KEY_TYPE_AES                                    | 128  | EXPORT | PSA_ALG_CTR  | SUCCESS                                | psa_export_key | 16     |
      | Test psa_generate_key with invalid bits     | PSA_KEY_TYPE_AES                                    | 100  | EXPORT | PSA_ALG_CTR  | one of INVALID_ARGUMENT, NOT_SUPPORTED | psa_export_key | -      |
      | Test psa_generate_key with zero bits        | PSA_KEY_TYPE_AES                                    | 0    | EXPORT | PSA_ALG_CTR  | one of INVALID_ARGUMENT, NOT_SUPPORTED | psa_export_key | -      |
      | Test psa_generate_key with invalid usage flags | PSA_KEY_TYPE_AES                                 | 128  | 0x10000 | PSA_ALG_CTR | INVALID_ARGUMENT                       | psa_export_key | -      |
      | Test psa_generate_key with public key type  | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256  | EXPORT | PSA_ALG_ECDH | one of INVALID_ARGUMENT, NOT_SUPPORTED | psa_export_key | -      |
      | Test psa_generate_key with invalid key type | PSA_KEY_TYPE_NONE                                   | 128  | EXPORT | PSA_ALG_CTR  | one of INVALID_ARGUMENT, NOT_SUPPORTED | psa_export_key | -      |

    @requires:key=AES:256
    Examples: ARCH_TEST_AES_256
      | description                       | type             | bits | usage  | alg         | expected status | export         | length |
      | Test psa_generate_key 32 Byte AES | PSA_KEY_TYPE_AES | 256  | EXPORT | PSA_ALG_CTR | SUCCESS         | psa_export_key | 32     |

    @requires:key=DES:192
    Examples: ARCH_TEST_DES_3KEY
      | description                              | type             | bits | usage  | alg                    | expected status | export         | length |
      | Test psa_generate_key with Triple DES 3-Key | PSA_KEY_TYPE_DES | 192 | EXPORT | PSA_ALG_CBC_NO_PADDING | SUCCESS         | psa_export_key | 24     |

    @requires:key=ECC_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_ECC_CURVE_SECP256R1
      | description                         | type                                              | bits | usage  | alg                            | expected status | export                | length |
      | Test psa_generate_key with ECC KeyPair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 256 | EXPORT | PSA_ALG_ECDSA(PSA_ALG_SHA_256) | SUCCESS     | psa_export_public_key | 65     |

    @requires:key=RSA_KEY_PAIR:2048
    Examples: ARCH_TEST_RSA_2048
      | description                             | type                      | bits | usage  | alg                           | expected status | export                | length |
      | Test psa_generate_key with RSA 2048 Keypair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | EXPORT | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | SUCCESS     | psa_export_public_key | 270    |

    @requires:key=ECC_KEY_PAIR(MONTGOMERY):255
    Examples: ARCH_TEST_ECC_CURVE_25519
      | description                           | type                                                 | bits | usage  | alg          | expected status | export                | length |
      | Test psa_generate_key with X25519 pair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY) | 255  | EXPORT | PSA_ALG_ECDH | SUCCESS         | psa_export_public_key | 32     |

    @requires:key=ECC_KEY_PAIR(TWISTED_EDWARDS):255
    Examples: ARCH_TEST_ED25519
      | description                             | type                                                      | bits | usage  | alg                | expected status | export                | length |
      | Test psa_generate_key with Ed25519 pair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS) | 255  | EXPORT | PSA_ALG_PURE_EDDSA | SUCCESS         | psa_export_public_key | 32     |

    @requires:key=CHACHA20:256
    Examples: ARCH_TEST_CHACHA20
      | description                          | type                  | bits | usage  | alg                   | expected status | export         | length |
      | Test psa_generate_key with ChaCha20  | PSA_KEY_TYPE_CHACHA20 | 256  | EXPORT | PSA_ALG_STREAM_CIPHER | SUCCESS         | psa_export_key | 32     |

    @requires:key=DH_KEY_PAIR(RFC7919):2048
    Examples: ARCH_TEST_FFDH
      | description                                | type                                          | bits | usage  | alg          | expected status | export                | length |
      | Test psa_generate_key with FFDH 2048 pair  | PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919) | 2048 | EXPORT | PSA_ALG_FFDH | SUCCESS       | psa_export_public_key | 256    |

  @psa-c016 @run-216 @psa-crypto-1.0 @requires:key=AES:128 @requires:lifetime=PERSISTENT
  Scenario: psa_generate_key: Key Management APIs — Test psa_generate_key with an identifier already in use
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And the attributes "persistent" are PSA_KEY_TYPE_AES, bits 128, usage EXPORT, alg PSA_ALG_CTR, id 0x3001, lifetime PSA_KEY_LIFETIME_PERSISTENT
    And (checkpoint 2) psa_generate_key(persistent) returns SUCCESS giving "first"
    Then (checkpoint 3) psa_generate_key(persistent) returns ALREADY_EXISTS

  @psa-c017 @run-217 @psa-crypto-1.0
  Scenario Outline: psa_generate_random: Random APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_generate_random(<size>) returns SUCCESS giving "first"
    When (checkpoint 3) psa_generate_random(<size>) returns SUCCESS
    Then (checkpoint 4) the output length is <size>
    And (checkpoint 5) the output differs from first

    Examples: any target
      | description                                 | size |
      | Test psa_generate_random to get 16 Byte data | 16  |
      | Test psa_generate_random to get 24 Byte data | 24  |
      | Test psa_generate_random to get 32 Byte data | 32  |
      | Test psa_generate_random to get 64 Byte data | 64  |
      | Test psa_generate_random to get 128 Byte data | 128 |
      | Test psa_generate_random to get 256 Byte data | 256 |
      | Test psa_generate_random to get 512 Byte data | 512 |
      | Test psa_generate_random to get 1000 Byte data | 1000 |
      | Test psa_generate_random to get 1024 Byte data | 1024 |
