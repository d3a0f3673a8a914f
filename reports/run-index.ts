/**
 * Cross-references of one run's Cucumber Messages. The stream is a flat list of envelopes linked by
 * ids (testCase → pickle, testCaseStarted → testCase, testStepFinished → testCaseStarted + testStep);
 * classification needs them joined, and it needs them in stream order so reports list cases the way
 * the run did.
 */
import type {
  Attachment,
  Envelope,
  Hook,
  Pickle,
  TestCase,
  TestCaseFinished,
  TestCaseStarted,
  TestRunFinished,
  TestStepResult,
} from '@cucumber/messages';

export interface RunIndex {
  pickles: Map<string, Pickle>;
  /** In stream order; one per pickle that cucumber scheduled (tag filters already applied). */
  testCases: TestCase[];
  hooks: Map<string, Hook>;
  /** Feature name per feature file uri. */
  featureNames: Map<string, string>;
  /** Attempts per testCase id, in start order (more than one when retried). */
  attempts: Map<string, TestCaseStarted[]>;
  finished: Map<string, TestCaseFinished>;
  /** Step results per testCaseStarted id, keyed by testStep id. */
  stepResults: Map<string, Map<string, TestStepResult>>;
  attachments: Map<string, Attachment[]>;
  /** BeforeAll/AfterAll hooks that did not pass, with the hook they ran. */
  runHookProblems: Array<{ hook?: Hook; result: TestStepResult }>;
  testRunFinished?: TestRunFinished;
}

export function indexRun(envelopes: readonly Envelope[]): RunIndex {
  const index: RunIndex = {
    pickles: new Map(),
    testCases: [],
    hooks: new Map(),
    featureNames: new Map(),
    attempts: new Map(),
    finished: new Map(),
    stepResults: new Map(),
    attachments: new Map(),
    runHookProblems: [],
  };
  const runHookStarts = new Map<string, string>();
  for (const e of envelopes) {
    if (e.pickle) index.pickles.set(e.pickle.id, e.pickle);
    else if (e.testCase) index.testCases.push(e.testCase);
    else if (e.hook) index.hooks.set(e.hook.id, e.hook);
    else if (e.gherkinDocument?.uri) index.featureNames.set(e.gherkinDocument.uri, e.gherkinDocument.feature?.name ?? '');
    else if (e.testCaseStarted) push(index.attempts, e.testCaseStarted.testCaseId, e.testCaseStarted);
    else if (e.testCaseFinished) index.finished.set(e.testCaseFinished.testCaseStartedId, e.testCaseFinished);
    else if (e.testStepFinished) {
      const { testCaseStartedId, testStepId, testStepResult } = e.testStepFinished;
      let results = index.stepResults.get(testCaseStartedId);
      if (!results) index.stepResults.set(testCaseStartedId, (results = new Map()));
      results.set(testStepId, testStepResult);
    } else if (e.attachment?.testCaseStartedId) push(index.attachments, e.attachment.testCaseStartedId, e.attachment);
    else if (e.testRunHookStarted) runHookStarts.set(e.testRunHookStarted.id, e.testRunHookStarted.hookId);
    else if (e.testRunHookFinished && String(e.testRunHookFinished.result.status) !== 'PASSED') {
      const hookId = runHookStarts.get(e.testRunHookFinished.testRunHookStartedId);
      index.runHookProblems.push({ hook: hookId ? index.hooks.get(hookId) : undefined, result: e.testRunHookFinished.result });
    } else if (e.testRunFinished) index.testRunFinished = e.testRunFinished;
  }
  return index;
}

/** The attempt that counts: the last one (earlier ones were retried). */
export function lastAttempt(index: RunIndex, testCaseId: string): TestCaseStarted | undefined {
  const attempts = index.attempts.get(testCaseId) ?? [];
  return attempts.reduce<TestCaseStarted | undefined>((last, a) => (!last || a.attempt >= last.attempt ? a : last), undefined);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
