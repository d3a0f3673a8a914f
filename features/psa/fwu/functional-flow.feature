@requires:role=psa-fwu
Feature: PSA Firmware Update — functional flow (TF-M FWU test 1001)
  No psa-arch-tests suite exists for the Firmware Update API (psa.md §1.6). These scenarios follow
  the state model of PSA Certified Firmware Update API 1.0 (psa-api doc/fwu/api/api.rst, "State
  model") and the theme of TrustedFirmware-M's TFM_{S,NS}_FWU_TEST_1001 "functional flow": an image
  goes READY → WRITING → CANDIDATE → … → UPDATED → READY, by each installation variant of the spec's
  appendix "Variation in system design". The component each variant uses is a capability of the
  target (`fwu=<component>:<variant>`), so a target with other components declares them.

  @psa-fwu1001 @psa-fwu-1.0 @requires:fwu=0:reboot-trial
  Scenario: Functional flow — component that needs a reboot and a trial
    Given a test image "v2" for component 0 at version 2.0.0
    When psa_fwu_start is called for component 0 with the manifest of "v2"
    Then (checkpoint 1) the status is SUCCESS
    And (checkpoint 2) component 0 is in state WRITING
    When the image "v2" is written to component 0 in blocks of 256 bytes
    Then (checkpoint 3) the status is SUCCESS
    And (checkpoint 4) component 0 is in state WRITING
    When psa_fwu_finish is called for component 0
    Then (checkpoint 5) the status is SUCCESS
    And (checkpoint 6) component 0 is in state CANDIDATE
    When psa_fwu_install is called
    Then (checkpoint 7) the status is SUCCESS_REBOOT
    And (checkpoint 8) component 0 is in state STAGED
    And (checkpoint 9) the active version of component 0 is 1.0.0
    When psa_fwu_request_reboot is called
    Then (checkpoint 10) the status is SUCCESS
    And (checkpoint 11) component 0 is in state TRIAL
    And (checkpoint 12) the active version of component 0 is 2.0.0
    When psa_fwu_accept is called
    Then (checkpoint 13) the status is SUCCESS
    And (checkpoint 14) component 0 is in state UPDATED
    When psa_fwu_clean is called for component 0
    Then (checkpoint 15) the status is SUCCESS
    And (checkpoint 16) component 0 is in state READY
    And (checkpoint 17) the active version of component 0 is 2.0.0

  @psa-fwu1001 @psa-fwu-1.0 @requires:fwu=1:reboot-no-trial
  Scenario: Functional flow — component that needs a reboot and no trial
    Given a test image "v2" for component 1 at version 2.0.0
    When psa_fwu_start is called for component 1 with the manifest of "v2"
    Then (checkpoint 1) the status is SUCCESS
    When the image "v2" is written to component 1 in blocks of 4096 bytes
    Then (checkpoint 2) the status is SUCCESS
    When psa_fwu_finish is called for component 1
    Then (checkpoint 3) the status is SUCCESS
    When psa_fwu_install is called
    Then (checkpoint 4) the status is SUCCESS_REBOOT
    And (checkpoint 5) component 1 is in state STAGED
    When psa_fwu_request_reboot is called
    Then (checkpoint 6) the status is SUCCESS
    And (checkpoint 7) component 1 is in state UPDATED
    And (checkpoint 8) the active version of component 1 is 2.0.0
    When psa_fwu_accept is called
    Then (checkpoint 9) the status is BAD_STATE
    When psa_fwu_clean is called for component 1
    Then (checkpoint 10) the status is SUCCESS
    And (checkpoint 11) component 1 is in state READY

  @psa-fwu1001 @psa-fwu-1.0 @requires:fwu=2:trial-no-reboot
  Scenario: Functional flow — component that needs a trial and no reboot
    Given a test image "v2" for component 2 at version 2.0.0
    When psa_fwu_start is called for component 2 with the manifest of "v2"
    Then (checkpoint 1) the status is SUCCESS
    When the image "v2" is written to component 2 in blocks of 512 bytes
    Then (checkpoint 2) the status is SUCCESS
    When psa_fwu_finish is called for component 2
    Then (checkpoint 3) the status is SUCCESS
    When psa_fwu_install is called
    Then (checkpoint 4) the status is SUCCESS
    And (checkpoint 5) component 2 is in state TRIAL
    And (checkpoint 6) the active version of component 2 is 2.0.0
    When psa_fwu_accept is called
    Then (checkpoint 7) the status is SUCCESS
    And (checkpoint 8) component 2 is in state UPDATED
    When psa_fwu_clean is called for component 2
    Then (checkpoint 9) the status is SUCCESS
    And (checkpoint 10) component 2 is in state READY
    And (checkpoint 11) the active version of component 2 is 2.0.0

  @psa-fwu1001 @psa-fwu-1.0 @requires:fwu=3:no-reboot-no-trial
  Scenario: Functional flow — component that needs neither a reboot nor a trial
    Given a test image "v2" for component 3 at version 2.1.3
    When psa_fwu_start is called for component 3 with the manifest of "v2"
    Then (checkpoint 1) the status is SUCCESS
    When the image "v2" is written to component 3 in blocks of 1024 bytes
    Then (checkpoint 2) the status is SUCCESS
    When psa_fwu_finish is called for component 3
    Then (checkpoint 3) the status is SUCCESS
    When psa_fwu_install is called
    Then (checkpoint 4) the status is SUCCESS
    And (checkpoint 5) component 3 is in state UPDATED
    And (checkpoint 6) the active version of component 3 is 2.1.3
    When psa_fwu_clean is called for component 3
    Then (checkpoint 7) the status is SUCCESS
    And (checkpoint 8) component 3 is in state READY

  # Attestation of the update (RFC 9783 §4.4.1 software components, §4.3.2 boot seed): after an
  # update the token reports the new image's version with a new measurement; a reboot gives a new
  # boot seed. Needs a target whose attestation service measures the firmware it updates.
  @psa-fwu1001 @psa-fwu-1.0 @testfest-extension @requires:role=psa-attestation @requires:fwu=0:reboot-trial
  Scenario: Functional flow — the attestation token reports the updated firmware
    Given (checkpoint 1) a token for a 32-byte challenge is obtained
    And component 0 is in state TRIAL
    When psa_fwu_accept is called
    Then (checkpoint 2) the status is SUCCESS
    Given (checkpoint 3) a token for a 32-byte challenge is obtained
    Then (checkpoint 4) the last token reports a software component of version 2.0.0 whose measurement value the first token did not report
    And (checkpoint 5) the last token's boot seed differs from the first token's
