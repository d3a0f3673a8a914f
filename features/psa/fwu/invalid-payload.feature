@requires:role=psa-fwu
Feature: PSA Firmware Update — invalid payload, signatures and rollback (TF-M FWU test 1008)
  Security cases of FWU API 1.0: an image whose manifest is unsigned or signed by a key the device
  does not trust is refused at psa_fwu_start with PSA_ERROR_INVALID_SIGNATURE ("A signature or
  integrity check on the manifest has failed"); a manifest that does not parse with
  PSA_ERROR_INVALID_ARGUMENT; an image that does not match its manifest fails psa_fwu_finish with
  PSA_ERROR_INVALID_SIGNATURE and the component goes FAILED ("If this verification fails, the
  component is transitioned to the FAILED state"); a valid image below the installed security version
  is refused with PSA_ERROR_NOT_PERMITTED (update policy: "the update service can deny the
  installation of older versions of firmware (rollback prevention)"). Nothing refused becomes active.

  @psa-fwu1008 @psa-fwu-1.0 @security @requires:fwu=manifest-signature @requires:fwu=3:no-reboot-no-trial
  Scenario Outline: Invalid payload — a manifest <defect> is refused at psa_fwu_start
    Given a test image "bad" for component 3 at version 2.0.0, <defect>
    When psa_fwu_start is called for component 3 with the manifest of "bad"
    Then (checkpoint 1) the status is <expected status>
    And (checkpoint 2) component 3 is in state READY
    And (checkpoint 3) the active version of component 3 is 1.0.0

    Examples:
      | defect                    | expected status   |
      | unsigned                  | INVALID_SIGNATURE |
      | signed by another key     | INVALID_SIGNATURE |
      | with a malformed manifest | INVALID_ARGUMENT  |

  @psa-fwu1008 @psa-fwu-1.0 @security @requires:fwu=manifest-signature @requires:fwu=3:no-reboot-no-trial
  Scenario: Invalid payload — an image that does not match its manifest fails verification at psa_fwu_finish
    Given a test image "bad" for component 3 at version 2.0.0, with a corrupted payload
    When psa_fwu_start is called for component 3 with the manifest of "bad"
    Then (checkpoint 1) the status is SUCCESS
    When the image "bad" is written to component 3 in blocks of 1024 bytes
    Then (checkpoint 2) the status is SUCCESS
    When psa_fwu_finish is called for component 3
    Then (checkpoint 3) the status is INVALID_SIGNATURE
    And (checkpoint 4) component 3 is in state FAILED
    And (checkpoint 5) the error recorded for component 3 is INVALID_SIGNATURE
    When psa_fwu_install is called
    Then (checkpoint 6) the status is BAD_STATE
    And (checkpoint 7) the active version of component 3 is 1.0.0
    When psa_fwu_clean is called for component 3
    Then (checkpoint 8) the status is SUCCESS
    And (checkpoint 9) component 3 is in state READY

  @psa-fwu1008 @psa-fwu-1.0 @security @requires:fwu=anti-rollback @requires:fwu=3:no-reboot-no-trial
  Scenario: Invalid payload — a rollback below the installed security version is not permitted
    Given a test image "v5" for component 3 at version 5.0.0 with security version 4
    When psa_fwu_start is called for component 3 with the manifest of "v5"
    Then (checkpoint 1) the status is SUCCESS
    When the image "v5" is written to component 3 in blocks of 1024 bytes
    And psa_fwu_finish is called for component 3
    And psa_fwu_install is called
    Then (checkpoint 2) the status is SUCCESS
    And (checkpoint 3) the active version of component 3 is 5.0.0
    When psa_fwu_clean is called for component 3
    Then (checkpoint 4) the status is SUCCESS
    Given a test image "v6-old" for component 3 at version 6.0.0 with security version 3
    When psa_fwu_start is called for component 3 with the manifest of "v6-old"
    Then (checkpoint 5) the status is NOT_PERMITTED
    And (checkpoint 6) component 3 is in state READY
    And (checkpoint 7) the active version of component 3 is 5.0.0
