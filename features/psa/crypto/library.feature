@requires:role=psa-crypto
Feature: PSA Crypto library initialisation (psa-arch-tests c001)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c001/test_c001.c,
  TEST_DESC "Testing crypto key management APIs | UT: psa_crypto_init", run id 201.

  PSA Crypto API 1.2 §8.2 psa_crypto_init: applications may call it more than once; calling any
  other function first is undefined, and the spec encourages an implementation either to behave as
  if initialised or to return PSA_ERROR_BAD_STATE. psa-arch-tests check 1 therefore accepts
  PSA_SUCCESS or PSA_ERROR_BAD_STATE for psa_generate_random, and so do we.

  @psa-c001 @run-201 @psa-crypto-1.0
  Scenario Outline: psa_crypto_init: Key Management APIs — <description>
    Given a PSA Crypto target on which psa_crypto_init has not been called
    When <function> is called before psa_crypto_init
    Then (checkpoint 3) the status is <expected status>

    Examples: psa-arch-tests check 1
      | description                                          | function            | expected status           |
      | Test calling crypto functions before psa_crypto_init | psa_generate_random | one of SUCCESS, BAD_STATE |

    # Beyond psa-arch-tests: the other key management functions before psa_crypto_init. A key
    # identifier that was never created is INVALID_HANDLE for an implementation that behaves as if
    # initialised, so that status is acceptable too.
    @testfest-extension
    Examples: other functions before psa_crypto_init
      | description                                                  | function               | expected status                  |
      | Test calling psa_import_key before psa_crypto_init           | psa_import_key         | one of SUCCESS, BAD_STATE        |
      | Test calling psa_generate_key before psa_crypto_init         | psa_generate_key       | one of SUCCESS, BAD_STATE        |
      | Test calling psa_export_key before psa_crypto_init           | psa_export_key         | one of BAD_STATE, INVALID_HANDLE |
      | Test calling psa_export_public_key before psa_crypto_init    | psa_export_public_key  | one of BAD_STATE, INVALID_HANDLE |
      | Test calling psa_destroy_key before psa_crypto_init          | psa_destroy_key        | one of BAD_STATE, INVALID_HANDLE |
      | Test calling psa_get_key_attributes before psa_crypto_init   | psa_get_key_attributes | one of BAD_STATE, INVALID_HANDLE |

  @psa-c001 @run-201 @psa-crypto-1.0
  Scenario: psa_crypto_init: Key Management APIs — Test psa_crypto_init
    Given a PSA Crypto target on which psa_crypto_init has not been called
    When psa_crypto_init is called
    Then (checkpoint 1) the status is SUCCESS

  @psa-c001 @run-201 @psa-crypto-1.0
  Scenario: psa_crypto_init: Key Management APIs — Test multiple psa_crypto_init
    Given a PSA Crypto target on which psa_crypto_init has not been called
    When psa_crypto_init is called 5 times
    Then (checkpoint 2) every status is SUCCESS
