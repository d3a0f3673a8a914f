@requires:role=psa-fwu
Feature: PSA Firmware Update — component state management (TF-M FWU test 1004)
  The transition table of PSA Certified Firmware Update API 1.0 (psa-api doc/fwu/api/api.rst, "State
  model" and each function's PSA_ERROR_BAD_STATE condition; psa.md §2.5): every operation in every
  state either makes its transition with its success status or returns PSA_ERROR_BAD_STATE and leaves
  the state unchanged ("BAD_STATE … means no action, states unchanged"). Operations are called with
  valid arguments (a fresh signed manifest for start, 8 aligned bytes for write, error 0 for reject),
  so only the state decides. The component is brought into the starting state through the API.

  @psa-fwu1004 @psa-fwu-1.0 @requires:fwu=0:reboot-trial
  Scenario Outline: Component state management — <operation> in <state>, component that needs a reboot and a trial
    Given component 0 is in state <state>
    When the update client calls <operation> for component 0
    Then (checkpoint 1) the status is <expected status>
    And (checkpoint 2) component 0 is in state <new state>

    Examples: READY
      | state | operation      | expected status | new state |
      | READY | psa_fwu_start  | SUCCESS         | WRITING   |
      | READY | psa_fwu_write  | BAD_STATE       | READY     |
      | READY | psa_fwu_finish | BAD_STATE       | READY     |
      | READY | psa_fwu_cancel | BAD_STATE       | READY     |
      | READY | psa_fwu_clean  | BAD_STATE       | READY     |
      | READY | psa_fwu_install | BAD_STATE      | READY     |
      | READY | psa_fwu_accept | BAD_STATE       | READY     |
      | READY | psa_fwu_reject | BAD_STATE       | READY     |

    Examples: WRITING
      | state   | operation       | expected status | new state |
      | WRITING | psa_fwu_start   | BAD_STATE       | WRITING   |
      | WRITING | psa_fwu_write   | SUCCESS         | WRITING   |
      | WRITING | psa_fwu_cancel  | SUCCESS         | FAILED    |
      | WRITING | psa_fwu_clean   | BAD_STATE       | WRITING   |
      | WRITING | psa_fwu_install | BAD_STATE       | WRITING   |
      | WRITING | psa_fwu_accept  | BAD_STATE       | WRITING   |
      | WRITING | psa_fwu_reject  | BAD_STATE       | WRITING   |

    Examples: CANDIDATE
      | state     | operation       | expected status | new state |
      | CANDIDATE | psa_fwu_start   | BAD_STATE       | CANDIDATE |
      | CANDIDATE | psa_fwu_write   | BAD_STATE       | CANDIDATE |
      | CANDIDATE | psa_fwu_finish  | BAD_STATE       | CANDIDATE |
      | CANDIDATE | psa_fwu_clean   | BAD_STATE       | CANDIDATE |
      | CANDIDATE | psa_fwu_accept  | BAD_STATE       | CANDIDATE |
      | CANDIDATE | psa_fwu_reject  | BAD_STATE       | CANDIDATE |
      | CANDIDATE | psa_fwu_cancel  | SUCCESS         | FAILED    |
      | CANDIDATE | psa_fwu_install | SUCCESS_REBOOT  | STAGED    |

    Examples: STAGED
      | state  | operation       | expected status | new state |
      | STAGED | psa_fwu_start   | BAD_STATE       | STAGED    |
      | STAGED | psa_fwu_write   | BAD_STATE       | STAGED    |
      | STAGED | psa_fwu_finish  | BAD_STATE       | STAGED    |
      | STAGED | psa_fwu_cancel  | BAD_STATE       | STAGED    |
      | STAGED | psa_fwu_clean   | BAD_STATE       | STAGED    |
      | STAGED | psa_fwu_install | BAD_STATE       | STAGED    |
      | STAGED | psa_fwu_accept  | BAD_STATE       | STAGED    |
      | STAGED | psa_fwu_reject  | SUCCESS         | FAILED    |

    Examples: TRIAL
      | state | operation       | expected status | new state |
      | TRIAL | psa_fwu_start   | BAD_STATE       | TRIAL     |
      | TRIAL | psa_fwu_write   | BAD_STATE       | TRIAL     |
      | TRIAL | psa_fwu_cancel  | BAD_STATE       | TRIAL     |
      | TRIAL | psa_fwu_clean   | BAD_STATE       | TRIAL     |
      | TRIAL | psa_fwu_install | BAD_STATE       | TRIAL     |
      | TRIAL | psa_fwu_accept  | SUCCESS         | UPDATED   |
      | TRIAL | psa_fwu_reject  | SUCCESS_REBOOT  | REJECTED  |

    Examples: REJECTED
      | state    | operation       | expected status | new state |
      | REJECTED | psa_fwu_start   | BAD_STATE       | REJECTED  |
      | REJECTED | psa_fwu_cancel  | BAD_STATE       | REJECTED  |
      | REJECTED | psa_fwu_clean   | BAD_STATE       | REJECTED  |
      | REJECTED | psa_fwu_install | BAD_STATE       | REJECTED  |
      | REJECTED | psa_fwu_accept  | BAD_STATE       | REJECTED  |
      | REJECTED | psa_fwu_reject  | BAD_STATE       | REJECTED  |

    Examples: FAILED
      | state  | operation       | expected status | new state |
      | FAILED | psa_fwu_start   | BAD_STATE       | FAILED    |
      | FAILED | psa_fwu_write   | BAD_STATE       | FAILED    |
      | FAILED | psa_fwu_finish  | BAD_STATE       | FAILED    |
      | FAILED | psa_fwu_cancel  | BAD_STATE       | FAILED    |
      | FAILED | psa_fwu_install | BAD_STATE       | FAILED    |
      | FAILED | psa_fwu_accept  | BAD_STATE       | FAILED    |
      | FAILED | psa_fwu_reject  | BAD_STATE       | FAILED    |
      | FAILED | psa_fwu_clean   | SUCCESS         | READY     |

    Examples: UPDATED
      | state   | operation       | expected status | new state |
      | UPDATED | psa_fwu_start   | BAD_STATE       | UPDATED   |
      | UPDATED | psa_fwu_cancel  | BAD_STATE       | UPDATED   |
      | UPDATED | psa_fwu_install | BAD_STATE       | UPDATED   |
      | UPDATED | psa_fwu_accept  | BAD_STATE       | UPDATED   |
      | UPDATED | psa_fwu_reject  | BAD_STATE       | UPDATED   |
      | UPDATED | psa_fwu_clean   | SUCCESS         | READY     |

  # The transitions that differ by installation variant (FWU API 1.0 appendix "Variation in system
  # design"): without a reboot, install completes at once; without a trial, there is no TRIAL state;
  # a trial that needs no reboot to roll back is rejected straight to FAILED.
  @psa-fwu1004 @psa-fwu-1.0
  Scenario Outline: Component state management — <operation> in <state>, component <component> (<variant>)
    Given component <component> is in state <state>
    When the update client calls <operation> for component <component>
    Then (checkpoint 1) the status is <expected status>
    And (checkpoint 2) component <component> is in state <new state>

    @requires:fwu=1:reboot-no-trial
    Examples: reboot, no trial
      | component | variant         | state     | operation       | expected status | new state |
      | 1         | reboot-no-trial | CANDIDATE | psa_fwu_install | SUCCESS_REBOOT  | STAGED    |
      | 1         | reboot-no-trial | STAGED    | psa_fwu_reject  | SUCCESS         | FAILED    |
      | 1         | reboot-no-trial | UPDATED   | psa_fwu_accept  | BAD_STATE       | UPDATED   |
      | 1         | reboot-no-trial | UPDATED   | psa_fwu_reject  | BAD_STATE       | UPDATED   |
      | 1         | reboot-no-trial | UPDATED   | psa_fwu_clean   | SUCCESS         | READY     |

    @requires:fwu=2:trial-no-reboot
    Examples: trial, no reboot
      | component | variant         | state     | operation       | expected status | new state |
      | 2         | trial-no-reboot | CANDIDATE | psa_fwu_install | SUCCESS         | TRIAL     |
      | 2         | trial-no-reboot | TRIAL     | psa_fwu_accept  | SUCCESS         | UPDATED   |
      | 2         | trial-no-reboot | TRIAL     | psa_fwu_reject  | SUCCESS         | FAILED    |
      | 2         | trial-no-reboot | FAILED    | psa_fwu_clean   | SUCCESS         | READY     |

    @requires:fwu=3:no-reboot-no-trial
    Examples: neither reboot nor trial
      | component | variant            | state     | operation       | expected status | new state |
      | 3         | no-reboot-no-trial | CANDIDATE | psa_fwu_install | SUCCESS         | UPDATED   |
      | 3         | no-reboot-no-trial | UPDATED   | psa_fwu_accept  | BAD_STATE       | UPDATED   |
      | 3         | no-reboot-no-trial | UPDATED   | psa_fwu_clean   | SUCCESS         | READY     |

  # psa_fwu_reject records its error for the second image ("this error is recorded in the error field
  # of the psa_fwu_component_info_t structure corresponding to each affected component"), and the
  # rolled-back component keeps the version it had.
  @psa-fwu1004 @psa-fwu-1.0 @requires:fwu=2:trial-no-reboot
  Scenario: Component state management — psa_fwu_reject records its error and rolls back
    Given component 2 is in state TRIAL
    When psa_fwu_reject is called with error GENERIC_ERROR
    Then (checkpoint 1) the status is SUCCESS
    And (checkpoint 2) component 2 is in state FAILED
    And (checkpoint 3) the error recorded for component 2 is GENERIC_ERROR
    And (checkpoint 4) the active version of component 2 is 1.0.0
