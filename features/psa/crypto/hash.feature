@requires:role=psa-crypto
Feature: PSA Crypto single-part hash functions (psa-arch-tests c006, c007)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c006 and c007 (multipart:
  hash-multipart.feature; test_cNNN.c procedure, test_data.h rows), run ids 206 and 207,
  against PSA Crypto API 1.2 §10.2 "Message digests". The message is psa-arch-tests' one-byte
  hash_input (0xbd) and the expected digests are its md5_hash … sha_512_hash
  (api-tests/dev_apis/crypto/common/test_crypto_common.c). Each Examples block carries the
  ARCH_TEST_* guard of its rows as `@requires:alg=…`, so a hash the target does not declare is Not
  Applicable. psa-arch-tests writes "PSA_HASH_ALG_INVALID" for a non-hash algorithm; the spec answers
  it with INVALID_ARGUMENT or NOT_SUPPORTED, and both are accepted.

  @psa-c006 @run-206 @psa-crypto-1.0
  Scenario Outline: psa_hash_compute: Hash APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    When psa_hash_compute(<alg>, hash_input, <hash size>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) when the call succeeded, the output length is <length>
    And (checkpoint 5) when the call succeeded, the output is <expected hash>

    @requires:alg=MD2
    Examples: ARCH_TEST_MD2
      | description                              | alg         | hash size | expected status | length | expected hash |
      | Test psa_hash_compute with MD2 algorithm | PSA_ALG_MD2 | 64        | SUCCESS         | 16     | hex:8c9c17665d25b35fc413c41805c679cf |

    @requires:alg=MD4
    Examples: ARCH_TEST_MD4
      | description                              | alg         | hash size | expected status | length | expected hash |
      | Test psa_hash_compute with MD4 algorithm | PSA_ALG_MD4 | 64        | SUCCESS         | 16     | hex:18c33f97297efe5f8a732258289fda25 |

    @requires:alg=MD5
    Examples: ARCH_TEST_MD5
      | description                              | alg         | hash size | expected status | length | expected hash |
      | Test psa_hash_compute with MD5 algorithm | PSA_ALG_MD5 | 64        | SUCCESS         | 16     | md5_hash      |

    @requires:alg=RIPEMD160
    Examples: ARCH_TEST_RIPEMD160
      | description                                    | alg               | hash size | expected status | length | expected hash   |
      | Test psa_hash_compute with RIPEMD160 algorithm | PSA_ALG_RIPEMD160 | 64        | SUCCESS         | 20     | ripemd_160_hash |

    @requires:alg=SHA_1
    Examples: ARCH_TEST_SHA1
      | description                               | alg           | hash size | expected status | length | expected hash |
      | Test psa_hash_compute with SHA1 algorithm | PSA_ALG_SHA_1 | 64        | SUCCESS         | 20     | sha_1_hash    |

    @requires:alg=SHA_224
    Examples: ARCH_TEST_SHA224
      | description                                 | alg             | hash size | expected status | length | expected hash |
      | Test psa_hash_compute with SHA224 algorithm | PSA_ALG_SHA_224 | 64        | SUCCESS         | 28     | sha_224_hash  |

    @requires:alg=SHA_256
    Examples: ARCH_TEST_SHA256
      | description                                 | alg             | hash size | expected status | length | expected hash |
      | Test psa_hash_compute with SHA256 algorithm | PSA_ALG_SHA_256 | 64        | SUCCESS         | 32     | sha_256_hash  |

    @requires:alg=SHA_384
    Examples: ARCH_TEST_SHA384
      | description                                 | alg             | hash size | expected status | length | expected hash |
      | Test psa_hash_compute with SHA384 algorithm | PSA_ALG_SHA_384 | 64        | SUCCESS         | 48     | sha_384_hash  |

    @requires:alg=SHA_512
    Examples: ARCH_TEST_SHA512
      | description                                 | alg             | hash size | expected status  | length | expected hash |
      | Test psa_hash_compute with SHA512 algorithm | PSA_ALG_SHA_512 | 64        | SUCCESS          | 64     | sha_512_hash  |
      | Test psa_hash_compute with small buffer size | PSA_ALG_SHA_512 | 60       | BUFFER_TOO_SMALL | -      | -             |

    Examples: any target
      | description                                  | alg         | hash size | expected status                        | length | expected hash |
      | Test psa_hash_compute with invalid algorithm | PSA_ALG_CTR | 64        | one of NOT_SUPPORTED, INVALID_ARGUMENT | -      | -             |

  @psa-c007 @run-207 @psa-crypto-1.0
  Scenario Outline: psa_hash_compare: Hash APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    When psa_hash_compare(<alg>, hash_input, <hash>) is called
    Then (checkpoint 3) the status is <expected status>

    @requires:alg=SHA_256
    Examples: ARCH_TEST_SHA256
      | description                                     | alg             | hash                   | expected status                        |
      | Test psa_hash_compare with valid hash           | PSA_ALG_SHA_256 | sha_256_hash           | SUCCESS                                |
      | Test psa_hash_compare with incorrect hash       | PSA_ALG_SHA_256 | sha_256_incorrect_hash | INVALID_SIGNATURE                      |
      | Test psa_hash_compare with incorrect hash length | PSA_ALG_SHA_256 | sha_256_hash:31       | INVALID_SIGNATURE                      |
      | Test psa_hash_compare with invalid algorithm    | PSA_ALG_CTR     | sha_256_hash           | one of NOT_SUPPORTED, INVALID_ARGUMENT |

    @requires:alg=SHA_512
    Examples: ARCH_TEST_SHA512
      | description                         | alg             | hash         | expected status |
      | Test psa_hash_compare with SHA512   | PSA_ALG_SHA_512 | sha_512_hash | SUCCESS         |
