@requires:role=psa-fwu
Feature: PSA Firmware Update — reboot (TF-M FWU test 1007)
  psa_fwu_request_reboot returns PSA_SUCCESS and the platform reboots (FWU API 1.0: "On success, the
  platform initiates a reboot"); this suite then sees the rebooted system. What a reboot does to each
  state (FWU API 1.0 "Component states" notes and PSA_FWU_FLAG_VOLATILE_STAGING): STAGED installs
  (→ TRIAL, or UPDATED without a trial); TRIAL not accepted rolls back (→ FAILED, previous version);
  REJECTED completes its rollback (→ FAILED); with volatile staging WRITING, CANDIDATE, FAILED and
  UPDATED are discarded (→ READY); without it a CANDIDATE is kept ("an image in CANDIDATE state is
  retained after a system reset"). "the device reboots" is a reset the suite causes (power loss).

  @psa-fwu1007 @psa-fwu-1.0 @requires:fwu=0:reboot-trial
  Scenario: Reboot interface — psa_fwu_request_reboot completes a staged installation
    Given component 0 is in state STAGED
    When psa_fwu_request_reboot is called
    Then (checkpoint 1) the status is SUCCESS
    And (checkpoint 2) component 0 is in state TRIAL
    And (checkpoint 3) the active version of component 0 is 2.0.0

  @psa-fwu1007 @psa-fwu-1.0
  Scenario Outline: Reboot interface — component <component> (<variant>) in <state> after a reboot
    Given component <component> is in state <state>
    When the device reboots
    Then (checkpoint 1) component <component> is in state <after reboot>
    And (checkpoint 2) the active version of component <component> is <active version>

    @requires:fwu=0:reboot-trial
    Examples: reboot and trial, non-volatile staging
      | component | variant      | state     | after reboot | active version |
      | 0         | reboot-trial | WRITING   | WRITING      | 1.0.0          |
      | 0         | reboot-trial | CANDIDATE | CANDIDATE    | 1.0.0          |
      | 0         | reboot-trial | STAGED    | TRIAL        | 2.0.0          |
      | 0         | reboot-trial | TRIAL     | FAILED       | 1.0.0          |
      | 0         | reboot-trial | REJECTED  | FAILED       | 1.0.0          |
      | 0         | reboot-trial | UPDATED   | UPDATED      | 2.0.0          |
      | 0         | reboot-trial | READY     | READY        | 1.0.0          |

    @requires:fwu=1:reboot-no-trial @requires:fwu=volatile-staging
    Examples: reboot without trial, volatile staging
      | component | variant         | state     | after reboot | active version |
      | 1         | reboot-no-trial | WRITING   | READY        | 1.0.0          |
      | 1         | reboot-no-trial | CANDIDATE | READY        | 1.0.0          |
      | 1         | reboot-no-trial | FAILED    | READY        | 1.0.0          |
      | 1         | reboot-no-trial | STAGED    | UPDATED      | 2.0.0          |
      | 1         | reboot-no-trial | UPDATED   | READY        | 2.0.0          |

    @requires:fwu=2:trial-no-reboot
    Examples: trial without reboot
      | component | variant         | state | after reboot | active version |
      | 2         | trial-no-reboot | TRIAL | FAILED       | 1.0.0          |

  @psa-fwu1007 @psa-fwu-1.0 @requires:fwu=volatile-staging @requires:fwu=0:reboot-trial @requires:fwu=1:reboot-no-trial
  Scenario: Reboot interface — psa_fwu_query reports PSA_FWU_FLAG_VOLATILE_STAGING
    Then (checkpoint 1) component 1 has volatile staging
    And (checkpoint 2) component 0 does not have volatile staging
