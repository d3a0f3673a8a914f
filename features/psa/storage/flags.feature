@requires:role=psa-storage
Feature: PSA Secure Storage — create flags (psa-arch-tests s006)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/storage/test_s006/test_s006.c, run id 406:
  for each create flag, a set either succeeds — then get_info reports the flag (checkpoints 1, 2) and
  remove succeeds (checkpoint 3) — or fails, and then nothing was created (remove → DOES_NOT_EXIST,
  checkpoint 4). Secure Storage API 1.0: a flag that is "not supported or is not valid" →
  PSA_ERROR_NOT_SUPPORTED; ITS may ignore NO_CONFIDENTIALITY and NO_REPLAY_PROTECTION but reports the
  flags the asset was created with. Checkpoint 0 (not in psa-arch-tests, which branches on any
  failure) holds the set to the statuses the spec allows.

  @psa-s006 @run-406 @psa-storage-1.0
  Scenario Outline: Storage asset creation with supported create flag values — psa_<api>, <flag>
    When the client calls psa_<api>_set(5, s005_write_buff, <flag>)
    Then (checkpoint 0) the status is one of SUCCESS, NOT_SUPPORTED
    And (checkpoint 1) when the set succeeded, the client's psa_<api>_get_info(5) returns SUCCESS
    And (checkpoint 2) when the set succeeded, the info flags are <flag>
    And (checkpoint 3) when the set succeeded, the client's psa_<api>_remove(5) returns SUCCESS
    And (checkpoint 4) when the set failed, the client's psa_<api>_remove(5) returns DOES_NOT_EXIST

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api | flag                  |
      | its | NONE                  |
      | its | NO_CONFIDENTIALITY    |
      | its | NO_REPLAY_PROTECTION  |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api | flag                  |
      | ps  | NONE                  |
      | ps  | NO_CONFIDENTIALITY    |
      | ps  | NO_REPLAY_PROTECTION  |

  # Secure Storage API 1.0 psa_its_set / psa_ps_set: a flag "not supported or not valid" →
  # PSA_ERROR_NOT_SUPPORTED; 0x80 is not defined by the 1.0 API, so no implementation supports it.
  @psa-s006 @run-406 @psa-storage-1.0 @testfest-extension
  Scenario Outline: Storage asset creation with supported create flag values — psa_<api>, an undefined flag
    When the client calls psa_<api>_set(5, s005_write_buff, 0x80)
    Then (checkpoint 1) the status is NOT_SUPPORTED
    And (checkpoint 2) the client's psa_<api>_get_info(5) returns DOES_NOT_EXIST

    @its @requires:api=psa_its_set
    Examples: Internal Trusted Storage
      | api |
      | its |

    @ps @requires:api=psa_ps_set
    Examples: Protected Storage
      | api |
      | ps  |
