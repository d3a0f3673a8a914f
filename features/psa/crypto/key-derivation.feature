@requires:role=psa-crypto
Feature: PSA Crypto key derivation setup and inputs (psa-arch-tests c008, c009, c018, c019)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c008, c009, c018 and c019
  (test_cNNN.c, test_data.h; outputs: key-derivation-output.feature), run ids 208, 209, 218, 219, against PSA Crypto API
  1.2 §10.6 "Key derivation". Output vectors: RFC 5869 A.1 (HKDF-SHA256: OKM, and PRK for
  HKDF-Extract), RFC 7914 §11 (PBKDF2-HMAC-SHA256), the TLS 1.2 PRF-SHA256 test vector, and for
  ECDH + HKDF the RFC 5903 §8.1 shared secret fed through HKDF a second time as plain input bytes.
  psa-arch-tests' own input strings are "Salt", "Info", "Seed", "Label" (input_salt …). The input
  step values are implementation-defined; the names are spelled as the spec's macros.

  @psa-c008 @run-208 @psa-crypto-1.0
  Scenario Outline: psa_key_derivation_setup: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    When psa_key_derivation_setup(operation, <alg>) is called
    Then (checkpoint 2) the status is <expected status>
    And (checkpoint 3) psa_key_derivation_abort(operation) returns SUCCESS

    @requires:alg=HKDF @requires:alg=SHA_256
    Examples: ARCH_TEST_HKDF, ARCH_TEST_SHA256
      | description                                              | alg                                     | expected status                        |
      | Test psa_key_derivation_setup - HKDF SHA-256             | PSA_ALG_HKDF(PSA_ALG_SHA_256)           | SUCCESS                                |
      | Test psa_key_derivation_setup - bad key derivation algorithm | PSA_ALG_HKDF(0x020000ee)            | one of NOT_SUPPORTED, INVALID_ARGUMENT |
      | Test psa_key_derivation_setup - Invalid algorithm (HMAC) | PSA_ALG_HMAC(PSA_ALG_SHA_256)           | one of NOT_SUPPORTED, INVALID_ARGUMENT |
      | Test psa_key_derivation_setup - Raw key agreement without a KDF | PSA_ALG_ECDH                     | one of NOT_SUPPORTED, INVALID_ARGUMENT |

    @requires:alg=HKDF @requires:alg=SHA_256 @requires:alg=ECDH
    Examples: ARCH_TEST_ECDH, ARCH_TEST_HKDF
      | description                                       | alg                                                                | expected status |
      | Test psa_key_derivation_setup - ECDH + HKDF-SHA-256 | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | SUCCESS     |

    @requires:alg=TLS12_PRF @requires:alg=SHA_256
    Examples: ARCH_TEST_TLS12_PRF
      | description                                  | alg                                | expected status |
      | Test psa_key_derivation_setup - TLS 1.2 PRF  | PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256) | SUCCESS         |

    @requires:alg=PBKDF2_HMAC @requires:alg=SHA_256
    Examples: ARCH_TEST_PBKDF2_HMAC
      | description                                  | alg                                  | expected status |
      | Test psa_key_derivation_setup - PBKDF2-HMAC  | PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256) | SUCCESS         |

  @psa-c008 @run-208 @psa-crypto-1.0 @requires:alg=HKDF @requires:alg=SHA_256
  Scenario: psa_key_derivation_setup: Key Derivation APIs — Test psa_key_derivation_setup on an active operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    Then (checkpoint 3) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns BAD_STATE
    And (checkpoint 4) psa_key_derivation_abort(operation) returns SUCCESS

  @psa-c009 @run-209 @psa-crypto-1.0
  Scenario Outline: psa_key_derivation_input_bytes: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, <alg>) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_bytes(operation, <first step>, <first data>) returns SUCCESS
    When psa_key_derivation_input_bytes(operation, <step>, <data>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_key_derivation_abort(operation) returns SUCCESS

    @requires:alg=HKDF @requires:alg=SHA_256
    Examples: ARCH_TEST_HKDF
      | description                                          | alg                           | first step                     | first data | step                            | data             | expected status  |
      | Test psa_key_derivation_input_bytes - Step as Info   | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SALT  | input_salt | PSA_KEY_DERIVATION_INPUT_INFO   | input_info       | SUCCESS          |
      | Test psa_key_derivation_input_bytes - Step as secret | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SALT  | input_salt | PSA_KEY_DERIVATION_INPUT_SECRET | input_bytes_data | SUCCESS          |
      | Test psa_key_derivation_input_bytes - Invalid step (Label) | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SALT | input_salt | PSA_KEY_DERIVATION_INPUT_LABEL | input_label  | INVALID_ARGUMENT |
      | Test psa_key_derivation_input_bytes - Salt after secret | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | input_bytes_data | PSA_KEY_DERIVATION_INPUT_SALT | input_salt | BAD_STATE     |
      | Test psa_key_derivation_input_bytes - Repeated secret | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | input_bytes_data | PSA_KEY_DERIVATION_INPUT_SECRET | input_bytes_data | BAD_STATE |

    @requires:alg=TLS12_PRF @requires:alg=SHA_256
    Examples: ARCH_TEST_TLS12_PRF (SEED, SECRET, LABEL in that order)
      | description                                              | alg                                | first step                    | first data | step                            | data             | expected status |
      | Test psa_key_derivation_input_bytes - Step as secret (TLS 1.2 PRF) | PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SEED | input_seed | PSA_KEY_DERIVATION_INPUT_SECRET | input_bytes_data | SUCCESS |
      | Test psa_key_derivation_input_bytes - Label before secret (TLS 1.2 PRF) | PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SEED | input_seed | PSA_KEY_DERIVATION_INPUT_LABEL | input_label | BAD_STATE |

  @psa-c009 @run-209 @psa-crypto-1.0 @requires:alg=HKDF @requires:alg=SHA_256
  Scenario: psa_key_derivation_input_bytes: Key Derivation APIs — Test psa_key_derivation_input_bytes - aborted operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_abort(operation) returns SUCCESS
    Then (checkpoint 4) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, input_salt) returns BAD_STATE

  @psa-c018 @run-218 @psa-crypto-1.0
  Scenario Outline: psa_key_derivation_input_key: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    And (checkpoint 3) psa_key_derivation_setup(operation, <alg>) returns SUCCESS
    When psa_key_derivation_input_key(operation, <step>, <key>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_key_derivation_abort(operation) returns SUCCESS

    @requires:alg=HKDF @requires:alg=SHA_256 @requires:key=DERIVE
    Examples: ARCH_TEST_HKDF
      | description                                        | data        | type                | usage   | policy                        | alg                           | step                            | key             | expected status  |
      | Test psa_key_derivation_input_key - DERIVE key as secret | key_data:16 | PSA_KEY_TYPE_DERIVE | DERIVE | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | key             | SUCCESS          |
      | Test psa_key_derivation_input_key - Invalid usage  | key_data:16 | PSA_KEY_TYPE_DERIVE | EXPORT  | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | key             | NOT_PERMITTED    |
      | Test psa_key_derivation_input_key - Algorithm not permitted | key_data:16 | PSA_KEY_TYPE_DERIVE | DERIVE | PSA_ALG_HKDF(PSA_ALG_SHA_512) | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | key   | NOT_PERMITTED    |
      | Test psa_key_derivation_input_key - Invalid step   | key_data:16 | PSA_KEY_TYPE_DERIVE | DERIVE  | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_LABEL  | key             | INVALID_ARGUMENT |
      | Test psa_key_derivation_input_key - Zero as key identifier | key_data:16 | PSA_KEY_TYPE_DERIVE | DERIVE | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | PSA_KEY_ID_NULL | INVALID_HANDLE |

    @requires:alg=HKDF @requires:alg=SHA_256 @requires:key=AES:128
    Examples: ARCH_TEST_HKDF, ARCH_TEST_AES_128
      | description                                    | data        | type             | usage  | policy                        | alg                           | step                            | key | expected status  |
      | Test psa_key_derivation_input_key - AES key as secret | key_data:16 | PSA_KEY_TYPE_AES | DERIVE | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | key | INVALID_ARGUMENT |

    @requires:alg=HKDF @requires:alg=SHA_256 @requires:key=RSA_KEY_PAIR:2048
    Examples: ARCH_TEST_HKDF, ARCH_TEST_RSA_2048
      | description                                    | data             | type                      | usage  | policy                        | alg                           | step                            | key | expected status  |
      | Test psa_key_derivation_input_key - RSA key as secret | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | DERIVE | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | key | INVALID_ARGUMENT |

    @requires:alg=HKDF_EXTRACT @requires:alg=SHA_256 @requires:key=DERIVE
    Examples: ARCH_TEST_HKDF_EXTRACT
      | description                                      | data        | type                | usage  | policy                                | alg                                   | step                            | key | expected status |
      | Test psa_key_derivation_input_key - HKDF-Extract secret | key_data:16 | PSA_KEY_TYPE_DERIVE | DERIVE | PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256) | PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | key | SUCCESS   |

    @requires:alg=SP800_108_COUNTER_HMAC @requires:alg=SHA_256 @requires:key=HMAC
    Examples: ARCH_TEST_SP800_108_COUNTER_HMAC
      | description                                        | data        | type              | usage  | policy                                          | alg                                             | step                            | key | expected status |
      | Test psa_key_derivation_input_key - SP800-108 HMAC secret | key_data:32 | PSA_KEY_TYPE_HMAC | DERIVE | PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256) | PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | key | SUCCESS |

    @requires:alg=SP800_108_COUNTER_CMAC @requires:key=AES:128
    Examples: ARCH_TEST_SP800_108_COUNTER_CMAC
      | description                                        | data        | type             | usage  | policy                         | alg                            | step                            | key | expected status |
      | Test psa_key_derivation_input_key - SP800-108 CMAC secret | key_data:16 | PSA_KEY_TYPE_AES | DERIVE | PSA_ALG_SP800_108_COUNTER_CMAC | PSA_ALG_SP800_108_COUNTER_CMAC | PSA_KEY_DERIVATION_INPUT_SECRET | key | SUCCESS |

  @psa-c018 @run-218 @psa-crypto-1.0 @requires:alg=PBKDF2_HMAC @requires:alg=SHA_256 @requires:key=PASSWORD
  Scenario: psa_key_derivation_input_key: Key Derivation APIs — Test psa_key_derivation_input_key - PASSWORD key into PBKDF2
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage DERIVE, alg PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_key_derivation_setup(operation, PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_input_integer(operation, PSA_KEY_DERIVATION_INPUT_COST, 1) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, salt_text) returns SUCCESS
    When (checkpoint 6) psa_key_derivation_input_key(operation, PSA_KEY_DERIVATION_INPUT_PASSWORD, password) returns SUCCESS
    Then (checkpoint 7) psa_key_derivation_output_bytes(operation, 64) returns SUCCESS
    And (checkpoint 8) the output is rfc7914_pbkdf2_sha256

  @psa-c019 @run-219 @psa-crypto-1.0
  Scenario Outline: psa_key_derivation_key_agreement: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from <data> as <type>, usage <usage>, alg <policy>
    And (checkpoint 3) psa_key_derivation_setup(operation, <alg>) returns SUCCESS
    When psa_key_derivation_key_agreement(operation, <step>, <key>, <peer>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_key_derivation_abort(operation) returns SUCCESS

    @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:alg=ECDH @requires:alg=HKDF @requires:alg=SHA_256
    Examples: ARCH_TEST_ECDH, ARCH_TEST_ECC_CURVE_SECP256R1, ARCH_TEST_HKDF
      | description                                                | data                     | type                                                | usage  | policy                                                             | alg                                                                | step                            | key             | peer                     | expected status  |
      | Test psa_key_derivation_key_agreement - ECDH SECP256R1     | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_KEY_DERIVATION_INPUT_SECRET | key             | ecdh_secp_256_r1_pub_key | SUCCESS          |
      | Test psa_key_derivation_key_agreement - Invalid step       | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_KEY_DERIVATION_INPUT_SALT   | key             | ecdh_secp_256_r1_pub_key | INVALID_ARGUMENT |
      | Test psa_key_derivation_key_agreement - Invalid usage      | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | EXPORT | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_KEY_DERIVATION_INPUT_SECRET | key             | ecdh_secp_256_r1_pub_key | NOT_PERMITTED    |
      | Test psa_key_derivation_key_agreement - KDF algorithm without key agreement | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET | key | ecdh_secp_256_r1_pub_key | INVALID_ARGUMENT |
      | Test psa_key_derivation_key_agreement - Curve mismatch     | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)   | DERIVE | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_KEY_DERIVATION_INPUT_SECRET | key             | ecdh_secp_384_r1_pub_key | INVALID_ARGUMENT |
      | Test psa_key_derivation_key_agreement - Public key as private key | ecdh_secp_256_r1_pub_key | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_KEY_DERIVATION_INPUT_SECRET | key | ecdh_secp_256_r1_pub_key | INVALID_ARGUMENT |
      | Test psa_key_derivation_key_agreement - Zero as key identifier | ecdh_secp_256_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_KEY_DERIVATION_INPUT_SECRET | PSA_KEY_ID_NULL | ecdh_secp_256_r1_pub_key | INVALID_HANDLE |

    @requires:key=ECC_KEY_PAIR(SECP_R1):384 @requires:alg=ECDH @requires:alg=HKDF @requires:alg=SHA_256
    Examples: ARCH_TEST_ECC_CURVE_SECP384R1
      | description                                            | data                     | type                                              | usage  | policy                                                             | alg                                                                | step                            | key | peer                     | expected status |
      | Test psa_key_derivation_key_agreement - ECDH SECP384R1 | ecdh_secp_384_r1_prv_key | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)) | PSA_KEY_DERIVATION_INPUT_SECRET | key | ecdh_secp_384_r1_pub_key | SUCCESS         |

  @psa-c019 @run-219 @psa-crypto-1.0 @requires:key=DH_KEY_PAIR(RFC7919):2048 @requires:alg=FFDH @requires:alg=HKDF @requires:alg=SHA_256
  Scenario: psa_key_derivation_key_agreement: Key Derivation APIs — Test psa_key_derivation_key_agreement - FFDH 2048 + HKDF (both sides derive the same bytes)
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "alice" is generated as PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), bits 2048, usage DERIVE, alg PSA_ALG_KEY_AGREEMENT(PSA_ALG_FFDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))
    And (checkpoint 3) the key "bob" is generated as PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), bits 2048, usage DERIVE, alg PSA_ALG_KEY_AGREEMENT(PSA_ALG_FFDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))
    And (checkpoint 4) psa_export_public_key(alice, 256) returns SUCCESS giving "alice_pub"
    And (checkpoint 5) psa_export_public_key(bob, 256) returns SUCCESS giving "bob_pub"
    And (checkpoint 6) psa_key_derivation_setup(a, PSA_ALG_KEY_AGREEMENT(PSA_ALG_FFDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))) returns SUCCESS
    And (checkpoint 7) psa_key_derivation_key_agreement(a, PSA_KEY_DERIVATION_INPUT_SECRET, alice, bob_pub) returns SUCCESS
    And (checkpoint 8) psa_key_derivation_output_bytes(a, 32) returns SUCCESS giving "alice_bytes"
    When (checkpoint 9) psa_key_derivation_setup(b, PSA_ALG_KEY_AGREEMENT(PSA_ALG_FFDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))) returns SUCCESS
    And (checkpoint 10) psa_key_derivation_key_agreement(b, PSA_KEY_DERIVATION_INPUT_SECRET, bob, alice_pub) returns SUCCESS
    Then (checkpoint 11) psa_key_derivation_output_bytes(b, 32) returns SUCCESS
    And (checkpoint 12) the output is alice_bytes
