@requires:role=psa-fwu
Feature: PSA Firmware Update — invalid arguments and unknown components (TF-M FWU tests 1002, 1003)
  FWU API 1.0 psa_fwu_start: "If a detached manifest is expected … but none is provided,
  psa_fwu_start() returns PSA_ERROR_INVALID_ARGUMENT", as for a manifest that is "unexpected, or
  invalid"; psa_fwu_write: PSA_ERROR_INVALID_ARGUMENT when image_offset is not a multiple of
  1 << PSA_FWU_LOG2_WRITE_ALIGN, block_size is 0 or greater than PSA_FWU_MAX_WRITE_SIZE, or the region
  is outside the image store (max_size); the component stays WRITING. Every function that names a
  component returns PSA_ERROR_DOES_NOT_EXIST for an unknown one. The reference declares
  PSA_FWU_LOG2_WRITE_ALIGN 3 and PSA_FWU_MAX_WRITE_SIZE 4096; component 3's max_size is 16384.

  @psa-fwu1002 @psa-fwu-1.0 @requires:fwu=3:no-reboot-no-trial
  Scenario: Invalid arguments — psa_fwu_start without the detached manifest
    When psa_fwu_start is called for component 3 with no manifest
    Then (checkpoint 1) the status is INVALID_ARGUMENT
    And (checkpoint 2) component 3 is in state READY

  @psa-fwu1002 @psa-fwu-1.0 @requires:fwu=3:no-reboot-no-trial @requires:fwu=2:trial-no-reboot
  Scenario: Invalid arguments — psa_fwu_start with another component's manifest
    Given a test image "other" for component 2 at version 2.0.0
    When psa_fwu_start is called for component 3 with the manifest of "other"
    Then (checkpoint 1) the status is INVALID_ARGUMENT
    And (checkpoint 2) component 3 is in state READY

  @psa-fwu1002 @psa-fwu-1.0 @requires:fwu=3:no-reboot-no-trial
  Scenario Outline: Invalid arguments — psa_fwu_write <description>
    Given component 3 is in state WRITING
    When psa_fwu_write is called for component 3 at offset <offset> with <size> bytes
    Then (checkpoint 1) the status is INVALID_ARGUMENT
    And (checkpoint 2) component 3 is in state WRITING

    Examples:
      | description                                   | offset | size |
      | with block_size 0                             | 0      | 0    |
      | with block_size above PSA_FWU_MAX_WRITE_SIZE  | 0      | 4097 |
      | at an offset that is not 8-byte aligned       | 4      | 8    |
      | beyond the image store (max_size 16384)       | 16384  | 8    |
      | straddling the end of the image store         | 16376  | 16   |

  @psa-fwu1003 @psa-fwu-1.0
  Scenario Outline: Unsupported component — <operation> on component 7
    When the update client calls <operation> for component 7
    Then (checkpoint 1) the status is DOES_NOT_EXIST

    Examples:
      | operation      |
      | psa_fwu_start  |
      | psa_fwu_write  |
      | psa_fwu_finish |
      | psa_fwu_cancel |
      | psa_fwu_clean  |

  @psa-fwu1003 @psa-fwu-1.0
  Scenario: Unsupported component — psa_fwu_query on component 7
    Then (checkpoint 1) psa_fwu_query of component 7 returns DOES_NOT_EXIST
