/**
 * Runs cucumber for a plan and guarantees the run folder ends up with its artefacts even when the run
 * is interrupted: the first Ctrl-C lets running scenarios finish and marks the rest Out of Time; a
 * second one exits at once (the NDJSON written so far is kept).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import { cucumberConfiguration, RUN_FILES } from './cucumber-options';
import type { RunPlan } from './options';

export interface CucumberOutcome {
  success: boolean;
  /** Set when cucumber itself could not run (bad feature file, broken support code). */
  error?: Error;
  interrupted: boolean;
}

export async function executeCucumber(plan: RunPlan): Promise<CucumberOutcome> {
  mkdirSync(plan.outDir, { recursive: true });
  const workDir = mkdtempSync(join(plan.outDir, '.work-'));
  process.env.TESTFEST_TIMING = plan.timing;
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) {
      process.stderr.write('\ntestfest: second interrupt, exiting now; messages.ndjson keeps what finished\n');
      process.exit(130);
    }
    interrupted = true;
    writeFileSync(join(plan.outDir, RUN_FILES.stopFlag), 'interrupted\n');
    process.stderr.write('\ntestfest: interrupt: finishing running scenarios, the rest are Out of Time (Ctrl-C again to abort)\n');
  };
  process.on('SIGINT', onSigint);
  try {
    const { runConfiguration } = await loadConfiguration({ file: false, provided: cucumberConfiguration(plan, workDir) });
    const { success } = await runCucumber(runConfiguration);
    return { success, interrupted };
  } catch (e) {
    return { success: false, error: e as Error, interrupted };
  } finally {
    process.off('SIGINT', onSigint);
    rmSync(workDir, { recursive: true, force: true });
    rmSync(join(plan.outDir, RUN_FILES.stopFlag), { force: true });
    rmSync(join(plan.outDir, '.allure-formatter.out'), { force: true });
  }
}
