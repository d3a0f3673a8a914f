@requires:role=psa-storage
Feature: PSA Secure Storage — reading and rewriting data (psa-arch-tests s004, s005, s007, s008, s009)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/storage/test_s004 … test_s009 (test_s0NN.c
  for the procedure and checkpoint numbers, test_data.h for the statuses, the `write_buff` arrays for
  the data: steps/psa-storage/storage-data.ts), run ids 404, 405, 407, 408, 409. Secure Storage API
  1.0 psa_its_get / psa_ps_get: "Fetches the lesser of data_size or uid.size - data_offset bytes, which
  can be zero"; data_offset > uid.size → PSA_ERROR_INVALID_ARGUMENT; a zero-length set creates an
  empty asset. `no data is returned` is psa-arch-tests' storage_buffer_comparison (read buffer untouched).

  @psa-s004 @run-404 @psa-storage-1.0
  Scenario Outline: Overwriting data for asset created without WRITE_ONCE flag — psa_<api>
    Given (checkpoint 1) the client's psa_<api>_set(5, s004_write_buff, NONE) returns SUCCESS
    When the client calls psa_<api>_get(5, 0, 20)
    Then (checkpoint 2) the status is SUCCESS
    And (checkpoint 3) the data read is s004_write_buff
    And (checkpoint 4) the data length is 20
    And (checkpoint 5) the client's psa_<api>_set(5, s004_write_buff:10, NONE) returns SUCCESS
    When the client calls psa_<api>_get(5, 0, 20)
    Then (checkpoint 6) the status is SUCCESS
    And (checkpoint 7) the data read is s004_write_buff:10
    And (checkpoint 8) the data length is 10
    And (checkpoint 9) the client's psa_<api>_remove(5) returns SUCCESS

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |

  @psa-s005 @run-405 @psa-storage-1.0
  Scenario Outline: Get, get_info and remove API call for valid asset — psa_<api>, data_len <length>
    Given (checkpoint 1) the client's psa_<api>_set(4, s005_write_buff:<length>, NONE) returns SUCCESS
    When the client calls psa_<api>_get(4, 0, <length>)
    Then (checkpoint 2) the status is SUCCESS
    And (checkpoint 3) the data read is s005_write_buff:<length>
    And (checkpoint 4) the data length is <length>
    When the client calls psa_<api>_get_info(4)
    Then (checkpoint 5) the status is SUCCESS
    And (checkpoint 6) the info size is <length>
    And (checkpoint 7) the info flags are NONE
    And (checkpoint 8) the client's psa_<api>_remove(4) returns SUCCESS

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage (check 1: zero length; check 2: TEST_BUFF_SIZE/2)
      | api | length |
      | its | 0      |
      | its | 15     |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage (check 1: zero length; check 2: TEST_BUFF_SIZE/2)
      | api | length |
      | ps  | 0      |
      | ps  | 15     |

  @psa-s007 @run-407 @psa-storage-1.0
  Scenario Outline: Get API call with length different than asset data length — psa_<api>
    Given (checkpoint 1) the client's psa_<api>_set(5, s005_write_buff:15, NONE) returns SUCCESS
    And (checkpoint 2) the client's psa_<api>_set(5, s005_write_buff, NONE) returns SUCCESS
    When the client calls psa_<api>_get(5, 0, 15)
    Then (checkpoint 3) the status is SUCCESS
    And (checkpoint 4) the data read is s005_write_buff:15
    And (checkpoint 5) the data length is 15
    When the client calls psa_<api>_get(5, 0, 7)
    Then (checkpoint 6) the status is SUCCESS
    And (checkpoint 7) the data read is s005_write_buff:7
    And (checkpoint 8) the data length is 7
    And (checkpoint 9) the client's psa_<api>_set(5, s005_write_buff:7, NONE) returns SUCCESS
    When the client calls psa_<api>_get(5, 0, 15)
    Then (checkpoint 10) the status is SUCCESS
    And (checkpoint 11) the data read is s005_write_buff:7
    And (checkpoint 12) the data length is 7
    When the client calls psa_<api>_get(5, 0, 30)
    Then (checkpoint 13) the status is SUCCESS
    And (checkpoint 14) the data read is s005_write_buff:7
    And (checkpoint 15) the data length is 7
    When the client calls psa_<api>_get(5, 0, 7)
    Then (checkpoint 16) the status is SUCCESS
    And (checkpoint 17) the data read is s005_write_buff:7
    And (checkpoint 18) the data length is 7
    And (checkpoint 19) the client's psa_<api>_remove(5) returns SUCCESS

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |

  # test_s008.c psa_sst_valid_offset_success: offset + data_len == size for offsets 20, 10, 5, 2, 1
  # (checkpoints 2–4), then offset + data_len < size for (18, 1), (9, 2), (4, 4), (2, 8), (1, 16)
  # (checkpoints 5–7).
  @psa-s008 @run-408 @psa-storage-1.0
  Scenario Outline: Get API call with valid offset — psa_<api>, offset <offset>, data_size <size>
    Given (checkpoint 1) the client's psa_<api>_set(5, s008_write_buff, NONE) returns SUCCESS
    When the client calls psa_<api>_get(5, <offset>, <size>)
    Then (checkpoint <status checkpoint>) the status is SUCCESS
    And (checkpoint <data checkpoint>) the data read is <expected data>
    And (checkpoint <length checkpoint>) the data length is <size>

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage, offset + data_len == size
      | api | offset | size | expected data          | status checkpoint | data checkpoint | length checkpoint |
      | its | 20     | 0    | empty                  | 2                 | 3               | 4                 |
      | its | 10     | 10   | s008_write_buff[10:20] | 2                 | 3               | 4                 |
      | its | 5      | 15   | s008_write_buff[5:20]  | 2                 | 3               | 4                 |
      | its | 2      | 18   | s008_write_buff[2:20]  | 2                 | 3               | 4                 |
      | its | 1      | 19   | s008_write_buff[1:20]  | 2                 | 3               | 4                 |

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage, offset + data_len < size
      | api | offset | size | expected data          | status checkpoint | data checkpoint | length checkpoint |
      | its | 18     | 1    | s008_write_buff[18:19] | 5                 | 6               | 7                 |
      | its | 9      | 2    | s008_write_buff[9:11]  | 5                 | 6               | 7                 |
      | its | 4      | 4    | s008_write_buff[4:8]   | 5                 | 6               | 7                 |
      | its | 2      | 8    | s008_write_buff[2:10]  | 5                 | 6               | 7                 |
      | its | 1      | 16   | s008_write_buff[1:17]  | 5                 | 6               | 7                 |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage, offset + data_len == size
      | api | offset | size | expected data          | status checkpoint | data checkpoint | length checkpoint |
      | ps  | 20     | 0    | empty                  | 2                 | 3               | 4                 |
      | ps  | 10     | 10   | s008_write_buff[10:20] | 2                 | 3               | 4                 |
      | ps  | 5      | 15   | s008_write_buff[5:20]  | 2                 | 3               | 4                 |
      | ps  | 2      | 18   | s008_write_buff[2:20]  | 2                 | 3               | 4                 |
      | ps  | 1      | 19   | s008_write_buff[1:20]  | 2                 | 3               | 4                 |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage, offset + data_len < size
      | api | offset | size | expected data          | status checkpoint | data checkpoint | length checkpoint |
      | ps  | 18     | 1    | s008_write_buff[18:19] | 5                 | 6               | 7                 |
      | ps  | 9      | 2    | s008_write_buff[9:11]  | 5                 | 6               | 7                 |
      | ps  | 4      | 4    | s008_write_buff[4:8]   | 5                 | 6               | 7                 |
      | ps  | 2      | 8    | s008_write_buff[2:10]  | 5                 | 6               | 7                 |
      | ps  | 1      | 16   | s008_write_buff[1:17]  | 5                 | 6               | 7                 |

  # test_s008.c checkpoints 8–20. psa-arch-tests only asserts "not PSA_SUCCESS" for checkpoints 8 and
  # 10; the spec names the status: data_offset > size → INVALID_ARGUMENT, and a data_size of
  # UINT32_MAX is memory the caller cannot access → INVALID_ARGUMENT (an FF-M implementation may also
  # treat the bad buffer as PSA_ERROR_PROGRAMMER_ERROR).
  @psa-s008 @run-408 @psa-storage-1.0
  Scenario Outline: Get API call with invalid offset — psa_<api>
    Given (checkpoint 1) the client's psa_<api>_set(5, s008_write_buff, NONE) returns SUCCESS
    When the client calls psa_<api>_get(5, 18, UINT32_MAX)
    Then (checkpoint 8) the status is one of INVALID_ARGUMENT, PROGRAMMER_ERROR
    And (checkpoint 9) no data is returned
    When the client calls psa_<api>_get(5, 21, 0)
    Then (checkpoint 10) the status is INVALID_ARGUMENT
    And (checkpoint 11) the data length is 0
    And (checkpoint 12) no data is returned
    When the client calls psa_<api>_get(5, 20, 1)
    Then (checkpoint 13) the status is SUCCESS
    And (checkpoint 14) the data length is 0
    When the client calls psa_<api>_get(5, 0, 21)
    Then (checkpoint 15) the status is SUCCESS
    And (checkpoint 16) the data length is 20
    And (checkpoint 17) the data read is s008_write_buff
    When the client calls psa_<api>_get(5, UINT32_MAX, 10)
    Then (checkpoint 18) the status is INVALID_ARGUMENT
    And (checkpoint 19) no data is returned
    And (checkpoint 20) the client's psa_<api>_remove(5) returns SUCCESS

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |

  # test_s009.c: `empty` is the C call's NULL pointer with data_len 0; check 5 passes a valid buffer
  # with data_len 0, which is the same call here (a zero-length slice of the buffer).
  @psa-s009 @run-409 @psa-storage-1.0
  Scenario Outline: API call with NULL pointer and zero length — psa_<api>
    Given (checkpoint 1) the client's psa_<api>_set(5, empty, NONE) returns SUCCESS
    And (checkpoint 2) the client's psa_<api>_get_info(5) returns SUCCESS
    When the client calls psa_<api>_get(5, 0, 0)
    Then (checkpoint 3) the status is SUCCESS
    And (checkpoint 4) the data length is 0
    And (checkpoint 5) the client's psa_<api>_remove(5) returns SUCCESS
    And (checkpoint 6) the client's psa_<api>_get_info(5) returns DOES_NOT_EXIST
    And (checkpoint 7) the client's psa_<api>_set(5, s008_write_buff:0, NONE) returns SUCCESS
    When the client calls psa_<api>_get_info(5)
    Then (checkpoint 8) the status is SUCCESS
    And (checkpoint 9) the info size is 0
    When the client calls psa_<api>_get(5, 0, 0)
    Then (checkpoint 10) the status is SUCCESS
    And (checkpoint 11) the data length is 0
    And (checkpoint 12) the client's psa_<api>_set(5, s008_write_buff, NONE) returns SUCCESS
    And (checkpoint 13) the client's psa_<api>_remove(5) returns SUCCESS

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |
