/**
 * Reads a run's Cucumber Messages NDJSON independently of reports/ (so the self-test does not trust
 * the code it checks): for each test case, its name, tags, final status and the step that failed.
 */
import { readFileSync } from 'node:fs';

export interface CaseFact {
  name: string;
  tags: string[];
  status: string;
  failedStep?: string;
  message?: string;
  attachments: Array<{ mediaType: string; body: string; fileName?: string }>;
}

type Json = Record<string, any>;

export function caseFacts(ndjsonFile: string): CaseFact[] {
  const envelopes: Json[] = readFileSync(ndjsonFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const pickles = new Map<string, Json>();
  const testCases = new Map<string, Json>();
  const started = new Map<string, Json>();
  for (const e of envelopes) {
    if (e.pickle) pickles.set(e.pickle.id, e.pickle);
    if (e.testCase) testCases.set(e.testCase.id, e.testCase);
  }
  const facts = new Map<string, CaseFact>();
  for (const e of envelopes) {
    if (e.testCaseStarted) {
      const tc = testCases.get(e.testCaseStarted.testCaseId)!;
      const pickle = pickles.get(tc.pickleId)!;
      const fact: CaseFact = { name: pickle.name, tags: pickle.tags.map((t: Json) => t.name), status: 'PASSED', attachments: [] };
      started.set(e.testCaseStarted.id, { tc, pickle, fact });
      // A retried case replaces its earlier attempt: key by pickle.
      facts.set(pickle.id, fact);
    }
    if (e.testStepFinished) {
      const s = started.get(e.testStepFinished.testCaseStartedId)!;
      const result = e.testStepFinished.testStepResult;
      if (result.status !== 'PASSED' && s.fact.status === 'PASSED') {
        s.fact.status = result.status;
        const step = s.tc.testSteps.find((t: Json) => t.id === e.testStepFinished.testStepId);
        const pickleStep = step?.pickleStepId ? s.pickle.steps.find((p: Json) => p.id === step.pickleStepId) : undefined;
        s.fact.failedStep = pickleStep?.text ?? '(hook)';
        s.fact.message = result.message;
      }
    }
    if (e.attachment?.testCaseStartedId) {
      const s = started.get(e.attachment.testCaseStartedId);
      s?.fact.attachments.push({ mediaType: e.attachment.mediaType, body: e.attachment.body, fileName: e.attachment.fileName });
    }
  }
  return [...facts.values()];
}

export function idOf(fact: CaseFact): string {
  return fact.tags.find((t) => /^@((?:server:)?(?:LightweightM2M|CONMGMT)-\d\.\d-int-\d+|psa-[a-z]+\d+|server-(?!under-test$)[a-z0-9-]+|security-[a-z0-9-]+)$/.test(t)) ?? fact.name;
}
