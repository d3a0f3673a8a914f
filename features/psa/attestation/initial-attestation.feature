@requires:role=psa-attestation
Feature: PSA Initial Attestation (psa-arch-tests a001)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/initial_attestation/test_a001/test_a001.c
  and test_data.h (check1 and check2), TEST_DESC "Testing attestation initial attestation APIs",
  run id 601, against PSA Certified Attestation API 1.0 psa_initial_attest_get_token and
  psa_initial_attest_get_token_size. Challenge sizes other than PSA_INITIAL_ATTEST_CHALLENGE_SIZE_32,
  _48 and _64 are PSA_ERROR_INVALID_ARGUMENT ("must not support other sizes").

  As in test_a001.c, the challenge is filled with 0x2a and the token buffer has the size
  psa_initial_attest_get_token_size reported, or the row's size when that query failed (4096 stands
  for TOKEN_SIZE, PSA_INITIAL_ATTEST_MAX_TOKEN_SIZE). Checkpoint 2 verifies the token as psa-arch-tests
  VAL does — COSE envelope, signature with the target's attestation key, challenge echoed as the
  nonce, mandatory claims present with their CBOR types — using the suite's verifier, which accepts
  the RFC 9783 profile, the PSA 2.0.0 draft profile and the legacy PSA_IOT_PROFILE_1.

  @psa-a001 @run-601 @psa-attestation-1.0
  Scenario Outline: psa_initial_attest_get_token — <description>
    When psa_initial_attest_get_token_size is called with challenge size <size query>
    And psa_initial_attest_get_token is called with a <challenge size>-byte challenge and a token buffer of the reported size, or <fallback buffer> bytes if that query failed
    Then (checkpoint 1) the status is <expected status>
    And (checkpoint 2) when the call succeeded, the token verifies against the target's attestation key with the challenge

    Examples: check1
      | description                                                       | size query | challenge size | fallback buffer | expected status  |
      | Test psa_initial_attestation_get_token with Challenge 32          | 32         | 32             | 4096            | SUCCESS          |
      | Test psa_initial_attestation_get_token with Challenge 48          | 48         | 48             | 4096            | SUCCESS          |
      | Test psa_initial_attestation_get_token with Challenge 64          | 64         | 64             | 4096            | SUCCESS          |
      | Test psa_initial_attestation_get_token with zero challenge size    | 0          | 0              | 4096            | INVALID_ARGUMENT |
      | Test psa_initial_attestation_get_token with small challenge size   | 31         | 31             | 4096            | INVALID_ARGUMENT |
      | Test psa_initial_attestation_get_token with invalid challenge size | 33         | 33             | 4096            | INVALID_ARGUMENT |
      | Test psa_initial_attestation_get_token with large challenge size   | 65         | 65             | 4096            | INVALID_ARGUMENT |
      | Test psa_initial_attestation_get_token with small token size       | 31         | 32             | 31              | BUFFER_TOO_SMALL |

    # psa-arch-tests expects INVALID_ARGUMENT for a zero-size token buffer; Attestation API 1.0 gives
    # PSA_ERROR_BUFFER_TOO_SMALL when "the token buffer is too small", so either is accepted.
    Examples: check1, zero token buffer
      | description                                                  | size query | challenge size | fallback buffer | expected status                            |
      | Test psa_initial_attestation_get_token with zero as token size | 31         | 32             | 0               | one of INVALID_ARGUMENT, BUFFER_TOO_SMALL |

  @psa-a001 @run-601 @psa-attestation-1.0
  Scenario Outline: psa_initial_attest_get_token_size — <description>
    When psa_initial_attest_get_token_size is called with challenge size <challenge size>
    Then (checkpoint 1) the status is <expected status>
    And (checkpoint 2) when the call succeeded, the reported token size is at least <challenge size>

    Examples: check2
      | description                                                            | challenge size | expected status  |
      | Test psa_initial_attestation_get_token_size with Challenge 32          | 32             | SUCCESS          |
      | Test psa_initial_attestation_get_token_size with Challenge 48          | 48             | SUCCESS          |
      | Test psa_initial_attestation_get_token_size with Challenge 64          | 64             | SUCCESS          |
      | Test psa_initial_attestation_get_token_size with zero challenge size    | 0              | INVALID_ARGUMENT |
      | Test psa_initial_attestation_get_token_size with small challenge size   | 31             | INVALID_ARGUMENT |
      | Test psa_initial_attestation_get_token_size with invalid challenge size | 33             | INVALID_ARGUMENT |
      | Test psa_initial_attestation_get_token_size with large challenge size   | 65             | INVALID_ARGUMENT |

  # Attestation API 1.0 psa_initial_attest_get_token_size: "the exact size of the initial attestation
  # token", so a buffer of that size is enough and nothing is left over.
  @psa-a001 @run-601 @psa-attestation-1.0 @testfest-extension
  Scenario Outline: psa_initial_attest_get_token_size — reports the exact token size for challenge <challenge size>
    When psa_initial_attest_get_token_size is called with challenge size <challenge size>
    And psa_initial_attest_get_token is called with a <challenge size>-byte challenge and a token buffer of the reported size, or 4096 bytes if that query failed
    Then (checkpoint 1) the status is SUCCESS
    And (checkpoint 2) the token is exactly the size psa_initial_attest_get_token_size reported

    Examples:
      | challenge size |
      | 32             |
      | 48             |
      | 64             |

  # RFC 9783 §4.3.2: the boot seed is the same for every token issued in one boot.
  @psa-a001 @run-601 @psa-attestation-1.0 @testfest-extension
  Scenario: psa_initial_attest_get_token — tokens of one boot carry the same boot seed
    Given (checkpoint 1) a token for a 32-byte challenge is obtained
    And (checkpoint 2) a token for a 64-byte challenge is obtained
    Then (checkpoint 3) every token carries the same boot seed

  # Security: a verifier must refuse an altered token, a replayed one (another challenge) and one
  # signed by another key (RFC 9783 §5, §4.1). The verifier names the reason it refused.
  @psa-a001 @run-601 @psa-attestation-1.0 @testfest-extension @security
  Scenario Outline: psa_initial_attest_get_token — a token with <alteration> fails verification
    Given (checkpoint 1) a token for a 32-byte challenge is obtained
    Then (checkpoint 2) the verifier refuses the token with <alteration>, naming "<reason>"

    Examples:
      | alteration                            | reason                               |
      | one bit of its signature flipped      | does not verify                      |
      | one bit of its claims payload flipped | does not verify                      |
      | its COSE tag changed                  | is not a tagged COSE_Sign1           |
      | another challenge                     | (nonce) does not match the challenge |
      | another key of the same algorithm     | does not verify                      |
