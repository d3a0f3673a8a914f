@requires:role=psa-storage
Feature: PSA Secure Storage — exhausting the storage (psa-arch-tests s003)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/storage/test_s003/test_s003.c, run id 403:
  set assets of ARCH_TEST_STORAGE_UID_MAX_SIZE bytes (512 in pal_storage_config.h) at uids 5, 6, …
  until a set fails with PSA_ERROR_INSUFFICIENT_STORAGE (checkpoint 1), remove them all (checkpoint
  2), and do it again: both fills must take the same number of assets, or storage leaked (psa-arch-
  tests reports that mismatch without a checkpoint number; here it is checkpoint 3). A fill is bounded
  at 4096 assets; a target that never runs out within that fails checkpoint 1.

  @psa-s003 @run-403 @psa-storage-1.0
  Scenario Outline: Exhaust storage space — psa_<api>
    When the client fills psa_<api> with 512-byte assets from uid 5 until a set fails
    Then (checkpoint 1) the status is INSUFFICIENT_STORAGE
    And (checkpoint 2) psa_<api>_remove of every asset of the fill returns SUCCESS
    When the client fills psa_<api> with 512-byte assets from uid 5 until a set fails
    Then (checkpoint 1) the status is INSUFFICIENT_STORAGE
    And (checkpoint 2) psa_<api>_remove of every asset of the fill returns SUCCESS
    And (checkpoint 3) every fill stored the same number of assets

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |
