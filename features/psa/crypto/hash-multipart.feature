@requires:role=psa-crypto
Feature: PSA Crypto multipart hash operations (psa-arch-tests c011–c015, c045, c064, c065)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c011 … c015, c045, c064 and c065,
  run ids 211–215, 245, 264, 265, against PSA Crypto API 1.2 §10.2.4 "Multi-part hashing" and its
  state rules (setup needs an inactive operation; update, finish, verify and suspend an active one;
  clone an active source and an inactive target; anything else is PSA_ERROR_BAD_STATE). The message
  is psa-arch-tests' hash_input (0xbd) with its md5_hash … sha_512_hash digests.

  @psa-c011 @run-211 @psa-crypto-1.0
  Scenario Outline: psa_hash_setup: Hash APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    When psa_hash_setup(operation, <alg>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) psa_hash_abort(operation) returns SUCCESS

    Examples: any target
      | description                          | alg         | expected status                        |
      | Test psa_hash_setup with Invalid algorithm | PSA_ALG_CTR | one of NOT_SUPPORTED, INVALID_ARGUMENT |
      | Test psa_hash_setup with ANY_HASH (a wildcard) | PSA_ALG_ANY_HASH | one of NOT_SUPPORTED, INVALID_ARGUMENT |

    @requires:alg=MD5
    Examples: ARCH_TEST_MD5
      | description                     | alg         | expected status |
      | Test psa_hash_setup with MD5 algorithm | PSA_ALG_MD5 | SUCCESS  |

    @requires:alg=RIPEMD160
    Examples: ARCH_TEST_RIPEMD160
      | description                            | alg               | expected status |
      | Test psa_hash_setup with RIPEMD160 algorithm | PSA_ALG_RIPEMD160 | SUCCESS   |

    @requires:alg=SHA_1
    Examples: ARCH_TEST_SHA1
      | description                       | alg           | expected status |
      | Test psa_hash_setup with SHA1 algorithm | PSA_ALG_SHA_1 | SUCCESS   |

    @requires:alg=SHA_224
    Examples: ARCH_TEST_SHA224
      | description                         | alg             | expected status |
      | Test psa_hash_setup with SHA224 algorithm | PSA_ALG_SHA_224 | SUCCESS   |

    @requires:alg=SHA_256
    Examples: ARCH_TEST_SHA256
      | description                         | alg             | expected status |
      | Test psa_hash_setup with SHA256 algorithm | PSA_ALG_SHA_256 | SUCCESS   |

    @requires:alg=SHA_384
    Examples: ARCH_TEST_SHA384
      | description                         | alg             | expected status |
      | Test psa_hash_setup with SHA384 algorithm | PSA_ALG_SHA_384 | SUCCESS   |

    @requires:alg=SHA_512
    Examples: ARCH_TEST_SHA512
      | description                         | alg             | expected status |
      | Test psa_hash_setup with SHA512 algorithm | PSA_ALG_SHA_512 | SUCCESS   |

    @requires:alg=SHA_512_224
    Examples: ARCH_TEST_SHA512_224
      | description                             | alg                 | expected status |
      | Test psa_hash_setup with SHA512_224 algorithm | PSA_ALG_SHA_512_224 | SUCCESS   |

    @requires:alg=SHA_512_256
    Examples: ARCH_TEST_SHA512_256
      | description                             | alg                 | expected status |
      | Test psa_hash_setup with SHA512_256 algorithm | PSA_ALG_SHA_512_256 | SUCCESS   |

    @requires:alg=SHA3_224
    Examples: ARCH_TEST_SHA3_224
      | description                           | alg              | expected status |
      | Test psa_hash_setup with SHA3_224 algorithm | PSA_ALG_SHA3_224 | SUCCESS    |

    @requires:alg=SHA3_256
    Examples: ARCH_TEST_SHA3_256
      | description                           | alg              | expected status |
      | Test psa_hash_setup with SHA3_256 algorithm | PSA_ALG_SHA3_256 | SUCCESS    |

    @requires:alg=SHA3_384
    Examples: ARCH_TEST_SHA3_384
      | description                           | alg              | expected status |
      | Test psa_hash_setup with SHA3_384 algorithm | PSA_ALG_SHA3_384 | SUCCESS    |

    @requires:alg=SHA3_512
    Examples: ARCH_TEST_SHA3_512
      | description                           | alg              | expected status |
      | Test psa_hash_setup with SHA3_512 algorithm | PSA_ALG_SHA3_512 | SUCCESS    |

  @psa-c011 @run-211 @psa-crypto-1.0 @requires:alg=SHA_256
  Scenario: psa_hash_setup: Hash APIs — Test psa_hash_setup on an active operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, PSA_ALG_SHA_256) returns SUCCESS
    Then (checkpoint 4) psa_hash_setup(operation, PSA_ALG_SHA_256) returns BAD_STATE
    And (checkpoint 5) psa_hash_abort(operation) returns SUCCESS
    And (checkpoint 6) psa_hash_setup(operation, PSA_ALG_SHA_256) returns SUCCESS

  @psa-c012 @run-212 @psa-crypto-1.0
  Scenario Outline: psa_hash_update: Hash APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, <alg>) returns SUCCESS
    When (checkpoint 4) psa_hash_update(operation, empty) returns SUCCESS
    And (checkpoint 5) psa_hash_update(operation, hash_input) returns SUCCESS
    Then (checkpoint 6) psa_hash_finish(operation, 64) returns SUCCESS
    And (checkpoint 7) the output is <expected hash>

    @requires:alg=MD5
    Examples: ARCH_TEST_MD5
      | description                           | alg         | expected hash |
      | Test psa_hash_update with MD5 algorithm | PSA_ALG_MD5 | md5_hash    |

    @requires:alg=RIPEMD160
    Examples: ARCH_TEST_RIPEMD160
      | description                                 | alg               | expected hash   |
      | Test psa_hash_update with RIPEMD160 algorithm | PSA_ALG_RIPEMD160 | ripemd_160_hash |

    @requires:alg=SHA_1
    Examples: ARCH_TEST_SHA1
      | description                            | alg           | expected hash |
      | Test psa_hash_update with SHA1 algorithm | PSA_ALG_SHA_1 | sha_1_hash  |

    @requires:alg=SHA_224
    Examples: ARCH_TEST_SHA224
      | description                              | alg             | expected hash |
      | Test psa_hash_update with SHA224 algorithm | PSA_ALG_SHA_224 | sha_224_hash |

    @requires:alg=SHA_256
    Examples: ARCH_TEST_SHA256
      | description                              | alg             | expected hash |
      | Test psa_hash_update with SHA256 algorithm | PSA_ALG_SHA_256 | sha_256_hash |

    @requires:alg=SHA_384
    Examples: ARCH_TEST_SHA384
      | description                              | alg             | expected hash |
      | Test psa_hash_update with SHA384 algorithm | PSA_ALG_SHA_384 | sha_384_hash |

    @requires:alg=SHA_512
    Examples: ARCH_TEST_SHA512
      | description                              | alg             | expected hash |
      | Test psa_hash_update with SHA512 algorithm | PSA_ALG_SHA_512 | sha_512_hash |

  @psa-c012 @run-212 @psa-crypto-1.0 @requires:alg=SHA_256
  Scenario: psa_hash_update: Hash APIs — Test psa_hash_update without hash setup
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    Then (checkpoint 3) psa_hash_update(operation, hash_input) returns BAD_STATE
    And (checkpoint 4) psa_hash_abort(operation) returns SUCCESS

  @psa-c012 @run-212 @psa-crypto-1.0 @requires:alg=SHA_256
  Scenario: psa_hash_update: Hash APIs — Test psa_hash_update with completed operation handle
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, PSA_ALG_SHA_256) returns SUCCESS
    And (checkpoint 4) psa_hash_update(operation, hash_input) returns SUCCESS
    And (checkpoint 5) psa_hash_finish(operation, 64) returns SUCCESS
    Then (checkpoint 6) psa_hash_update(operation, hash_input) returns BAD_STATE
    And (checkpoint 7) psa_hash_abort(operation) returns SUCCESS

  @psa-c013 @run-213 @psa-crypto-1.0
  Scenario Outline: psa_hash_verify: Hash APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, <alg>) returns SUCCESS
    And (checkpoint 4) psa_hash_update(operation, hash_input) returns SUCCESS
    When psa_hash_verify(operation, <hash>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) psa_hash_abort(operation) returns SUCCESS

    @requires:alg=SHA_224
    Examples: ARCH_TEST_SHA224
      | description                               | alg             | hash         | expected status |
      | Test psa_hash_verify with SHA224 algorithm | PSA_ALG_SHA_224 | sha_224_hash | SUCCESS        |

    @requires:alg=SHA_256
    Examples: ARCH_TEST_SHA256
      | description                                 | alg             | hash                   | expected status   |
      | Test psa_hash_verify with SHA256 algorithm  | PSA_ALG_SHA_256 | sha_256_hash           | SUCCESS           |
      | Test psa_hash_verify with incorrect expected hash | PSA_ALG_SHA_256 | sha_256_incorrect_hash | INVALID_SIGNATURE |
      | Test psa_hash_verify with incorrect hash length | PSA_ALG_SHA_256 | sha_256_hash:31    | INVALID_SIGNATURE |

    @requires:alg=SHA_512
    Examples: ARCH_TEST_SHA512
      | description                               | alg             | hash         | expected status |
      | Test psa_hash_verify with SHA512 algorithm | PSA_ALG_SHA_512 | sha_512_hash | SUCCESS        |

  @psa-c013 @run-213 @psa-crypto-1.0 @requires:alg=SHA_256
  Scenario: psa_hash_verify: Hash APIs — Test psa_hash_verify with inactive operation handle
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, PSA_ALG_SHA_256) returns SUCCESS
    And (checkpoint 4) psa_hash_update(operation, hash_input) returns SUCCESS
    And (checkpoint 5) psa_hash_verify(operation, sha_256_hash) returns SUCCESS
    Then (checkpoint 6) psa_hash_verify(operation, sha_256_hash) returns BAD_STATE
    And (checkpoint 7) psa_hash_abort(operation) returns SUCCESS

  @psa-c014 @run-214 @psa-crypto-1.0
  Scenario Outline: psa_hash_finish: Hash APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, <alg>) returns SUCCESS
    And (checkpoint 4) psa_hash_update(operation, hash_input) returns SUCCESS
    When psa_hash_finish(operation, <hash size>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) when the call succeeded, the output is <expected hash>
    And (checkpoint 7) psa_hash_abort(operation) returns SUCCESS

    @requires:alg=SHA_224
    Examples: ARCH_TEST_SHA224
      | description                               | alg             | hash size | expected status | expected hash |
      | Test psa_hash_finish with SHA224 algorithm | PSA_ALG_SHA_224 | 64       | SUCCESS         | sha_224_hash  |

    @requires:alg=SHA_256
    Examples: ARCH_TEST_SHA256
      | description                                       | alg             | hash size | expected status  | expected hash |
      | Test psa_hash_finish with SHA256 algorithm        | PSA_ALG_SHA_256 | 64        | SUCCESS          | sha_256_hash  |
      | Test psa_hash_finish with exact-size buffer       | PSA_ALG_SHA_256 | 32        | SUCCESS          | sha_256_hash  |
      | Test psa_hash_finish with small buffer size       | PSA_ALG_SHA_256 | 31        | BUFFER_TOO_SMALL | -             |

    @requires:alg=SHA_512
    Examples: ARCH_TEST_SHA512
      | description                               | alg             | hash size | expected status | expected hash |
      | Test psa_hash_finish with SHA512 algorithm | PSA_ALG_SHA_512 | 64       | SUCCESS         | sha_512_hash  |

  @psa-c014 @run-214 @psa-crypto-1.0 @requires:alg=SHA_256
  Scenario: psa_hash_finish: Hash APIs — Test psa_hash_finish with inactive operation handle
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, PSA_ALG_SHA_256) returns SUCCESS
    And (checkpoint 4) psa_hash_update(operation, hash_input) returns SUCCESS
    And (checkpoint 5) psa_hash_finish(operation, 64) returns SUCCESS
    Then (checkpoint 6) psa_hash_finish(operation, 64) returns BAD_STATE
    And (checkpoint 7) psa_hash_abort(operation) returns SUCCESS

  @psa-c015 @run-215 @psa-crypto-1.0
  Scenario Outline: psa_hash_abort: Hash APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, <alg>) returns SUCCESS
    When (checkpoint 4) psa_hash_abort(operation) returns SUCCESS
    Then (checkpoint 5) psa_hash_finish(operation, 64) returns BAD_STATE
    And (checkpoint 6) psa_hash_abort(operation) returns SUCCESS

    @requires:alg=MD5
    Examples: ARCH_TEST_MD5
      | description                          | alg         |
      | Test psa_hash_abort with MD5 algorithm | PSA_ALG_MD5 |

    @requires:alg=RIPEMD160
    Examples: ARCH_TEST_RIPEMD160
      | description                                | alg               |
      | Test psa_hash_abort with RIPEMD160 algorithm | PSA_ALG_RIPEMD160 |

    @requires:alg=SHA_1
    Examples: ARCH_TEST_SHA1
      | description                           | alg           |
      | Test psa_hash_abort with SHA1 algorithm | PSA_ALG_SHA_1 |

    @requires:alg=SHA_224
    Examples: ARCH_TEST_SHA224
      | description                             | alg             |
      | Test psa_hash_abort with SHA224 algorithm | PSA_ALG_SHA_224 |

    @requires:alg=SHA_256
    Examples: ARCH_TEST_SHA256
      | description                             | alg             |
      | Test psa_hash_abort with SHA256 algorithm | PSA_ALG_SHA_256 |

    @requires:alg=SHA_384
    Examples: ARCH_TEST_SHA384
      | description                             | alg             |
      | Test psa_hash_abort with SHA384 algorithm | PSA_ALG_SHA_384 |

    @requires:alg=SHA_512
    Examples: ARCH_TEST_SHA512
      | description                             | alg             |
      | Test psa_hash_abort with SHA512 algorithm | PSA_ALG_SHA_512 |

  @psa-c045 @run-245 @psa-crypto-1.0
  Scenario Outline: psa_hash_clone: Hash APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(source, <alg>) returns SUCCESS
    When (checkpoint 4) psa_hash_clone(source, target) returns SUCCESS
    And (checkpoint 5) psa_hash_update(source, hash_input) returns SUCCESS
    And (checkpoint 6) psa_hash_update(target, hash_input) returns SUCCESS
    Then (checkpoint 7) psa_hash_finish(source, 64) returns SUCCESS
    And (checkpoint 8) the output is <expected hash>
    And (checkpoint 9) psa_hash_finish(target, 64) returns SUCCESS
    And (checkpoint 10) the output is <expected hash>

    @requires:alg=MD5
    Examples: ARCH_TEST_MD5
      | description                          | alg         | expected hash |
      | Test psa_hash_clone with MD5 algorithm | PSA_ALG_MD5 | md5_hash    |

    @requires:alg=SHA_1
    Examples: ARCH_TEST_SHA1
      | description                           | alg           | expected hash |
      | Test psa_hash_clone with SHA1 algorithm | PSA_ALG_SHA_1 | sha_1_hash  |

    @requires:alg=SHA_224
    Examples: ARCH_TEST_SHA224
      | description                             | alg             | expected hash |
      | Test psa_hash_clone with SHA224 algorithm | PSA_ALG_SHA_224 | sha_224_hash |

    @requires:alg=SHA_256
    Examples: ARCH_TEST_SHA256
      | description                             | alg             | expected hash |
      | Test psa_hash_clone with SHA256 algorithm | PSA_ALG_SHA_256 | sha_256_hash |

    @requires:alg=SHA_384
    Examples: ARCH_TEST_SHA384
      | description                             | alg             | expected hash |
      | Test psa_hash_clone with SHA384 algorithm | PSA_ALG_SHA_384 | sha_384_hash |

    @requires:alg=SHA_512
    Examples: ARCH_TEST_SHA512
      | description                             | alg             | expected hash |
      | Test psa_hash_clone with SHA512 algorithm | PSA_ALG_SHA_512 | sha_512_hash |

  @psa-c045 @run-245 @psa-crypto-1.0 @requires:alg=SHA_256
  Scenario: psa_hash_clone: Hash APIs — Test psa_hash_clone onto an active target operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(source, PSA_ALG_SHA_256) returns SUCCESS
    And (checkpoint 4) psa_hash_setup(target, PSA_ALG_SHA_256) returns SUCCESS
    Then (checkpoint 5) psa_hash_clone(source, target) returns BAD_STATE
    And (checkpoint 6) psa_hash_abort(source) returns SUCCESS
    And (checkpoint 7) psa_hash_abort(target) returns SUCCESS

  @psa-c045 @run-245 @psa-crypto-1.0 @requires:alg=SHA_256
  Scenario: psa_hash_clone: Hash APIs — Test psa_hash_clone from an aborted source operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(source, PSA_ALG_SHA_256) returns SUCCESS
    And (checkpoint 4) psa_hash_abort(source) returns SUCCESS
    Then (checkpoint 5) psa_hash_clone(source, target) returns BAD_STATE
    And (checkpoint 6) psa_hash_abort(target) returns SUCCESS

  # psa-arch-tests marks c064/c065 `skip` (api-tests/dev_apis/crypto/testsuite.db): hash suspend and
  # resume are optional APIs. A target that declares them (`api=psa_hash_suspend`) runs these rows.
  @psa-c064 @run-264 @psa-crypto-1.1 @requires:api=psa_hash_suspend @requires:alg=SHA_256
  Scenario Outline: psa_hash_suspend: Hash APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, PSA_ALG_SHA_256) returns SUCCESS
    And (checkpoint 4) psa_hash_update(operation, hash_input) returns SUCCESS
    When psa_hash_suspend(operation, <state size>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) psa_hash_abort(operation) returns SUCCESS

    Examples: ARCH_TEST_SHA256 (PSA_HASH_SUSPEND_OUTPUT_SIZE(SHA-256) = 4 + 8 + 32 + 63 = 107; here 4 + 8 + 32 + 1 bytes)
      | description                                  | state size | expected status  |
      | Test psa_hash_suspend with SHA256 algorithm  | 107        | SUCCESS          |
      | Test psa_hash_suspend with small buffer size | 44         | BUFFER_TOO_SMALL |

  @psa-c064 @run-264 @psa-crypto-1.1 @requires:api=psa_hash_suspend @requires:alg=SHA_256
  Scenario: psa_hash_suspend: Hash APIs — Test psa_hash_suspend - state format and operation state
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    Then (checkpoint 2) psa_hash_suspend(operation, 107) returns BAD_STATE
    And (checkpoint 3) psa_hash_abort(operation) returns SUCCESS
    And (checkpoint 4) psa_hash_setup(operation, PSA_ALG_SHA_256) returns SUCCESS
    And (checkpoint 5) psa_hash_update(operation, "abc") returns SUCCESS
    And (checkpoint 6) psa_hash_suspend(operation, 107) returns SUCCESS
    # Crypto API 1.2 hash suspend state format: alg || input-length (8 B) || H0..H7 || unprocessed input;
    # after 3 bytes SHA-256 has compressed nothing, so the words are the FIPS 180-4 initial values.
    And (checkpoint 7) the output is hex:02000009 + hex:0000000000000003 + hex:6a09e667bb67ae853c6ef372a54ff53a510e527f9b05688c1f83d9ab5be0cd19 + "abc"
    And (checkpoint 8) psa_hash_update(operation, "abc") returns BAD_STATE
    And (checkpoint 9) psa_hash_abort(operation) returns SUCCESS

  @psa-c065 @run-265 @psa-crypto-1.1 @requires:api=psa_hash_resume @requires:alg=SHA_256
  Scenario: psa_hash_resume: Hash APIs — Test psa_hash_resume of a suspended SHA256 operation
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_hash_setup(operation, PSA_ALG_SHA_256) returns SUCCESS
    And (checkpoint 4) psa_hash_suspend(operation, 200) returns SUCCESS giving "hash_state"
    When (checkpoint 5) psa_hash_resume(resumed, hash_state) returns SUCCESS
    And (checkpoint 6) psa_hash_update(resumed, hash_input) returns SUCCESS
    Then (checkpoint 7) psa_hash_finish(resumed, 64) returns SUCCESS
    And (checkpoint 8) the output is sha_256_hash
    And (checkpoint 9) psa_hash_resume(resumed, hex:00) returns INVALID_ARGUMENT
    And (checkpoint 10) psa_hash_setup(active, PSA_ALG_SHA_256) returns SUCCESS
    And (checkpoint 11) psa_hash_resume(active, hash_state) returns BAD_STATE
    And (checkpoint 12) psa_hash_abort(active) returns SUCCESS
