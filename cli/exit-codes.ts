/**
 * Exit codes of the `testfest` command (documented in the README and in `testfest --help`).
 * A CI gate fails only on *unexpected* results: known deviations listed in a target's expectations
 * file do not change the exit code.
 */
/** Every case passed, or deviated exactly as the target's expectations file says. */
export const EXIT_OK = 0;
/** At least one unexpected result: a regression (Fail or Inconclusive not listed as expected), or an unexpected pass under --strict. */
export const EXIT_UNEXPECTED = 1;
/** Configuration or harness error: bad config file or flag, unknown target, undefined steps, a crash of the suite itself. */
export const EXIT_CONFIG_OR_HARNESS = 2;

export const EXIT_CODES_HELP = `Exit codes:
  0  no unexpected result (known deviations in the target's expectations file are fine)
  1  unexpected result: a regression (Fail/Inconclusive not expected) or, with --strict, an unexpected pass
  2  configuration or harness error (bad config or flag, unknown target, undefined step, suite crash)`;
