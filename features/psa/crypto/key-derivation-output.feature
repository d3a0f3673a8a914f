@requires:role=psa-crypto
Feature: PSA Crypto key derivation outputs and verification (psa-arch-tests c020, c021, c022, c023, c066–c068)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c020 … c023 and c066 … c068,
  run ids 220–223, 266–268, against PSA Crypto API 1.2 §10.6.4–§10.6.6. Output vectors: RFC 5869 A.1
  (HKDF-SHA256 OKM and PRK), RFC 7914 §11 (PBKDF2-HMAC-SHA256), the TLS 1.2 PRF-SHA256 test vector,
  and ECDH + HKDF checked against HKDF of the RFC 5903 §8.1 shared secret given as input bytes.

  @psa-c020 @run-220 @psa-crypto-1.0 @requires:alg=HKDF @requires:alg=SHA_256
  Scenario Outline: psa_key_derivation_output_bytes: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, rfc5869_salt) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SECRET, rfc5869_ikm) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_INFO, rfc5869_info) returns SUCCESS
    When psa_key_derivation_output_bytes(operation, <length>) is called
    Then (checkpoint 6) the status is <expected status>
    And (checkpoint 7) when the call succeeded, the output is <expected output>
    And (checkpoint 8) psa_key_derivation_abort(operation) returns SUCCESS

    Examples: ARCH_TEST_HKDF (RFC 5869 A.1)
      | description                                                 | length | expected status   | expected output |
      | Test psa_key_derivation_output_bytes - HKDF                 | 42     | SUCCESS           | rfc5869_okm     |
      | Test psa_key_derivation_output_bytes - HKDF, first 16 bytes | 16     | SUCCESS           | rfc5869_okm:16  |
      | Test psa_key_derivation_output_bytes - beyond the capacity  | 8161   | INSUFFICIENT_DATA | -               |

  @psa-c020 @run-220 @psa-crypto-1.0 @requires:alg=HKDF @requires:alg=SHA_256
  Scenario: psa_key_derivation_output_bytes: Key Derivation APIs — Test psa_key_derivation_output_bytes - in pieces, capacity exhausted, aborted
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, rfc5869_salt) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SECRET, rfc5869_ikm) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_INFO, rfc5869_info) returns SUCCESS
    And (checkpoint 6) psa_key_derivation_set_capacity(operation, 42) returns SUCCESS
    When (checkpoint 7) psa_key_derivation_output_bytes(operation, 10) returns SUCCESS
    Then (checkpoint 8) the output is rfc5869_okm[:10]
    And (checkpoint 9) psa_key_derivation_output_bytes(operation, 32) returns SUCCESS
    And (checkpoint 10) the output is rfc5869_okm[10:]
    And (checkpoint 11) psa_key_derivation_output_bytes(operation, 1) returns INSUFFICIENT_DATA
    And (checkpoint 12) psa_key_derivation_abort(operation) returns SUCCESS
    And (checkpoint 13) psa_key_derivation_output_bytes(operation, 1) returns BAD_STATE

  @psa-c020 @run-220 @psa-crypto-1.0 @requires:alg=HKDF @requires:alg=SHA_256
  Scenario: psa_key_derivation_output_bytes: Key Derivation APIs — Test psa_key_derivation_output_bytes - missing secret
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, rfc5869_salt) returns SUCCESS
    Then (checkpoint 4) psa_key_derivation_output_bytes(operation, 16) returns BAD_STATE
    And (checkpoint 5) psa_key_derivation_abort(operation) returns SUCCESS

  @psa-c020 @run-220 @psa-crypto-1.0 @requires:alg=HKDF_EXTRACT @requires:alg=HKDF_EXPAND @requires:alg=SHA_256
  Scenario: psa_key_derivation_output_bytes: Key Derivation APIs — Test psa_key_derivation_output_bytes - HKDF-Extract then HKDF-Expand (RFC 5869 A.1)
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(extract, PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_bytes(extract, PSA_KEY_DERIVATION_INPUT_SALT, rfc5869_salt) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_input_bytes(extract, PSA_KEY_DERIVATION_INPUT_SECRET, rfc5869_ikm) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_bytes(extract, PSA_KEY_DERIVATION_INPUT_INFO, rfc5869_info) returns INVALID_ARGUMENT
    And (checkpoint 6) psa_key_derivation_abort(extract) returns SUCCESS
    And (checkpoint 7) psa_key_derivation_setup(extract, PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 8) psa_key_derivation_input_bytes(extract, PSA_KEY_DERIVATION_INPUT_SALT, rfc5869_salt) returns SUCCESS
    And (checkpoint 9) psa_key_derivation_input_bytes(extract, PSA_KEY_DERIVATION_INPUT_SECRET, rfc5869_ikm) returns SUCCESS
    When (checkpoint 10) psa_key_derivation_output_bytes(extract, 32) returns SUCCESS
    Then (checkpoint 11) the output is rfc5869_prk
    And (checkpoint 12) psa_key_derivation_output_bytes(extract, 1) returns INSUFFICIENT_DATA
    And (checkpoint 13) psa_key_derivation_setup(expand, PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 14) psa_key_derivation_input_bytes(expand, PSA_KEY_DERIVATION_INPUT_SECRET, rfc5869_prk) returns SUCCESS
    And (checkpoint 15) psa_key_derivation_input_bytes(expand, PSA_KEY_DERIVATION_INPUT_INFO, rfc5869_info) returns SUCCESS
    And (checkpoint 16) psa_key_derivation_output_bytes(expand, 42) returns SUCCESS
    And (checkpoint 17) the output is rfc5869_okm

  @psa-c020 @run-220 @psa-crypto-1.0 @requires:alg=TLS12_PRF @requires:alg=SHA_256
  Scenario: psa_key_derivation_output_bytes: Key Derivation APIs — Test psa_key_derivation_output_bytes - TLS 1.2 PRF SHA-256
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SEED, tls12_seed) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SECRET, tls12_secret) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_LABEL, tls12_label) returns SUCCESS
    When (checkpoint 6) psa_key_derivation_output_bytes(operation, 100) returns SUCCESS
    Then (checkpoint 7) the output is tls12_prf_sha256

  @psa-c020 @run-220 @psa-crypto-1.0 @requires:key=ECC_KEY_PAIR(SECP_R1):256 @requires:alg=ECDH @requires:alg=HKDF @requires:alg=SHA_256
  Scenario: psa_key_derivation_output_bytes: Key Derivation APIs — Test psa_key_derivation_output_bytes - ECDH SECP256R1 + HKDF equals HKDF of the RFC 5903 secret
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "key" is imported from ecdh_secp_256_r1_prv_key as PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), usage DERIVE, alg PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))
    And (checkpoint 3) psa_key_derivation_setup(agreed, PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_key_agreement(agreed, PSA_KEY_DERIVATION_INPUT_SECRET, key, ecdh_secp_256_r1_pub_key) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_bytes(agreed, PSA_KEY_DERIVATION_INPUT_INFO, input_info) returns SUCCESS
    And (checkpoint 6) psa_key_derivation_output_bytes(agreed, 32) returns SUCCESS giving "derived"
    When (checkpoint 7) psa_key_derivation_setup(plain, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 8) psa_key_derivation_input_bytes(plain, PSA_KEY_DERIVATION_INPUT_SECRET, ecdh_secp_256_r1_shared) returns SUCCESS
    And (checkpoint 9) psa_key_derivation_input_bytes(plain, PSA_KEY_DERIVATION_INPUT_INFO, input_info) returns SUCCESS
    Then (checkpoint 10) psa_key_derivation_output_bytes(plain, 32) returns SUCCESS
    And (checkpoint 11) the output is derived

  @psa-c020 @run-220 @psa-crypto-1.0
  Scenario Outline: psa_key_derivation_output_bytes: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "secret" is imported from <data> as <type>, usage DERIVE, alg <alg>
    And (checkpoint 3) psa_key_derivation_setup(operation, <alg>) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_input_key(operation, PSA_KEY_DERIVATION_INPUT_SECRET, secret) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_LABEL, input_label) returns SUCCESS
    And (checkpoint 6) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_CONTEXT, input_info) returns SUCCESS
    And (checkpoint 7) psa_key_derivation_set_capacity(operation, 42) returns SUCCESS
    When (checkpoint 8) psa_key_derivation_output_bytes(operation, 42) returns SUCCESS
    Then (checkpoint 9) the output length is 42
    And (checkpoint 10) psa_key_derivation_output_bytes(operation, 1) returns INSUFFICIENT_DATA

    @requires:alg=SP800_108_COUNTER_HMAC @requires:alg=SHA_256 @requires:key=HMAC
    Examples: ARCH_TEST_SP800_108_COUNTER_HMAC
      | description                                            | data        | type              | alg                                             |
      | Test psa_key_derivation_output_bytes - SP800-108 HMAC  | key_data:32 | PSA_KEY_TYPE_HMAC | PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256) |

    @requires:alg=SP800_108_COUNTER_CMAC @requires:key=AES:128
    Examples: ARCH_TEST_SP800_108_COUNTER_CMAC
      | description                                            | data        | type             | alg                            |
      | Test psa_key_derivation_output_bytes - SP800-108 CMAC  | key_data:16 | PSA_KEY_TYPE_AES | PSA_ALG_SP800_108_COUNTER_CMAC |

  @psa-c021 @run-221 @psa-crypto-1.0
  Scenario Outline: psa_key_derivation_output_key: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "secret" is imported from rfc5869_ikm as PSA_KEY_TYPE_DERIVE, usage DERIVE, alg PSA_ALG_HKDF(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, rfc5869_salt) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_key(operation, PSA_KEY_DERIVATION_INPUT_SECRET, secret) returns SUCCESS
    And (checkpoint 6) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_INFO, rfc5869_info) returns SUCCESS
    And the attributes "derived" are <type>, bits <bits>, usage EXPORT, alg PSA_ALG_NONE
    When psa_key_derivation_output_key(derived, operation) is called giving "derived_key"
    Then (checkpoint 7) the status is <expected status>
    And (checkpoint 8) when the call succeeded, psa_export_key(derived_key, 100) returns SUCCESS
    And (checkpoint 9) when the call succeeded, the output is <expected key>
    And (checkpoint 10) psa_key_derivation_abort(operation) returns SUCCESS

    @requires:alg=HKDF @requires:alg=SHA_256 @requires:key=AES:128
    Examples: ARCH_TEST_HKDF, ARCH_TEST_AES_128 (the key is the first bytes of the RFC 5869 OKM)
      | description                                         | type                  | bits | expected status                        | expected key   |
      | Test psa_key_derivation_output_key - AES-128        | PSA_KEY_TYPE_AES      | 128  | SUCCESS                                | rfc5869_okm:16 |
      | Test psa_key_derivation_output_key - raw data 42 bytes | PSA_KEY_TYPE_RAW_DATA | 336 | SUCCESS                               | rfc5869_okm    |
      | Test psa_key_derivation_output_key - invalid AES size | PSA_KEY_TYPE_AES    | 100  | one of INVALID_ARGUMENT, NOT_SUPPORTED | -              |
      | Test psa_key_derivation_output_key - zero bits      | PSA_KEY_TYPE_AES      | 0    | one of INVALID_ARGUMENT, NOT_SUPPORTED | -              |
      | Test psa_key_derivation_output_key - public key type | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256 | one of INVALID_ARGUMENT, NOT_SUPPORTED | - |
      | Test psa_key_derivation_output_key - beyond the capacity | PSA_KEY_TYPE_RAW_DATA | 65288 | INSUFFICIENT_DATA                  | -              |

    @requires:alg=HKDF @requires:alg=SHA_256 @requires:key=DES:192
    Examples: ARCH_TEST_DES_3KEY (the spec sets the DES parity bits of derived keys)
      | description                                    | type             | bits | expected status | expected key              |
      | Test psa_key_derivation_output_key - 3-key 3DES | PSA_KEY_TYPE_DES | 192  | SUCCESS         | rfc5869_okm_24_des_parity |

    @requires:alg=HKDF @requires:alg=SHA_256 @requires:key=ECC_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_ECC_CURVE_SECP256R1 (deriving ECC keys may be NOT_SUPPORTED; if derived, private key = k + 1, k = the first 32 OKM bytes; §10.6.4, FIPS 186-4 B.4.2)
      | description                                      | type                                              | bits | expected status | expected key          |
      | Test psa_key_derivation_output_key - ECC P-256 key pair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 256 | one of SUCCESS, NOT_SUPPORTED | rfc5869_okm_32_plus_1 |

    @requires:alg=HKDF @requires:alg=SHA_256 @requires:key=RSA_KEY_PAIR:2048
    Examples: ARCH_TEST_RSA_2048 (deriving RSA keys is optional in the spec)
      | description                                   | type                      | bits | expected status                        | expected key |
      | Test psa_key_derivation_output_key - RSA key pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | one of NOT_SUPPORTED, INVALID_ARGUMENT | -         |

  @psa-c021 @run-221 @psa-crypto-1.0 @requires:alg=HKDF @requires:alg=SHA_256 @requires:key=AES:128
  Scenario: psa_key_derivation_output_key: Key Derivation APIs — Test psa_key_derivation_output_key - secret given as bytes, and aborted operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And the attributes "derived" are PSA_KEY_TYPE_AES, bits 128, usage EXPORT, alg PSA_ALG_NONE
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SECRET, rfc5869_ikm) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_INFO, rfc5869_info) returns SUCCESS
    Then (checkpoint 5) psa_key_derivation_output_key(derived, operation) returns NOT_PERMITTED
    And (checkpoint 6) psa_key_derivation_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_key_derivation_output_key(derived, operation) returns BAD_STATE

  @psa-c022 @run-222 @psa-crypto-1.0
  Scenario Outline: psa_key_derivation_abort: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, <alg>) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_bytes(operation, <step>, input_bytes_data) returns SUCCESS
    When (checkpoint 4) psa_key_derivation_abort(operation) returns SUCCESS
    Then (checkpoint 5) psa_key_derivation_abort(operation) returns SUCCESS
    And (checkpoint 6) psa_key_derivation_get_capacity(operation) returns BAD_STATE

    @requires:alg=HKDF @requires:alg=SHA_256
    Examples: ARCH_TEST_HKDF
      | description                       | alg                           | step                            |
      | Test psa_key_derivation_abort - HKDF | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SECRET |

    @requires:alg=TLS12_PRF @requires:alg=SHA_256
    Examples: ARCH_TEST_TLS12_PRF
      | description                              | alg                                | step                          |
      | Test psa_key_derivation_abort - TLS 1.2 PRF | PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SEED |

  @psa-c023 @run-223 @psa-crypto-1.0
  Scenario Outline: psa_key_derivation_set_capacity: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, <alg>) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_get_capacity(operation) returns SUCCESS
    And (checkpoint 4) the capacity is <initial capacity>
    When psa_key_derivation_set_capacity(operation, <capacity>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) when the call succeeded, psa_key_derivation_get_capacity(operation) returns SUCCESS
    And (checkpoint 7) when the call succeeded, the capacity is <capacity>
    And (checkpoint 8) psa_key_derivation_abort(operation) returns SUCCESS

    @requires:alg=HKDF @requires:alg=SHA_256
    Examples: ARCH_TEST_HKDF (initial capacity 255 × 32)
      | description                                                           | alg                           | initial capacity | capacity | expected status  |
      | Test psa_key_derivation_set_capacity - Less than operation's capacity | PSA_ALG_HKDF(PSA_ALG_SHA_256) | 8160             | 42       | SUCCESS          |
      | Test psa_key_derivation_set_capacity - Equal to operation's capacity  | PSA_ALG_HKDF(PSA_ALG_SHA_256) | 8160             | 8160     | SUCCESS          |
      | Test psa_key_derivation_set_capacity - More than operation's capacity | PSA_ALG_HKDF(PSA_ALG_SHA_256) | 8160             | 8161     | INVALID_ARGUMENT |

    @requires:alg=HKDF @requires:alg=SHA_512
    Examples: ARCH_TEST_HKDF, ARCH_TEST_SHA512 (initial capacity 255 × 64)
      | description                                         | alg                           | initial capacity | capacity | expected status |
      | Test psa_key_derivation_set_capacity - HKDF SHA-512 | PSA_ALG_HKDF(PSA_ALG_SHA_512) | 16320            | 100      | SUCCESS         |

  @psa-c023 @run-223 @psa-crypto-1.0 @requires:alg=HKDF @requires:alg=SHA_256
  Scenario: psa_key_derivation_set_capacity: Key Derivation APIs — Test psa_key_derivation_get/set_capacity - new capacity is read back; aborted operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_set_capacity(operation, 42) returns SUCCESS
    When (checkpoint 4) psa_key_derivation_get_capacity(operation) returns SUCCESS
    Then (checkpoint 5) the capacity is 42
    And (checkpoint 6) psa_key_derivation_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_key_derivation_set_capacity(operation, 10) returns BAD_STATE
    And (checkpoint 8) psa_key_derivation_get_capacity(operation) returns BAD_STATE

  @psa-c066 @run-266 @psa-crypto-1.1
  Scenario Outline: psa_key_derivation_input_integer: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, <alg>) returns SUCCESS
    When psa_key_derivation_input_integer(operation, <step>, <value>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) psa_key_derivation_abort(operation) returns SUCCESS

    @requires:alg=PBKDF2_HMAC @requires:alg=SHA_256 @requires:api=psa_key_derivation_input_integer
    Examples: ARCH_TEST_PBKDF2_HMAC
      | description                                                | alg                                  | step                              | value | expected status  |
      | Test psa_key_derivation_input_integer - PBKDF2 cost        | PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_COST     | 1000  | SUCCESS          |
      | Test psa_key_derivation_input_integer - integer as salt    | PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_SALT     | 1000  | INVALID_ARGUMENT |
      | Test psa_key_derivation_input_integer - integer as password | PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_PASSWORD | 1000 | INVALID_ARGUMENT |

    @requires:alg=PBKDF2_AES_CMAC_PRF_128 @requires:api=psa_key_derivation_input_integer
    Examples: ARCH_TEST_PBKDF2_AES_CMAC_PRF_128
      | description                                          | alg                             | step                          | value | expected status |
      | Test psa_key_derivation_input_integer - PBKDF2-AES-CMAC cost | PSA_ALG_PBKDF2_AES_CMAC_PRF_128 | PSA_KEY_DERIVATION_INPUT_COST | 1000 | SUCCESS   |

    @requires:alg=HKDF @requires:alg=SHA_256 @requires:api=psa_key_derivation_input_integer
    Examples: ARCH_TEST_HKDF (HKDF takes no integer input)
      | description                                        | alg                           | step                          | value | expected status  |
      | Test psa_key_derivation_input_integer - HKDF cost  | PSA_ALG_HKDF(PSA_ALG_SHA_256) | PSA_KEY_DERIVATION_INPUT_COST | 1000  | INVALID_ARGUMENT |

  @psa-c066 @run-266 @psa-crypto-1.1 @requires:alg=PBKDF2_HMAC @requires:alg=SHA_256 @requires:api=psa_key_derivation_input_integer
  Scenario: psa_key_derivation_input_integer: Key Derivation APIs — Test psa_key_derivation_input_integer - twice, and aborted operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_integer(operation, PSA_KEY_DERIVATION_INPUT_COST, 1) returns SUCCESS
    Then (checkpoint 4) psa_key_derivation_input_integer(operation, PSA_KEY_DERIVATION_INPUT_COST, 1) returns BAD_STATE
    And (checkpoint 5) psa_key_derivation_abort(operation) returns SUCCESS
    And (checkpoint 6) psa_key_derivation_input_integer(operation, PSA_KEY_DERIVATION_INPUT_COST, 1) returns BAD_STATE

  @psa-c067 @run-267 @psa-crypto-1.1
  Scenario Outline: psa_key_derivation_verify_bytes: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage <usage>, alg PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_key_derivation_setup(operation, PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 4) psa_key_derivation_input_integer(operation, PSA_KEY_DERIVATION_INPUT_COST, 1) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, salt_text) returns SUCCESS
    And (checkpoint 6) psa_key_derivation_input_key(operation, PSA_KEY_DERIVATION_INPUT_PASSWORD, password) returns SUCCESS
    When psa_key_derivation_verify_bytes(operation, <expected output>) is called
    Then (checkpoint 7) the status is <expected status>
    And (checkpoint 8) psa_key_derivation_abort(operation) returns SUCCESS

    @requires:alg=PBKDF2_HMAC @requires:alg=SHA_256 @requires:key=PASSWORD @requires:api=psa_key_derivation_verify_bytes
    Examples: ARCH_TEST_PBKDF2_HMAC (RFC 7914 §11)
      | description                                           | usage             | expected output                   | expected status   |
      | Test psa_key_derivation_verify_bytes - PBKDF2 match   | VERIFY_DERIVATION | rfc7914_pbkdf2_sha256             | SUCCESS           |
      | Test psa_key_derivation_verify_bytes - prefix match   | VERIFY_DERIVATION | rfc7914_pbkdf2_sha256:32          | SUCCESS           |
      | Test psa_key_derivation_verify_bytes - mismatch       | VERIFY_DERIVATION | rfc7914_pbkdf2_sha256[1:]         | INVALID_SIGNATURE |
      | Test psa_key_derivation_verify_bytes - no VERIFY_DERIVATION usage | DERIVE  | rfc7914_pbkdf2_sha256             | NOT_PERMITTED     |

  @psa-c067 @run-267 @psa-crypto-1.1 @requires:alg=HKDF @requires:alg=SHA_256 @requires:api=psa_key_derivation_verify_bytes
  Scenario: psa_key_derivation_verify_bytes: Key Derivation APIs — Test psa_key_derivation_verify_bytes - HKDF from bytes, capacity, missing inputs
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 3) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, rfc5869_salt) returns SUCCESS
    Then (checkpoint 4) psa_key_derivation_verify_bytes(operation, rfc5869_okm) returns BAD_STATE
    And (checkpoint 5) psa_key_derivation_abort(operation) returns SUCCESS
    And (checkpoint 6) psa_key_derivation_setup(operation, PSA_ALG_HKDF(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 7) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, rfc5869_salt) returns SUCCESS
    And (checkpoint 8) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SECRET, rfc5869_ikm) returns SUCCESS
    And (checkpoint 9) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_INFO, rfc5869_info) returns SUCCESS
    And (checkpoint 10) psa_key_derivation_set_capacity(operation, 42) returns SUCCESS
    And (checkpoint 11) psa_key_derivation_verify_bytes(operation, rfc5869_okm) returns SUCCESS
    And (checkpoint 12) psa_key_derivation_verify_bytes(operation, hex:00) returns INSUFFICIENT_DATA

  @psa-c068 @run-268 @psa-crypto-1.1
  Scenario Outline: psa_key_derivation_verify_key: Key Derivation APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage VERIFY_DERIVATION, alg PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)
    And (checkpoint 3) the key "expected" is imported from <expected data> as <expected type>, usage <expected usage>, alg PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)
    And (checkpoint 4) psa_key_derivation_setup(operation, PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)) returns SUCCESS
    And (checkpoint 5) psa_key_derivation_input_integer(operation, PSA_KEY_DERIVATION_INPUT_COST, 1) returns SUCCESS
    And (checkpoint 6) psa_key_derivation_input_bytes(operation, PSA_KEY_DERIVATION_INPUT_SALT, salt_text) returns SUCCESS
    And (checkpoint 7) psa_key_derivation_input_key(operation, PSA_KEY_DERIVATION_INPUT_PASSWORD, password) returns SUCCESS
    When psa_key_derivation_verify_key(operation, <key>) is called
    Then (checkpoint 8) the status is <expected status>
    And (checkpoint 9) psa_key_derivation_abort(operation) returns SUCCESS

    @requires:alg=PBKDF2_HMAC @requires:alg=SHA_256 @requires:key=PASSWORD @requires:key=PASSWORD_HASH @requires:api=psa_key_derivation_verify_key
    Examples: ARCH_TEST_PBKDF2_HMAC (RFC 7914 §11 as the PASSWORD_HASH value)
      | description                                           | expected data            | expected type              | expected usage    | key             | expected status   |
      | Test psa_key_derivation_verify_key - PBKDF2 match     | rfc7914_pbkdf2_sha256    | PSA_KEY_TYPE_PASSWORD_HASH | VERIFY_DERIVATION | expected        | SUCCESS           |
      | Test psa_key_derivation_verify_key - mismatch         | rfc7914_pbkdf2_sha256[1:] | PSA_KEY_TYPE_PASSWORD_HASH | VERIFY_DERIVATION | expected       | INVALID_SIGNATURE |
      | Test psa_key_derivation_verify_key - wrong key type   | rfc7914_pbkdf2_sha256    | PSA_KEY_TYPE_RAW_DATA      | VERIFY_DERIVATION | expected        | INVALID_ARGUMENT  |
      | Test psa_key_derivation_verify_key - no VERIFY_DERIVATION usage | rfc7914_pbkdf2_sha256 | PSA_KEY_TYPE_PASSWORD_HASH | DERIVE     | expected        | NOT_PERMITTED     |
      | Test psa_key_derivation_verify_key - invalid key identifier | rfc7914_pbkdf2_sha256 | PSA_KEY_TYPE_PASSWORD_HASH | VERIFY_DERIVATION | PSA_KEY_ID_NULL | INVALID_HANDLE |
