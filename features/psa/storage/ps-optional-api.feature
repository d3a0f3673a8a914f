@requires:role=psa-storage @ps
Feature: PSA Protected Storage — psa_ps_create and psa_ps_set_extended (psa-arch-tests s011–s017)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/storage/test_s011 … test_s017 (Protected
  Storage only), run ids 411–417. The optional API is present when psa_ps_get_support() reports
  PSA_STORAGE_SUPPORT_SET_EXTENDED: s011–s013 and s015–s017 need it (a target that declares
  api=psa_ps_set_extended and does not report it fails checkpoint 0), s014 needs its absence and is
  Not Applicable otherwise, as psa-arch-tests skips it.

  Where psa-arch-tests and the specification disagree, the status set accepts both, with the reason:
  - psa_ps_create on an existing uid: the spec (psa-api doc/storage/api/api.rst) says "cannot be used
    to replace or resize an existing asset … will return PSA_ERROR_ALREADY_EXISTS" (s016 expects that);
    s011 expects INVALID_ARGUMENT for a different capacity and s013 SUCCESS for identical parameters;
  - psa_ps_create with WRITE_ONCE on an existing uid (s011 checkpoint 4): INVALID_ARGUMENT in
    psa-arch-tests, NOT_SUPPORTED or ALREADY_EXISTS by the spec;
  - psa_ps_set_extended beyond the capacity (s016 checkpoint 10): STORAGE_FAILURE in psa-arch-tests,
    INVALID_ARGUMENT by the spec ("one or more of the preconditions … was violated").

  @psa-s011 @run-411 @psa-storage-1.0 @requires:api=psa_ps_set_extended
  Scenario: Set_extended API call for non-existent and removed asset
    Given (checkpoint 0) psa_ps_get_support reports PSA_STORAGE_SUPPORT_SET_EXTENDED
    Then (checkpoint 1) the client's psa_ps_set_extended(5, 0, s011_write_buff) returns DOES_NOT_EXIST
    And (checkpoint 2) the client's psa_ps_set(5, s011_write_buff, NONE) returns SUCCESS
    And (checkpoint 3) the client's psa_ps_create(5, 8, NONE) returns one of INVALID_ARGUMENT, ALREADY_EXISTS
    And (checkpoint 4) the client's psa_ps_create(5, 16, WRITE_ONCE) returns one of INVALID_ARGUMENT, NOT_SUPPORTED, ALREADY_EXISTS
    When the client calls psa_ps_get_info(5)
    Then (checkpoint 5) the status is SUCCESS
    And (checkpoint 6) the info size is 16
    And (checkpoint 7) the info flags are NONE
    And (checkpoint 8) the client's psa_ps_remove(5) returns SUCCESS
    And (checkpoint 9) the client's psa_ps_create(5, 8, NONE) returns SUCCESS
    And (checkpoint 10) the client's psa_ps_create(5, 16, NONE) returns one of INVALID_ARGUMENT, ALREADY_EXISTS
    When the client calls psa_ps_get(5, 0, 16)
    Then (checkpoint 11) the status is SUCCESS
    And (checkpoint 12) no data is returned
    And (checkpoint 13) the data length is 0
    And (checkpoint 14) the client's psa_ps_remove(5) returns SUCCESS
    And (checkpoint 15) the client's psa_ps_set_extended(5, 0, s011_write_buff) returns DOES_NOT_EXIST

  @psa-s012 @run-412 @psa-storage-1.0 @requires:api=psa_ps_set_extended
  Scenario: Set_extended API call with invalid offset
    Given (checkpoint 0) psa_ps_get_support reports PSA_STORAGE_SUPPORT_SET_EXTENDED
    Then (checkpoint 1) the client's psa_ps_create(6, 16, NONE) returns SUCCESS
    And (checkpoint 2) the client's psa_ps_set_extended(6, 0, s011_write_buff:8) returns SUCCESS
    And (checkpoint 3) the client's psa_ps_set_extended(6, 16, s011_write_buff:2) returns INVALID_ARGUMENT
    And (checkpoint 4) the client's psa_ps_set_extended(6, 18, empty) returns INVALID_ARGUMENT
    And (checkpoint 5) the client's psa_ps_set_extended(6, 8, empty) returns SUCCESS
    And (checkpoint 6) the client's psa_ps_set_extended(6, 1, s011_write_buff) returns INVALID_ARGUMENT
    And (checkpoint 7) the client's psa_ps_set(6, s011_write_buff, NONE) returns SUCCESS
    When the client calls psa_ps_get(6, 0, 16)
    Then (checkpoint 8) the status is SUCCESS
    And (checkpoint 9) the data read is s011_write_buff
    And (checkpoint 10) the data length is 16
    And (checkpoint 11) the client's psa_ps_create(0, 16, NONE) returns INVALID_ARGUMENT
    And (checkpoint 12) the client's psa_ps_set_extended(0, 0, s012_write_buff_2) returns INVALID_ARGUMENT
    And (checkpoint 13) the client's psa_ps_remove(0) returns INVALID_ARGUMENT
    And (checkpoint 14) the client's psa_ps_remove(6) returns SUCCESS

  @psa-s013 @run-413 @psa-storage-1.0 @requires:api=psa_ps_set_extended
  Scenario: Optional APIs success paths: create, partial writes, overwrite
    Given (checkpoint 0) psa_ps_get_support reports PSA_STORAGE_SUPPORT_SET_EXTENDED
    Then (checkpoint 1) the client's psa_ps_create(4, 0, NONE) returns SUCCESS
    And (checkpoint 2) the client's psa_ps_set_extended(4, 0, empty) returns SUCCESS
    When the client calls psa_ps_get_info(4)
    Then (checkpoint 3) the status is SUCCESS
    And (checkpoint 4) the info flags are NONE
    And (checkpoint 5) the info size is 0
    And (checkpoint 6) the client's psa_ps_remove(4) returns SUCCESS
    And (checkpoint 7) the client's psa_ps_create(4, 16, NONE) returns SUCCESS
    And (checkpoint 8) the client's psa_ps_set_extended(4, 0, s013_write_buff) returns SUCCESS
    And (checkpoint 9) the client's psa_ps_set_extended(4, 8, s013_write_buff_2) returns SUCCESS
    When the client calls psa_ps_get(4, 0, 16)
    Then (checkpoint 10) the status is SUCCESS
    And (checkpoint 11) bytes 0 to 8 of the data read are s013_write_buff
    And (checkpoint 12) bytes 8 to 16 of the data read are s013_write_buff_2
    And (checkpoint 13) the data length is 16
    And (checkpoint 14) the client's psa_ps_set(4, s013_write_buff_3, NONE) returns SUCCESS
    When the client calls psa_ps_get(4, 0, 16)
    Then (checkpoint 15) the status is SUCCESS
    And (checkpoint 16) the data read is s013_write_buff_3
    And (checkpoint 17) the data length is 16
    And (checkpoint 18) the client's psa_ps_create(4, 16, NONE) returns one of SUCCESS, ALREADY_EXISTS
    When the client calls psa_ps_get(4, 0, 16)
    Then (checkpoint 19) the status is SUCCESS
    And (checkpoint 20) the data read is s013_write_buff_3
    And (checkpoint 21) the data length is 16
    And (checkpoint 22) the client's psa_ps_remove(4) returns SUCCESS
    When the client calls psa_ps_get(4, 0, 16)
    Then (checkpoint 23) the status is DOES_NOT_EXIST
    And (checkpoint 24) no data is returned

  @psa-s014 @run-414 @psa-storage-1.0 @requires:api=psa_ps_set
  Scenario: Optional APIs not supported
    Given psa_ps_get_support does not report PSA_STORAGE_SUPPORT_SET_EXTENDED, else the case is Not Applicable
    Then (checkpoint 1) the client's psa_ps_create(5, 16, NONE) returns NOT_SUPPORTED
    And (checkpoint 2) the client's psa_ps_get_info(5) returns DOES_NOT_EXIST
    And (checkpoint 3) the client's psa_ps_set(5, s014_write_buff, NONE) returns SUCCESS
    And (checkpoint 4) the client's psa_ps_set_extended(5, 0, s014_write_buff:2) returns NOT_SUPPORTED
    When the client calls psa_ps_get(5, 0, 4)
    Then (checkpoint 5) the status is SUCCESS
    And (checkpoint 6) the data read is s014_write_buff
    And (checkpoint 7) the data length is 4
    And (checkpoint 8) the client's psa_ps_remove(5) returns SUCCESS

  @psa-s015 @run-415 @psa-storage-1.0 @requires:api=psa_ps_set_extended
  Scenario: Create API call with WRITE_ONCE flag
    Given (checkpoint 0) psa_ps_get_support reports PSA_STORAGE_SUPPORT_SET_EXTENDED
    Then (checkpoint 1) the client's psa_ps_create(5, 5, WRITE_ONCE) returns NOT_SUPPORTED
    # testfest extension: the refused create must not leave an asset behind.
    And (checkpoint 2) the client's psa_ps_get_info(5) returns DOES_NOT_EXIST

  @psa-s016 @run-416 @psa-storage-1.0 @requires:api=psa_ps_set_extended
  Scenario: Storage capacity: create on an existing uid, set replaces the capacity
    Given (checkpoint 0) psa_ps_get_support reports PSA_STORAGE_SUPPORT_SET_EXTENDED
    Then (checkpoint 1) the client's psa_ps_create(5, 10, NONE) returns SUCCESS
    And (checkpoint 2) the client's psa_ps_create(5, 14, NONE) returns ALREADY_EXISTS
    When the client calls psa_ps_get_info(5)
    Then (checkpoint 3) the status is SUCCESS
    And (checkpoint 4) the info capacity is 10
    And (checkpoint 5) the info size is 0
    And (checkpoint 6) the client's psa_ps_set(5, s016_write_buff:8, NONE) returns SUCCESS
    When the client calls psa_ps_get_info(5)
    Then (checkpoint 7) the status is SUCCESS
    And (checkpoint 8) the info capacity is 8
    And (checkpoint 9) the info size is 8
    And (checkpoint 10) the client's psa_ps_set_extended(5, 0, s016_write_buff:10) returns one of INVALID_ARGUMENT, STORAGE_FAILURE
    And (checkpoint 11) the client's psa_ps_remove(5) returns SUCCESS
    And (checkpoint 12) the client's psa_ps_set(5, s016_write_buff, NONE) returns SUCCESS
    And (checkpoint 13) the client's psa_ps_create(5, 14, NONE) returns ALREADY_EXISTS
    And (checkpoint 14) the client's psa_ps_remove(5) returns SUCCESS

  @psa-s017 @run-417 @psa-storage-1.0 @requires:api=psa_ps_set_extended
  Scenario: Partial writes: no gaps, overwrite and extend within the capacity
    Given (checkpoint 0) psa_ps_get_support reports PSA_STORAGE_SUPPORT_SET_EXTENDED
    Then (checkpoint 1) the client's psa_ps_create(5, 14, NONE) returns SUCCESS
    And (checkpoint 2) the client's psa_ps_set_extended(5, 0, s016_write_buff:7) returns SUCCESS
    And (checkpoint 3) the client's psa_ps_set_extended(5, 9, s016_write_buff:2) returns INVALID_ARGUMENT
    And (checkpoint 4) the client's psa_ps_set_extended(5, 0, s016_write_buff:10) returns SUCCESS
    When the client calls psa_ps_get_info(5)
    Then (checkpoint 5) the status is SUCCESS
    And (checkpoint 6) the info size is 10
    And (checkpoint 7) the info capacity is 14
    And (checkpoint 8) the client's psa_ps_remove(5) returns SUCCESS
