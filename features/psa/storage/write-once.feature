@requires:role=psa-storage
Feature: PSA Secure Storage — WRITE_ONCE assets (psa-arch-tests s002)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/storage/test_s002/test_s002.c and
  test_data.h, run id 402 (Secure Storage API 1.0 psa_its_set / psa_ps_set: "If uid exists it must not
  have been created with PSA_STORAGE_FLAG_WRITE_ONCE — would result in PSA_ERROR_NOT_PERMITTED";
  remove of such a uid → PSA_ERROR_NOT_PERMITTED). Security: a WRITE_ONCE asset can be neither
  overwritten nor removed, and keeps its data and metadata.

  psa-arch-tests reserves uids 1 and 2 for this test: on a real device they stay WRITE_ONCE for good
  (its testlist: "These UID can't be free from testcase").

  @psa-s002 @run-402 @psa-storage-1.0 @security
  Scenario Outline: Overwriting data for asset created with WRITE_ONCE flag — psa_<api>, flag set on an existing asset
    Given (checkpoint 1) the client's psa_<api>_set(1, s002_write_buff, NONE) returns SUCCESS
    When the client calls psa_<api>_get_info(1)
    Then (checkpoint 2) the status is SUCCESS
    And (checkpoint 3) the info size is 8
    And (checkpoint 4) the info flags are NONE
    When the client calls psa_<api>_get(1, 0, 8)
    Then (checkpoint 5) the status is SUCCESS
    And (checkpoint 6) the data length is 8
    And (checkpoint 7) the data read is s002_write_buff
    And (checkpoint 8) the client's psa_<api>_set(1, 0xff*4, WRITE_ONCE) returns SUCCESS
    When the client calls psa_<api>_get_info(1)
    Then (checkpoint 9) the status is SUCCESS
    And (checkpoint 10) the info size is 4
    And (checkpoint 11) the info flags are WRITE_ONCE
    When the client calls psa_<api>_get(1, 0, 4)
    Then (checkpoint 12) the status is SUCCESS
    And (checkpoint 13) the data length is 4
    And (checkpoint 14) the data read is 0xff*4
    And (checkpoint 15) the client's psa_<api>_remove(1) returns NOT_PERMITTED

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |

  @psa-s002 @run-402 @psa-storage-1.0 @security
  Scenario Outline: Overwriting data for asset created with WRITE_ONCE flag — psa_<api>, asset created WRITE_ONCE
    Given (checkpoint 16) the client's psa_<api>_set(2, s002_write_once_buff, WRITE_ONCE) returns SUCCESS
    Then (checkpoint 17) the client's psa_<api>_remove(2) returns NOT_PERMITTED
    When the client calls psa_<api>_get(2, 0, 16)
    Then (checkpoint 18) the status is SUCCESS
    And (checkpoint 19) the data length is 16
    And (checkpoint 20) the data read is s002_write_once_buff
    When the client calls psa_<api>_get_info(2)
    Then (checkpoint 21) the status is SUCCESS
    And (checkpoint 22) the info size is 16
    And (checkpoint 23) the info flags are WRITE_ONCE
    And (checkpoint 24) the client's psa_<api>_set(2, 0xff*17, WRITE_ONCE) returns NOT_PERMITTED
    And (checkpoint 25) the client's psa_<api>_remove(2) returns NOT_PERMITTED
    When the client calls psa_<api>_get_info(2)
    Then (checkpoint 26) the status is SUCCESS
    And (checkpoint 27) the info size is 16
    And (checkpoint 28) the info flags are WRITE_ONCE
    When the client calls psa_<api>_get(2, 0, 16)
    Then (checkpoint 29) the status is SUCCESS
    And (checkpoint 30) the data length is 16
    And (checkpoint 31) the data read is s002_write_once_buff
    And (checkpoint 32) the client's psa_<api>_set(2, 0xff*15, NONE) returns NOT_PERMITTED
    And (checkpoint 33) the client's psa_<api>_remove(2) returns NOT_PERMITTED
    When the client calls psa_<api>_get_info(2)
    Then (checkpoint 34) the status is SUCCESS
    And (checkpoint 35) the info size is 16
    And (checkpoint 36) the info flags are WRITE_ONCE

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |

  # psa_ps_set_extended: "PSA_ERROR_NOT_PERMITTED … attempted on an asset which was written with the
  # flag PSA_STORAGE_FLAG_WRITE_ONCE". psa-arch-tests does not combine the two; a testfest extension.
  @psa-s002 @run-402 @psa-storage-1.0 @testfest-extension @security @ps @requires:api=psa_ps_set_extended
  Scenario: Overwriting data for asset created with WRITE_ONCE flag — psa_ps_set_extended cannot patch it
    Given (checkpoint 0) psa_ps_get_support reports PSA_STORAGE_SUPPORT_SET_EXTENDED
    And (checkpoint 1) the client's psa_ps_set(2, s002_write_once_buff, WRITE_ONCE) returns SUCCESS
    Then (checkpoint 2) the client's psa_ps_set_extended(2, 0, 0xff*4) returns NOT_PERMITTED
    When the client calls psa_ps_get(2, 0, 16)
    Then (checkpoint 3) the status is SUCCESS
    And (checkpoint 4) the data read is s002_write_once_buff
