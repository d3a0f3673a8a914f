@requires:role=psa-fwu @requires:fwu=dependencies
Feature: PSA Firmware Update — dependencies between components (TF-M FWU tests 1005, 1006)
  FWU API 1.0 psa_fwu_install: "The dependency check is carried out against the version of the
  candidate image for a component that is in CANDIDATE state, and the active image for other
  components. If this verification fails, then PSA_ERROR_DEPENDENCY_NEEDED is returned, and the
  components will remain in CANDIDATE state." Uses two components that install without a reboot
  (2: with a trial, 3: without), so each case completes within the scenario.

  @psa-fwu1005 @psa-fwu-1.0 @requires:fwu=2:trial-no-reboot @requires:fwu=3:no-reboot-no-trial
  Scenario: Dependency satisfied across components — by a co-installed candidate, after DEPENDENCY_NEEDED
    Given a test image "app" for component 3 at version 2.0.0 depending on component 2 at version 2.0.0 or later
    When psa_fwu_start is called for component 3 with the manifest of "app"
    And the image "app" is written to component 3 in blocks of 1024 bytes
    And psa_fwu_finish is called for component 3
    Then (checkpoint 1) the status is SUCCESS
    When psa_fwu_install is called
    Then (checkpoint 2) the status is DEPENDENCY_NEEDED
    And (checkpoint 3) component 3 is in state CANDIDATE
    And (checkpoint 4) the active version of component 3 is 1.0.0
    Given a test image "dep" for component 2 at version 2.0.0
    When psa_fwu_start is called for component 2 with the manifest of "dep"
    And the image "dep" is written to component 2 in blocks of 1024 bytes
    And psa_fwu_finish is called for component 2
    Then (checkpoint 5) the status is SUCCESS
    When psa_fwu_install is called
    Then (checkpoint 6) the status is SUCCESS
    And (checkpoint 7) component 2 is in state TRIAL
    And (checkpoint 8) component 3 is in state UPDATED
    And (checkpoint 9) the active version of component 3 is 2.0.0

  @psa-fwu1005 @psa-fwu-1.0 @requires:fwu=2:trial-no-reboot @requires:fwu=3:no-reboot-no-trial
  Scenario: Dependency satisfied across components — by the active image of the other component
    Given component 2 is in state UPDATED
    And a test image "app" for component 3 at version 2.0.0 depending on component 2 at version 2.0.0 or later
    When psa_fwu_start is called for component 3 with the manifest of "app"
    And the image "app" is written to component 3 in blocks of 1024 bytes
    And psa_fwu_finish is called for component 3
    And psa_fwu_install is called
    Then (checkpoint 1) the status is SUCCESS
    And (checkpoint 2) component 3 is in state UPDATED

  @psa-fwu1006 @psa-fwu-1.0 @requires:fwu=2:trial-no-reboot @requires:fwu=3:no-reboot-no-trial
  Scenario: Mutually dependent components install together, and neither installs alone
    Given a test image "a" for component 2 at version 3.0.0 depending on component 3 at version 3.0.0 or later
    And a test image "b" for component 3 at version 3.0.0 depending on component 2 at version 3.0.0 or later
    When psa_fwu_start is called for component 2 with the manifest of "a"
    And the image "a" is written to component 2 in blocks of 1024 bytes
    And psa_fwu_finish is called for component 2
    And psa_fwu_install is called
    Then (checkpoint 1) the status is DEPENDENCY_NEEDED
    And (checkpoint 2) component 2 is in state CANDIDATE
    When psa_fwu_start is called for component 3 with the manifest of "b"
    And the image "b" is written to component 3 in blocks of 1024 bytes
    And psa_fwu_finish is called for component 3
    And psa_fwu_install is called
    Then (checkpoint 3) the status is SUCCESS
    And (checkpoint 4) component 2 is in state TRIAL
    And (checkpoint 5) component 3 is in state UPDATED
    And (checkpoint 6) the active version of component 2 is 3.0.0
    And (checkpoint 7) the active version of component 3 is 3.0.0
