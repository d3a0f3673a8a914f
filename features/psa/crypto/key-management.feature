@requires:role=psa-crypto
Feature: PSA Crypto key management (psa-arch-tests c002–c005)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c002 … test_c005
  (test_cNNN.c for the procedure and checkpoint numbers, test_data.h for the rows), run ids 202–205,
  against PSA Crypto API 1.2 §9.6 "Key management functions".

  Each Examples block is one capability guard of test_data.h (#ifdef ARCH_TEST_AES_128 …): a row for
  a key type the target does not declare is Not Applicable, never absent. Key material comes from
  psa-arch-tests api-tests/dev_apis/crypto/common/test_crypto_common.c (key_data, rsa_256_key_pair,
  rsa_256_key_data, ec_key_data, ec_key_pair) except the P-384 and P-521 keys, which testfest
  generated (see steps/psa/key-material.ts). `key_data:16` means the first 16 bytes of key_data.
  As in psa-arch-tests, once a row has reached its expected failure the later checkpoints are not
  reached ("If failure is expected, continue with the next data set").

  @psa-c002 @run-202 @psa-crypto-1.0
  Scenario Outline: psa_import_key: Key Management APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    When psa_import_key is called with <data> as <type>, bits <bits>, usage <usage>
    Then (checkpoint 3) the status is <expected status>
    And (§9.6) when no key was created, the key identifier returned is PSA_KEY_ID_NULL
    And (checkpoint 4) when a key was created, psa_get_key_attributes on the key returns SUCCESS
    And (checkpoint 5) when a key was created, the key type is <type>
    And (checkpoint 6) when a key was created, the key bits are <expected bits>
    And (checkpoint 7) when a key was created, psa_destroy_key on the key returns SUCCESS
    And (checkpoint 8) when a key was created, psa_import_key of the same data with reset attributes does not return SUCCESS
    And (checkpoint 9) when a key was created, that import returned PSA_KEY_ID_NULL

    @requires:key=AES:128
    Examples: AES-128 (ARCH_TEST_AES_128, ARCH_TEST_AES)
      | description                                                         | data        | type             | bits | usage                | expected status  | expected bits |
      | Test psa_import_key 16 bytes AES                                    | key_data:16 | PSA_KEY_TYPE_AES | 128  | PSA_KEY_USAGE_EXPORT | SUCCESS          | 128           |
      | Test psa_import_key 16 bytes AES with invalid bits                  | key_data:16 | PSA_KEY_TYPE_AES | 129  | PSA_KEY_USAGE_EXPORT | INVALID_ARGUMENT | -             |
      | Test psa_import_key with key data greater than the algorithm size  | key_data:34 | PSA_KEY_TYPE_AES | 272  | PSA_KEY_USAGE_EXPORT | INVALID_ARGUMENT | -             |
      | Test psa_import_key with incorrect key data size                    | key_data:18 | PSA_KEY_TYPE_AES | 144  | PSA_KEY_USAGE_EXPORT | INVALID_ARGUMENT | -             |
      | Test psa_import_key AES-128 with bits=0 (inferred)                  | key_data:16 | PSA_KEY_TYPE_AES | 0    | PSA_KEY_USAGE_EXPORT | SUCCESS          | 128           |

    @requires:key=AES:192
    Examples: AES-192 (ARCH_TEST_AES_192)
      | description                      | data        | type             | bits | usage                | expected status | expected bits |
      | Test psa_import_key 24 bytes AES | key_data:24 | PSA_KEY_TYPE_AES | 192  | PSA_KEY_USAGE_EXPORT | SUCCESS         | 192           |

    @requires:key=AES:256
    Examples: AES-256 (ARCH_TEST_AES_256)
      | description                                        | data        | type             | bits | usage                | expected status | expected bits |
      | Test psa_import_key 32 bytes AES                   | key_data:32 | PSA_KEY_TYPE_AES | 256  | PSA_KEY_USAGE_EXPORT | SUCCESS         | 256           |
      | Test psa_import_key AES-256 with bits=0 (inferred) | key_data:32 | PSA_KEY_TYPE_AES | 0    | PSA_KEY_USAGE_EXPORT | SUCCESS         | 256           |

    @requires:key=RSA_PUBLIC_KEY:2048
    Examples: RSA-2048 public key (ARCH_TEST_RSA_2048)
      | description                                            | data             | type                        | bits | usage                | expected status | expected bits |
      | Test psa_import_key 2048 RSA public key                | rsa_256_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | 2048 | PSA_KEY_USAGE_EXPORT | SUCCESS         | 2048          |
      | Test psa_import_key RSA-2048 pub with bits=0 (inferred) | rsa_256_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | 0    | PSA_KEY_USAGE_EXPORT | SUCCESS         | 2048          |

    @requires:key=RSA_KEY_PAIR:2048
    Examples: RSA-2048 key pair (ARCH_TEST_RSA_2048)
      | description                              | data             | type                      | bits | usage                | expected status | expected bits |
      | Test psa_import_key with RSA 2048 keypair | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | PSA_KEY_USAGE_EXPORT | SUCCESS         | 2048          |

    @requires:key=DES:64
    Examples: single DES (ARCH_TEST_DES_1KEY)
      | description                              | data       | type             | bits | usage                | expected status | expected bits |
      | Test psa_import_key with DES 8 bytes key | key_data:8 | PSA_KEY_TYPE_DES | 64   | PSA_KEY_USAGE_EXPORT | SUCCESS         | 64            |

    @requires:key=DES:128
    Examples: 2-key Triple-DES (ARCH_TEST_DES_2KEY)
      | description                               | data        | type             | bits | usage                | expected status | expected bits |
      | Test psa_import_key with Triple DES 2-Key | key_data:16 | PSA_KEY_TYPE_DES | 128  | PSA_KEY_USAGE_EXPORT | SUCCESS         | 128           |

    @requires:key=DES:192
    Examples: 3-key Triple-DES (ARCH_TEST_DES_3KEY)
      | description                               | data        | type             | bits | usage                | expected status | expected bits |
      | Test psa_import_key with Triple DES 3-Key | key_data:24 | PSA_KEY_TYPE_DES | 192  | PSA_KEY_USAGE_EXPORT | SUCCESS         | 192           |

    @requires:key=ECC_PUBLIC_KEY(SECP_R1):256
    Examples: P-256 public key (ARCH_TEST_ECC_CURVE_SECP256R1)
      | description                                           | data        | type                                                | bits | usage                | expected status  | expected bits |
      | Test psa_import_key with EC Public key                | ec_key_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256  | PSA_KEY_USAGE_EXPORT | SUCCESS          | 256           |
      | Test psa_import_key P-256 pub with bits=0 (inferred)  | ec_key_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 0    | PSA_KEY_USAGE_EXPORT | SUCCESS          | 256           |
      | Test psa_import_key P-256 pub with bits=224 (mismatch) | ec_key_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 224  | PSA_KEY_USAGE_EXPORT | INVALID_ARGUMENT | -             |

    @requires:key=ECC_KEY_PAIR(SECP_R1):224
    Examples: P-224 key pair (ARCH_TEST_ECC_CURVE_SECP224R1)
      | description                         | data        | type                                              | bits | usage                | expected status | expected bits |
      | Test psa_import_key with EC keypair | ec_key_pair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 224  | PSA_KEY_USAGE_EXPORT | SUCCESS         | 224           |

    @requires:key=ECC_PUBLIC_KEY(SECP_R1):384
    Examples: P-384 public key (ARCH_TEST_ECC_CURVE_SECP384R1; key generated by testfest)
      | description                                      | data                       | type                                                | bits | usage                | expected status  | expected bits |
      | Test psa_import_key P-384 pub bits=384           | ecdsa_secp384r1_sha384_pub | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 384  | PSA_KEY_USAGE_EXPORT | SUCCESS          | 384           |
      | Test psa_import_key P-384 pub bits=0 (inferred)  | ecdsa_secp384r1_sha384_pub | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 0    | PSA_KEY_USAGE_EXPORT | SUCCESS          | 384           |
      | Test psa_import_key P-384 pub bits=256 (mismatch) | ecdsa_secp384r1_sha384_pub | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256  | PSA_KEY_USAGE_EXPORT | INVALID_ARGUMENT | -             |

    @requires:key=ECC_KEY_PAIR(SECP_R1):384
    Examples: P-384 key pair (ARCH_TEST_ECC_CURVE_SECP384R1; key generated by testfest)
      | description                                         | data                        | type                                              | bits | usage                | expected status | expected bits |
      | Test psa_import_key P-384 keypair bits=384          | ecdsa_secp384r1_sha384_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 384  | PSA_KEY_USAGE_EXPORT | SUCCESS         | 384           |
      | Test psa_import_key P-384 keypair bits=0 (inferred) | ecdsa_secp384r1_sha384_priv | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 0    | PSA_KEY_USAGE_EXPORT | SUCCESS         | 384           |

    # bits=528 (66 bytes × 8) is not a SECP_R1 size: §9.6 allows INVALID_ARGUMENT (bits do not match
    # the data) or NOT_SUPPORTED (key size not supported, Mbed TLS 2.28); either way it must be refused.
    @requires:key=ECC_PUBLIC_KEY(SECP_R1):521
    Examples: P-521 public key (ARCH_TEST_ECC_CURVE_SECP521R1; key generated by testfest)
      | description                                          | data                | type                                                | bits | usage                | expected status  | expected bits |
      | Test psa_import_key P-521 pub bits=521 (noisy bug)   | ec_secp521_pub_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 521  | PSA_KEY_USAGE_EXPORT | SUCCESS          | 521           |
      | Test psa_import_key P-521 pub bits=0 (silent bug)    | ec_secp521_pub_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 0    | PSA_KEY_USAGE_EXPORT | SUCCESS          | 521           |
      | Test psa_import_key P-521 pub bits=528 (not spec)    | ec_secp521_pub_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 528  | PSA_KEY_USAGE_EXPORT | one of INVALID_ARGUMENT, NOT_SUPPORTED | -             |
      | Test psa_import_key P-521 pub bits=256 (way wrong)   | ec_secp521_pub_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256  | PSA_KEY_USAGE_EXPORT | INVALID_ARGUMENT | -             |

    @requires:key=ECC_KEY_PAIR(SECP_R1):521
    Examples: P-521 key pair (ARCH_TEST_ECC_CURVE_SECP521R1; key generated by testfest)
      | description                                         | data                 | type                                              | bits | usage                | expected status  | expected bits |
      | Test psa_import_key P-521 keypair bits=521          | ec_secp521_priv_data | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 521  | PSA_KEY_USAGE_EXPORT | SUCCESS          | 521           |
      | Test psa_import_key P-521 keypair bits=0 (inferred) | ec_secp521_priv_data | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 0    | PSA_KEY_USAGE_EXPORT | SUCCESS          | 521           |
      | Test psa_import_key P-521 keypair bits=528 (not spec) | ec_secp521_priv_data | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 528  | PSA_KEY_USAGE_EXPORT | one of INVALID_ARGUMENT, NOT_SUPPORTED | -             |

    # psa-arch-tests expects PSA_ERROR_NOT_SUPPORTED; §9.6 also lists "the key type is invalid" under
    # PSA_ERROR_INVALID_ARGUMENT, and PSA_KEY_TYPE_NONE is not a valid type, so both are accepted.
    Examples: any target
      | description                                    | data        | type              | bits | usage                | expected status                         | expected bits |
      | Test psa_import_key with invalid key type value | key_data:16 | PSA_KEY_TYPE_NONE | 128  | PSA_KEY_USAGE_EXPORT | one of NOT_SUPPORTED, INVALID_ARGUMENT | -             |

  @psa-c003 @run-203 @psa-crypto-1.0
  Scenario Outline: psa_export_key: Key Management APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_import_key of <data> as <type>, bits <bits>, usage <usage> returns SUCCESS
    When psa_export_key is called on that key with a <buffer size> byte buffer
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) when the export failed, psa_destroy_key on the key returns SUCCESS
    And (checkpoint 6) when the export succeeded, the exported length is <expected length>
    And (checkpoint 7) when the export succeeded, the exported data equals the imported data
    And (checkpoint 8) when the export succeeded, psa_destroy_key on the key returns SUCCESS
    And (checkpoint 9) when the export succeeded, psa_export_key on the destroyed key returns INVALID_HANDLE

    @requires:key=AES:128
    Examples: AES-128 (ARCH_TEST_AES_128)
      | description                                | data        | type             | bits | usage                        | buffer size | expected status   | expected length |
      | Test psa_export_key 16 Byte AES            | key_data:16 | PSA_KEY_TYPE_AES | 128  | PSA_KEY_USAGE_EXPORT         | 1200        | SUCCESS           | 16              |
      | Test psa_export_key with key policy verify | key_data:16 | PSA_KEY_TYPE_AES | 128  | PSA_KEY_USAGE_VERIFY_MESSAGE | 1200        | NOT_PERMITTED     | -               |
      | Test psa_export_key with less buffer size  | key_data:16 | PSA_KEY_TYPE_AES | 128  | PSA_KEY_USAGE_EXPORT         | 14          | BUFFER_TOO_SMALL  | -               |

    @requires:key=AES:192
    Examples: AES-192 (ARCH_TEST_AES_192)
      | description                     | data        | type             | bits | usage                | buffer size | expected status | expected length |
      | Test psa_export_key 24 Byte AES | key_data:24 | PSA_KEY_TYPE_AES | 192  | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 24              |

    @requires:key=AES:256
    Examples: AES-256 (ARCH_TEST_AES_256)
      | description                     | data        | type             | bits | usage                | buffer size | expected status | expected length |
      | Test psa_export_key 32 Byte AES | key_data:32 | PSA_KEY_TYPE_AES | 256  | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 32              |

    @requires:key=RSA_PUBLIC_KEY:2048
    Examples: RSA-2048 public key (ARCH_TEST_RSA_2048)
      | description                             | data             | type                        | bits | usage                | buffer size | expected status | expected length |
      | Test psa_export_key 2048 RSA public key | rsa_256_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | 2048 | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 270             |

    @requires:key=RSA_KEY_PAIR:2048
    Examples: RSA-2048 key pair (ARCH_TEST_RSA_2048)
      | description                               | data             | type                      | bits | usage                | buffer size | expected status | expected length |
      | Test psa_export_key with RSA 2048 keypair | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 1193            |

    @requires:key=DES:64
    Examples: single DES (ARCH_TEST_DES_1KEY)
      | description                            | data       | type             | bits | usage                | buffer size | expected status | expected length |
      | Test psa_export_key with DES 64 bit key | key_data:8 | PSA_KEY_TYPE_DES | 64   | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 8               |

    @requires:key=DES:128
    Examples: 2-key Triple-DES (ARCH_TEST_DES_2KEY)
      | description                               | data        | type             | bits | usage                | buffer size | expected status | expected length |
      | Test psa_export_key with Triple DES 2-Key | key_data:16 | PSA_KEY_TYPE_DES | 128  | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 16              |

    @requires:key=DES:192
    Examples: 3-key Triple-DES (ARCH_TEST_DES_3KEY)
      | description                               | data        | type             | bits | usage                | buffer size | expected status | expected length |
      | Test psa_export_key with Triple DES 3-Key | key_data:24 | PSA_KEY_TYPE_DES | 192  | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 24              |

    @requires:key=ECC_PUBLIC_KEY(SECP_R1):256
    Examples: P-256 public key (ARCH_TEST_ECC_CURVE_SECP256R1)
      | description                            | data        | type                                                | bits | usage                | buffer size | expected status | expected length |
      | Test psa_export_key with EC Public key | ec_key_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256  | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 65              |

    @requires:key=ECC_KEY_PAIR(SECP_R1):224
    Examples: P-224 key pair (ARCH_TEST_ECC_CURVE_SECP224R1)
      | description                         | data        | type                                              | bits | usage                | buffer size | expected status | expected length |
      | Test psa_export_key with EC keypair | ec_key_pair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 224  | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 28              |

    # Beyond psa-arch-tests, §9.6 psa_export_key: a key pair without PSA_KEY_USAGE_EXPORT is not
    # exportable, while a public key always is ("unless it is a public key").
    @testfest-extension @requires:key=RSA_KEY_PAIR:2048
    Examples: RSA-2048 key pair without EXPORT usage
      | description                                                        | data             | type                      | bits | usage                     | buffer size | expected status | expected length |
      | Test psa_export_key with RSA 2048 keypair without export usage     | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | PSA_KEY_USAGE_SIGN_HASH   | 1200        | NOT_PERMITTED   | -               |

    @testfest-extension @requires:key=ECC_PUBLIC_KEY(SECP_R1):256
    Examples: P-256 public key without EXPORT usage
      | description                                                | data        | type                                                | bits | usage                       | buffer size | expected status | expected length |
      | Test psa_export_key with EC Public key without export usage | ec_key_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256  | PSA_KEY_USAGE_VERIFY_HASH   | 1200        | SUCCESS         | 65              |

  @psa-c004 @run-204 @psa-crypto-1.0
  Scenario Outline: psa_export_public_key: Key Management APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_import_key of <data> as <type>, bits <bits>, usage <usage> returns SUCCESS
    When psa_export_public_key is called on that key with a <buffer size> byte buffer
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) when the export succeeded, the exported length is <expected length>
    And (checkpoint 6) when the export succeeded, the exported data equals <expected data>
    And (checkpoint 8) when the export succeeded, psa_destroy_key on the key returns SUCCESS
    And (checkpoint 9) when the export succeeded, psa_export_public_key on the destroyed key returns INVALID_HANDLE

    @requires:key=AES:128
    Examples: AES-128 (ARCH_TEST_AES_128)
      | description                            | data        | type             | bits | usage                | buffer size | expected status  | expected length | expected data |
      | Test psa_export_public_key 16 Byte AES | key_data:16 | PSA_KEY_TYPE_AES | 128  | PSA_KEY_USAGE_EXPORT | 1200        | INVALID_ARGUMENT | -               | -             |

    @requires:key=AES:192
    Examples: AES-192 (ARCH_TEST_AES_192)
      | description                            | data        | type             | bits | usage                | buffer size | expected status  | expected length | expected data |
      | Test psa_export_public_key 24 Byte AES | key_data:24 | PSA_KEY_TYPE_AES | 192  | PSA_KEY_USAGE_EXPORT | 1200        | INVALID_ARGUMENT | -               | -             |

    @requires:key=AES:256
    Examples: AES-256 (ARCH_TEST_AES_256)
      | description                            | data        | type             | bits | usage                | buffer size | expected status  | expected length | expected data |
      | Test psa_export_public_key 32 Byte AES | key_data:32 | PSA_KEY_TYPE_AES | 256  | PSA_KEY_USAGE_EXPORT | 1200        | INVALID_ARGUMENT | -               | -             |

    @requires:key=RSA_PUBLIC_KEY:2048
    Examples: RSA-2048 public key (ARCH_TEST_RSA_2048, ARCH_TEST_RSA)
      | description                                      | data             | type                        | bits | usage                | buffer size | expected status    | expected length | expected data     |
      | Test psa_export_public_key 2048 RSA public key   | rsa_256_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | 2048 | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS            | 270             | the imported data |
      | Test psa_export_public_key with less buffer size | rsa_256_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | 2048 | PSA_KEY_USAGE_EXPORT | 200         | BUFFER_TOO_SMALL   | -               | -                 |

    @requires:key=RSA_KEY_PAIR:2048
    Examples: RSA-2048 key pair (ARCH_TEST_RSA_2048)
      | description                                      | data             | type                      | bits | usage                | buffer size | expected status | expected length | expected data           |
      | Test psa_export_public_key with RSA 2048 keypair | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 270             | expected_rsa_256_pubprv |

    @requires:key=DES:64
    Examples: single DES (ARCH_TEST_DES_1KEY)
      | description                                    | data       | type             | bits | usage                | buffer size | expected status  | expected length | expected data |
      | Test psa_export_public_key with DES 64 bit key | key_data:8 | PSA_KEY_TYPE_DES | 64   | PSA_KEY_USAGE_EXPORT | 1200        | INVALID_ARGUMENT | -               | -             |

    @requires:key=DES:128
    Examples: 2-key Triple-DES (ARCH_TEST_DES_2KEY)
      | description                                      | data        | type             | bits | usage                | buffer size | expected status  | expected length | expected data |
      | Test psa_export_public_key with Triple DES 2-Key | key_data:16 | PSA_KEY_TYPE_DES | 128  | PSA_KEY_USAGE_EXPORT | 1200        | INVALID_ARGUMENT | -               | -             |

    @requires:key=DES:192
    Examples: 3-key Triple-DES (ARCH_TEST_DES_3KEY)
      | description                                      | data        | type             | bits | usage                | buffer size | expected status  | expected length | expected data |
      | Test psa_export_public_key with Triple DES 3-Key | key_data:24 | PSA_KEY_TYPE_DES | 192  | PSA_KEY_USAGE_EXPORT | 1200        | INVALID_ARGUMENT | -               | -             |

    @requires:key=ECC_PUBLIC_KEY(SECP_R1):256
    Examples: P-256 public key (ARCH_TEST_ECC_CURVE_SECP256R1)
      | description                                   | data        | type                                                | bits | usage                | buffer size | expected status | expected length | expected data     |
      | Test psa_export_public_key with EC Public key | ec_key_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256  | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 65              | the imported data |

    @requires:key=ECC_KEY_PAIR(SECP_R1):224
    Examples: P-224 key pair (ARCH_TEST_ECC_CURVE_SECP224R1)
      | description                                | data        | type                                              | bits | usage                | buffer size | expected status | expected length | expected data      |
      | Test psa_export_public_key with EC keypair | ec_key_pair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 224  | PSA_KEY_USAGE_EXPORT | 1200        | SUCCESS         | 57              | expected_ec_pubprv |

  @psa-c005 @run-205 @psa-crypto-1.0
  Scenario Outline: psa_destroy_key: Key Management APIs — <description>
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_import_key of <data> as <type>, bits <bits>, usage <usage>, alg <alg>, id <id>, lifetime <lifetime> returns SUCCESS
    When psa_destroy_key is called on that key
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_get_key_attributes on the destroyed key returns INVALID_HANDLE
    And (checkpoints 6 to 11) the attributes it returned are all zero: type, id, lifetime, usage, algorithm and bits
    And (checkpoint 12) psa_destroy_key on the destroyed key returns INVALID_HANDLE

    @requires:key=AES:128
    Examples: AES-128 (ARCH_TEST_AES_128)
      | description                      | data        | type             | bits | usage                | alg         | id   | lifetime                  | expected status |
      | Test psa_destroy_key 16 Byte AES | key_data:16 | PSA_KEY_TYPE_AES | 128  | PSA_KEY_USAGE_EXPORT | PSA_ALG_CTR | 0x12 | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

    @requires:key=AES:192
    Examples: AES-192 (ARCH_TEST_AES_192)
      | description                      | data        | type             | bits | usage                | alg         | id   | lifetime                  | expected status |
      | Test psa_destroy_key 24 Byte AES | key_data:24 | PSA_KEY_TYPE_AES | 192  | PSA_KEY_USAGE_EXPORT | PSA_ALG_CTR | 0x34 | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

    @requires:key=AES:256
    Examples: AES-256 (ARCH_TEST_AES_256)
      | description                      | data        | type             | bits | usage                | alg         | id   | lifetime                  | expected status |
      | Test psa_destroy_key 32 Byte AES | key_data:32 | PSA_KEY_TYPE_AES | 256  | PSA_KEY_USAGE_EXPORT | PSA_ALG_CTR | 0x56 | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

    @requires:key=RSA_PUBLIC_KEY:2048
    Examples: RSA-2048 public key (ARCH_TEST_RSA_2048)
      | description                              | data             | type                        | bits | usage                | alg                           | id   | lifetime                  | expected status |
      | Test psa_destroy_key 2048 RSA public key | rsa_256_key_data | PSA_KEY_TYPE_RSA_PUBLIC_KEY | 2048 | PSA_KEY_USAGE_EXPORT | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | 0x78 | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

    @requires:key=RSA_KEY_PAIR:2048
    Examples: RSA-2048 key pair (ARCH_TEST_RSA_2048)
      | description                                | data             | type                      | bits | usage                | alg                           | id   | lifetime                  | expected status |
      | Test psa_destroy_key with RSA 2048 keypair | rsa_256_key_pair | PSA_KEY_TYPE_RSA_KEY_PAIR | 2048 | PSA_KEY_USAGE_EXPORT | PSA_ALG_RSA_PKCS1V15_SIGN_RAW | 0x89 | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

    @requires:key=DES:64
    Examples: single DES (ARCH_TEST_DES_1KEY)
      | description                              | data       | type             | bits | usage                | alg         | id   | lifetime                  | expected status |
      | Test psa_destroy_key with DES 64 bit key | key_data:8 | PSA_KEY_TYPE_DES | 64   | PSA_KEY_USAGE_EXPORT | PSA_ALG_CTR | 0xAB | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

    @requires:key=DES:128
    Examples: 2-key Triple-DES (ARCH_TEST_DES_2KEY)
      | description                                | data        | type             | bits | usage                | alg         | id   | lifetime                  | expected status |
      | Test psa_destroy_key with Triple DES 2-Key | key_data:16 | PSA_KEY_TYPE_DES | 128  | PSA_KEY_USAGE_EXPORT | PSA_ALG_CTR | 0xBC | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

    @requires:key=DES:192
    Examples: 3-key Triple-DES (ARCH_TEST_DES_3KEY)
      | description                                | data        | type             | bits | usage                | alg         | id   | lifetime                  | expected status |
      | Test psa_destroy_key with Triple DES 3-Key | key_data:24 | PSA_KEY_TYPE_DES | 192  | PSA_KEY_USAGE_EXPORT | PSA_ALG_CTR | 0xCD | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

    @requires:key=ECC_PUBLIC_KEY(SECP_R1):256
    Examples: P-256 public key (ARCH_TEST_ECC_CURVE_SECP256R1)
      | description                             | data        | type                                                | bits | usage                | alg               | id   | lifetime                  | expected status |
      | Test psa_destroy_key with EC Public key | ec_key_data | PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) | 256  | PSA_KEY_USAGE_EXPORT | PSA_ALG_ECDSA_ANY | 0xEF | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

    @requires:key=ECC_KEY_PAIR(SECP_R1):224
    Examples: P-224 key pair (ARCH_TEST_ECC_CURVE_SECP224R1)
      | description                          | data        | type                                              | bits | usage                | alg               | id    | lifetime                  | expected status |
      | Test psa_destroy_key with EC keypair | ec_key_pair | PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | 224  | PSA_KEY_USAGE_EXPORT | PSA_ALG_ECDSA_ANY | 0x123 | PSA_KEY_LIFETIME_VOLATILE | SUCCESS         |

  # test_c005.c psa_destroy_key_test_invalid_key_identifier: uses the first supported row (AES-128).
  @psa-c005 @run-205 @psa-crypto-1.0 @requires:key=AES:128
  Scenario: psa_destroy_key: Key Management APIs — Test psa_destroy_key with invalid key identifier
    Given (checkpoint 1) psa_crypto_init returns SUCCESS
    And (checkpoint 3) psa_import_key of key_data:16 as PSA_KEY_TYPE_AES, bits 128, usage PSA_KEY_USAGE_EXPORT, alg PSA_ALG_CTR, id 0x12, lifetime PSA_KEY_LIFETIME_VOLATILE returns SUCCESS
    When psa_destroy_key is called with PSA_KEY_ID_NULL
    Then (checkpoint 4) the status is SUCCESS
    When psa_destroy_key is called on that key
    Then (checkpoint 5) the status is SUCCESS
    When psa_destroy_key is called with PSA_KEY_ID_NULL
    Then (checkpoint 6) the status is SUCCESS
