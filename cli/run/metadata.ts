/**
 * Run metadata (DESIGN.md "Reports"): enough to reproduce a run and to label its column in the
 * interoperability matrix.
 */
import { basename } from 'node:path';
import { gitRevision, toolVersions } from '../versions';
import type { RunPlan } from './options';

export function runMetadata(plan: RunPlan, startedAt: Date, finishedAt: Date, argv: string[]) {
  return {
    runId: basename(plan.outDir),
    target: plan.target.name,
    targetKind: plan.target.kind,
    targetDescription: plan.target.description,
    capabilities: plan.target.capabilities,
    expectationsFile: plan.target.expectationsFile,
    suite: plan.suite,
    transport: plan.suite === 'psa' ? 'in-process' : plan.transport,
    // The content formats the target declares: the cases for each ran in this run (TS-Core App. C).
    format: plan.suite === 'psa' ? 'n/a' : (plan.target.capabilities.format ?? []).join(', '),
    timing: plan.timing,
    tags: plan.tags ?? null,
    parallel: plan.parallel,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    versions: toolVersions(),
    gitRevision: gitRevision() ?? null,
    command: ['testfest', ...argv].join(' '),
  };
}
