@requires:role=psa-crypto
Feature: PSA Crypto key agreement (psa-arch-tests c043, c080)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c043 (psa_raw_key_agreement) and
  test_c080 (psa_key_agreement, new in Crypto API 1.2), run ids 243 and 280, against PSA Crypto API
  1.2 §10.9 "Key agreement". ECDH vectors: psa-arch-tests ecdh_secp_256_r1_* / ecdh_secp_384_r1_*
  keys, which are RFC 5903 §8.1 / §8.2, with the RFC's shared x-coordinates; X25519 / X448 from
  RFC 7748 §6.1 / §6.2. FFDH has no short public vector: two generated RFC 7919 keys must agree.
  psa_raw_key_agreement lists NOT_SUPPORTED for "alg is not supported or is not a key agreement
  algorithm" as well as INVALID_ARGUMENT, so a combined KEY_AGREEMENT(ka, kdf) may get either.

  @psa-c043 @run-243 @psa-crypto-1.0
  Scenario Outline: psa_raw_key_agreement: Key Agreement APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    When psa_raw_key_agreement(<alg>, <key>, <peer>, <size>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output is <expected secret>

    @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:alg=ECDH
    Examples: ARCH_TEST_ECDH, ARCH_TEST_ECC_CURVE_SECP256R1
      | description                                            | data                     | type                                                | usage  | policy       | key             | alg                                                  | peer                     | size | expected status  | expected secret         |
      | Test psa_raw_key_agreement - ECDH SECP256R1            | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                                         | ecdh_secp_256_r1_pub_key | 64   | SUCCESS          | ecdh_secp_256_r1_shared |
      | Test psa_raw_key_agreement - Invalid usage             | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | EXPORT | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                                         | ecdh_secp_256_r1_pub_key | 64   | NOT_PERMITTED    | -                       |
      | Test psa_raw_key_agreement - Small buffer size         | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                                         | ecdh_secp_256_r1_pub_key | 31   | BUFFER_TOO_SMALL | -                       |
      | Test psa_raw_key_agreement - Not a key agreement alg   | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_HKDF(PSA_ALG_SHA_256)                        | ecdh_secp_256_r1_pub_key | 64   | INVALID_ARGUMENT | -                       |
      | Test psa_raw_key_agreement - key agreement with a KDF  | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | key | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | ecdh_secp_256_r1_pub_key | 64 | one of INVALID_ARGUMENT, NOT_SUPPORTED | - |
      | Test psa_raw_key_agreement - Invalid public key (other curve) | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_ECDH | key          | PSA_ALG_ECDH                                         | ecdh_secp_384_r1_pub_key | 64   | INVALID_ARGUMENT | -                       |
      | Test psa_raw_key_agreement - Invalid public key (not on the curve) | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_ECDH | key   | PSA_ALG_ECDH                                         | ecdh_secp_256_r1_pub_key[:64] + hex:ac | 64 | INVALID_ARGUMENT | -          |
      | Test psa_raw_key_agreement - Public key as private key | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                                         | ecdh_secp_256_r1_pub_key | 64   | INVALID_ARGUMENT | -                       |
      | Test psa_raw_key_agreement - Invalid key identifier    | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_ECDH | PSA_KEY_ID_NULL | PSA_ALG_ECDH                                         | ecdh_secp_256_r1_pub_key | 64   | INVALID_HANDLE   | -                       |

    @requires:key=ECC_KEY_PAIR(SECP_R1):384 @requires:alg=ECDH
    Examples: ARCH_TEST_ECDH, ARCH_TEST_ECC_CURVE_SECP384R1
      | description                                 | data                     | type                                              | usage  | policy       | key | alg          | peer                     | size | expected status | expected secret         |
      | Test psa_raw_key_agreement - ECDH SECP384R1 | ecdh_secp_384_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_ECDH | key | PSA_ALG_ECDH | ecdh_secp_384_r1_pub_key | 64   | SUCCESS         | ecdh_secp_384_r1_shared |

    @requires:key=ECC_KEY_PAIR(MONTGOMERY):255 @requires:alg=ECDH
    Examples: ARCH_TEST_ECC_CURVE_25519 (RFC 7748 §6.1)
      | description                             | data              | type                                                 | usage  | policy       | key | alg          | peer           | size | expected status | expected secret |
      | Test psa_raw_key_agreement - ECDH X25519 | x25519_alice_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY) | DERIVE | PSA_ALG_ECDH | key | PSA_ALG_ECDH | x25519_bob_pub | 32   | SUCCESS         | x25519_shared   |

    @requires:key=ECC_KEY_PAIR(MONTGOMERY):448 @requires:alg=ECDH
    Examples: ARCH_TEST_ECC_CURVE_448 (RFC 7748 §6.2)
      | description                           | data            | type                                                 | usage  | policy       | key | alg          | peer         | size | expected status | expected secret |
      | Test psa_raw_key_agreement - ECDH X448 | x448_alice_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY) | DERIVE | PSA_ALG_ECDH | key | PSA_ALG_ECDH | x448_bob_pub | 56   | SUCCESS         | x448_shared     |

  @psa-c043 @run-243 @psa-crypto-1.0 @requires:key=DH_KEY_PAIR(RFC7919):2048 @requires:alg=FFDH
  Scenario: psa_raw_key_agreement: Key Agreement APIs — Test psa_raw_key_agreement - FFDH RFC 7919 2048 (both sides agree)
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "alice" is generated as PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), bits 2048, usage DERIVE, alg PSA_ALG_FFDH
    And (checkpoint 3) the key "bob" is generated as PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), bits 2048, usage DERIVE, alg PSA_ALG_FFDH
    And (checkpoint 4) psa_export_public_key(alice, 256) returns SUCCESS giving "alice_pub"
    And (checkpoint 5) psa_export_public_key(bob, 256) returns SUCCESS giving "bob_pub"
    When (checkpoint 6) psa_raw_key_agreement(PSA_ALG_FFDH, alice, bob_pub, 256) returns SUCCESS giving "alice_secret"
    Then (checkpoint 7) the output length is 256
    And (checkpoint 8) psa_raw_key_agreement(PSA_ALG_FFDH, bob, alice_pub, 256) returns SUCCESS
    And (checkpoint 9) the output is alice_secret
    And (checkpoint 10) psa_raw_key_agreement(PSA_ALG_FFDH, bob, alice_pub:255, 256) returns INVALID_ARGUMENT
    And (checkpoint 11) psa_raw_key_agreement(PSA_ALG_ECDH, bob, alice_pub, 256) returns one of INVALID_ARGUMENT, NOT_PERMITTED

  @psa-c080 @run-280 @psa-crypto-1.2
  Scenario Outline: psa_key_agreement: Key Agreement APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    And the attributes "derived" are <derived type>, bits <derived bits>, usage EXPORT | DERIVE, alg PSA_ALG_HKDF(PSA_ALG_SHA_256)
    When psa_key_agreement(<key>, <peer>, <alg>, derived) is called giving "shared"
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, psa_export_key(shared, 100) returns SUCCESS
    And (checkpoint 5) when the call succeeded, the output is <expected secret>

    @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:alg=ECDH @requires:api=psa_key_agreement
    Examples: ARCH_TEST_ECDH, ARCH_TEST_ECC_CURVE_SECP256R1
      | description                                        | data                     | type                                                | usage  | policy       | key             | alg                           | peer                     | derived type          | derived bits | expected status  | expected secret         |
      | Test psa_key_agreement - ECDH SECP256R1            | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                  | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_DERIVE   | 0            | SUCCESS          | ecdh_secp_256_r1_shared |
      | Test psa_key_agreement - ECDH SECP256R1 into RAW_DATA with bits | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_ECDH | key | PSA_ALG_ECDH              | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_RAW_DATA | 256          | SUCCESS          | ecdh_secp_256_r1_shared |
      | Test psa_key_agreement - Invalid usage             | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | EXPORT | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                  | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_DERIVE   | 0            | NOT_PERMITTED    | -                       |
      | Test psa_key_agreement - Curve mismatch            | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                  | ecdh_secp_384_r1_pub_key | PSA_KEY_TYPE_DERIVE   | 0            | INVALID_ARGUMENT | -                       |
      | Test psa_key_agreement - Public key as private key | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                  | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_DERIVE   | 0            | INVALID_ARGUMENT | -                       |
      | Test psa_key_agreement - Not a key agreement algorithm | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_HKDF(PSA_ALG_SHA_256) | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_DERIVE   | 0            | INVALID_ARGUMENT | -                       |
      | Test psa_key_agreement - Invalid derived key type  | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                  | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 0 | one of INVALID_ARGUMENT, NOT_SUPPORTED | - |
      | Test psa_key_agreement - Invalid derived key size  | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_ECDH | key             | PSA_ALG_ECDH                  | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_DERIVE   | 128          | one of INVALID_ARGUMENT, NOT_SUPPORTED | - |
      | Test psa_key_agreement - Invalid key identifier    | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_ECDH | PSA_KEY_ID_NULL | PSA_ALG_ECDH                  | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_DERIVE   | 0            | INVALID_HANDLE   | -                       |

    @requires:key=ECC_KEY_PAIR(SECP_R1):384 @requires:alg=ECDH @requires:api=psa_key_agreement
    Examples: ARCH_TEST_ECDH, ARCH_TEST_ECC_CURVE_SECP384R1
      | description                              | data                     | type                                              | usage  | policy       | key | alg          | peer                     | derived type        | derived bits | expected status | expected secret         |
      | Test psa_key_agreement - ECDH SECP384R1  | ecdh_secp_384_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_ECDH | key | PSA_ALG_ECDH | ecdh_secp_384_r1_pub_key | PSA_KEY_TYPE_DERIVE | 0            | SUCCESS         | ecdh_secp_384_r1_shared |

    @requires:key=ECC_KEY_PAIR(MONTGOMERY):255 @requires:key=AES:128 @requires:alg=ECDH @requires:api=psa_key_agreement
    Examples: ARCH_TEST_ECC_CURVE_25519 (and an AES private key)
      | description                                  | data              | type                                                 | usage  | policy       | key | alg          | peer           | derived type        | derived bits | expected status  | expected secret |
      | Test psa_key_agreement - ECDH X25519         | x25519_alice_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY) | DERIVE | PSA_ALG_ECDH | key | PSA_ALG_ECDH | x25519_bob_pub | PSA_KEY_TYPE_DERIVE | 0            | SUCCESS          | x25519_shared   |
      | Test psa_key_agreement - Invalid private key type (AES) | key_data:16 | PSA_KEY_TYPE_AES                                | DERIVE | PSA_ALG_ECDH | key | PSA_ALG_ECDH | x25519_bob_pub | PSA_KEY_TYPE_DERIVE | 0            | INVALID_ARGUMENT | -               |
