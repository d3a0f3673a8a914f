/**
 * Run-level harness errors: a run that did not finish, a BeforeAll/AfterAll hook that failed, or
 * cucumber reporting an exception of its own. None of these is a verdict on the target, but each
 * means the outcomes may be incomplete, so reports must say so.
 */
import type { RunIndex } from './run-index';

export function runProblems(index: RunIndex): string[] {
  const problems: string[] = [];
  for (const { hook, result } of index.runHookProblems) {
    const kind = String(hook?.type) === 'AFTER_TEST_RUN' ? 'AfterAll' : 'BeforeAll';
    const name = hook?.name ? ` "${hook.name}"` : '';
    const message = result.exception?.message ?? result.message?.split('\n')[0] ?? String(result.status);
    problems.push(`${kind} hook${name} ${String(result.status).toLowerCase()}: ${message}`);
  }
  const finished = index.testRunFinished;
  if (!finished) {
    problems.push('the run did not finish: the stream has no testRunFinished (killed, crashed, or a BeforeAll hook failed)');
  } else if (!finished.success && (finished.exception || finished.message)) {
    // success:false alone only means some scenario failed; an exception means cucumber itself failed.
    const what = finished.exception?.message ?? finished.message ?? '';
    problems.push(`cucumber reported a run error: ${finished.exception?.type ? finished.exception.type + ': ' : ''}${what.split('\n')[0]}`);
  }
  return problems;
}
