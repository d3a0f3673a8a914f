/**
 * The criteria the broken targets (targets/broken/) violate on purpose. The self-test requires that a
 * run against them fails exactly these steps: one more or one less is a defect of the suite.
 */
export const BROKEN_CRITERIA: Array<{ id: string; name: string; step: string }> = [];
