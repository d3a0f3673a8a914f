import { writeFileSync, existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadRun } from '../../reports/matrix/load-run';
import { loadExpectations, rewriteExpectations } from '../../reports/expectations';
import { UsageError } from '../errors';

export function registerExpectationsCommand(program: Command): void {
  program
    .command('expectations')
    .description("rewrite a target's expectations file (known deviations) from a run: every Fail/Inconclusive/Out of Time becomes an entry")
    .argument('<run-dir>', 'a run folder written by `testfest run`')
    .option('-w, --write <file>', 'write the new expectations here instead of printing them (existing reasons are kept)')
    .action((runDir: string, opts: { write?: string }) => {
      const run = loadRun(runDir);
      const previousFile = opts.write ?? run.metadata.expectationsFile;
      const previous = previousFile && existsSync(previousFile) ? loadExpectations(previousFile) : undefined;
      const text = rewriteExpectations(run.result, previous, { target: run.metadata.target, runId: run.metadata.runId });
      if (!opts.write) {
        process.stdout.write(text);
        return;
      }
      if (!text.trim()) throw new UsageError('nothing to write');
      writeFileSync(opts.write, text);
      process.stdout.write(`wrote ${opts.write}\n`);
    });
}
