import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadRun } from '../../reports/matrix/load-run';
import { buildMatrix } from '../../reports/matrix';
import { UsageError } from '../errors';

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('merge run folders into one self-contained interoperability matrix HTML')
    .argument('<run-dirs...>', 'run folders written by `testfest run`')
    .requiredOption('-o, --out <file>', 'HTML file to write')
    .action((runDirs: string[], opts: { out: string }) => {
      const runs = runDirs.map((dir) => {
        try {
          return { label: basename(resolve(dir)), ...loadRun(dir) };
        } catch (e) {
          throw new UsageError(`${dir}: ${(e as Error).message}`);
        }
      });
      writeFileSync(opts.out, buildMatrix(runs));
      const cases = new Set(runs.flatMap((r) => r.result.cases.map((c) => c.key))).size;
      process.stdout.write(`wrote ${opts.out}: ${cases} cases x ${runs.length} runs\n`);
    });
}
