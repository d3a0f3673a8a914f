/**
 * Builds the cucumber-js configuration for one run: the feature paths of the suite, our step code,
 * and every report format writing under the run folder (DESIGN.md "Reports": NDJSON is canonical).
 */
import { join } from 'node:path';
import type { IConfiguration } from '@cucumber/cucumber/api';
import type { TestfestWorldParameters } from '../../steps/support/world';
import { PROJECT_ROOT } from '../versions';
import type { RunPlan } from './options';

export const RUN_FILES = {
  messages: 'messages.ndjson',
  html: 'cucumber.html',
  junit: 'junit.xml',
  allureResults: 'allure-results',
  allureReport: 'allure-report',
  metadata: 'metadata.json',
  outcomes: 'outcomes.json',
  matrix: 'matrix.html',
  stopFlag: 'STOP',
} as const;

export function cucumberConfiguration(plan: RunPlan, workDir: string): Partial<IConfiguration> {
  const out = (f: string) => join(plan.outDir, f);
  const worldParameters: TestfestWorldParameters & { stopFlag: string } = {
    target: plan.target.name,
    configFile: plan.configFile,
    timing: plan.timing,
    transport: plan.transport,
    broker: plan.broker,
    deadline: plan.deadline,
    workDir,
    stopFlag: out(RUN_FILES.stopFlag),
  };
  return {
    paths: plan.featurePaths,
    requireModule: ['tsx/cjs'],
    require: [
      join(PROJECT_ROOT, 'steps/support/world.ts'),
      join(PROJECT_ROOT, 'steps/support/hooks.ts'),
      join(PROJECT_ROOT, 'steps/**/*.steps.ts'),
    ],
    tags: plan.tags ?? '',
    parallel: plan.parallel,
    // World parameters cross into worker processes as JSON: drop undefined fields.
    worldParameters: JSON.parse(JSON.stringify(worldParameters)),
    format: [
      plan.pretty ? '@cucumber/pretty-formatter' : 'progress',
      ['message', out(RUN_FILES.messages)],
      ['html', out(RUN_FILES.html)],
      ['junit', out(RUN_FILES.junit)],
      // allure-cucumberjs writes into resultsDir; give it a dummy file so it does not take stdout.
      ['allure-cucumberjs/reporter', out('.allure-formatter.out')],
    ],
    formatOptions: {
      junit: { suiteName: `testfest ${plan.suite} ${plan.target.name}${plan.suite === 'psa' ? '' : ` ${plan.transport}`}` },
      resultsDir: out(RUN_FILES.allureResults),
      environmentInfo: { target: plan.target.name, suite: plan.suite, timing: plan.timing, transport: plan.suite === 'psa' ? 'in-process' : plan.transport },
    },
  };
}
