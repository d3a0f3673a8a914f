/**
 * Deliberate deviations of the object behaviours, for the self-test's broken target (DESIGN.md
 * "Quality bar"). The reference client runs with none.
 */
export interface ObjectFaults {
  /**
   * Connectivity Statistics: Stop /7/x/7 is answered 2.04 but collection goes on, so the counters keep
   * growing after Stop (breaks ETS int-901's criterion on the values read after Stop).
   */
  statisticsIgnoreStop?: boolean;
}
