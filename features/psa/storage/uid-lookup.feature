@requires:role=psa-storage
Feature: PSA Secure Storage — UID lookup (psa-arch-tests s001, s010)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/storage/test_s001/test_s001.c and
  test_s010/test_s010.c (checkpoint numbers from TEST_CHECKPOINT_NUM, statuses from test_data.h),
  run ids 401 and 410, for Internal Trusted Storage and Protected Storage alike (PSA Certified
  Secure Storage API 1.0, psa-api doc/storage/api/api.rst): a uid that was never set, was removed,
  or is another uid is PSA_ERROR_DOES_NOT_EXIST; uid 0 is PSA_ERROR_INVALID_ARGUMENT everywhere.

  The caller is the Non-secure client -1 unless a step names another one. Uids are scoped to the
  caller (Secure Storage API 1.0 §2: "the uid namespace is per caller"): the testfest extension
  checks that one client can neither read nor remove nor see another client's asset.

  @psa-s001 @run-401 @psa-storage-1.0
  Scenario Outline: UID not found check — psa_<api>
    When the client calls psa_<api>_get(6, 0, 16)
    Then (checkpoint 1) the status is DOES_NOT_EXIST
    And (checkpoint 2) no data is returned
    And (checkpoint 3) the client's psa_<api>_get_info(6) returns DOES_NOT_EXIST
    And (checkpoint 4) the client's psa_<api>_remove(6) returns DOES_NOT_EXIST
    And (checkpoint 5) the client's psa_<api>_set(6, s001_write_buff, NONE) returns SUCCESS
    And (checkpoint 6) the client's psa_<api>_set(7, s001_write_buff, NONE) returns SUCCESS
    And (checkpoint 7) the client's psa_<api>_remove(6) returns SUCCESS
    When the client calls psa_<api>_get(6, 0, 16)
    Then (checkpoint 8) the status is DOES_NOT_EXIST
    And (checkpoint 9) no data is returned
    And (checkpoint 10) the client's psa_<api>_get_info(6) returns DOES_NOT_EXIST
    And (checkpoint 11) the client's psa_<api>_remove(6) returns DOES_NOT_EXIST
    And (checkpoint 12) the client's psa_<api>_set(6, s001_write_buff, NONE) returns SUCCESS
    When the client calls psa_<api>_get(5, 0, 15)
    Then (checkpoint 13) the status is DOES_NOT_EXIST
    And (checkpoint 14) no data is returned
    And (checkpoint 15) the client's psa_<api>_get_info(5) returns DOES_NOT_EXIST
    And (checkpoint 16) the client's psa_<api>_remove(5) returns DOES_NOT_EXIST
    And (checkpoint 17) the client's psa_<api>_remove(6) returns SUCCESS
    And (checkpoint 18) the client's psa_<api>_remove(7) returns SUCCESS

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |

  # Security: isolation between callers. Not a psa-arch-tests check (VAL runs every storage test from
  # one Non-secure client), so it is marked as a testfest extension of s001.
  @psa-s001 @run-401 @psa-storage-1.0 @testfest-extension @security
  Scenario Outline: UID not found check — psa_<api>: one client cannot read another client's asset
    Given the caller is client 3001
    And (checkpoint 1) the client's psa_<api>_set(6, s001_write_buff, NONE) returns SUCCESS
    Given the caller is client 3002
    When the client calls psa_<api>_get(6, 0, 16)
    Then (checkpoint 2) the status is DOES_NOT_EXIST
    And (checkpoint 3) no data is returned
    And (checkpoint 4) the client's psa_<api>_get_info(6) returns DOES_NOT_EXIST
    And (checkpoint 5) the client's psa_<api>_remove(6) returns DOES_NOT_EXIST
    And (checkpoint 6) the client's psa_<api>_set(6, s002_write_buff, NONE) returns SUCCESS
    Given the caller is client 3001
    When the client calls psa_<api>_get(6, 0, 16)
    Then (checkpoint 7) the status is SUCCESS
    And (checkpoint 8) the data read is s001_write_buff

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |

  @psa-s010 @run-410 @psa-storage-1.0
  Scenario Outline: Storage asset creation with UID value 0 — psa_<api>
    Then (checkpoint 1) the client's psa_<api>_set(0, s010_write_buff, NONE) returns INVALID_ARGUMENT
    And (checkpoint 2) the client's psa_<api>_get_info(0) returns INVALID_ARGUMENT
    And (checkpoint 3) the client's psa_<api>_remove(0) returns INVALID_ARGUMENT

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |

  # Secure Storage API 1.0 psa_its_get / psa_ps_get: "PSA_ERROR_INVALID_ARGUMENT … The uid is 0".
  @psa-s010 @run-410 @psa-storage-1.0 @testfest-extension
  Scenario Outline: Storage asset creation with UID value 0 — psa_<api>_get with uid 0
    When the client calls psa_<api>_get(0, 0, 1)
    Then (checkpoint 4) the status is INVALID_ARGUMENT
    And (checkpoint 5) no data is returned

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |
