/**
 * `testfest run`: runs the suite against a target and writes every report into the run folder.
 * Results already gathered are always written, whatever went wrong afterwards.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { loadRun } from '../../reports/matrix/load-run';
import { buildMatrix } from '../../reports/matrix';
import { formatSummary } from '../../reports/summary';
import { EXIT_CONFIG_OR_HARNESS, EXIT_OK, EXIT_UNEXPECTED } from '../exit-codes';
import { generateAllureReport } from '../run/allure';
import { RUN_FILES } from '../run/cucumber-options';
import { executeCucumber } from '../run/execute';
import { runMetadata } from '../run/metadata';
import { planRun, SUITES, type RunOptions } from '../run/options';
import { DEFAULT_TRANSPORT, LWM2M_TRANSPORTS } from '../../steps/support/transport';

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('run the suite against a target (default: the in-repo reference targets) and write the reports')
    .addOption(new Option('-s, --suite <suite>', 'which suite').choices([...SUITES]).default('all'))
    .option('-t, --target <name>', 'target under test (see `testfest targets`)', undefined)
    .option('-c, --config <file>', 'config file (JSON or YAML) defining targets and defaults')
    .option('--tags <expr>', 'cucumber tag expression, e.g. "@LightweightM2M-1.1-int-101" or "@psa-c002 and not @requires:key=DES"')
    .addOption(new Option('--timing <profile>', 'fast scales ETS waits down (reference targets); spec waits the spec values (vendor devices)').choices(['fast', 'spec']))
    .option('-o, --out <dir>', 'run folder for the reports (default runs/<time>-<target>-<suite>)')
    .option('-p, --parallel <n>', 'scenarios run in N worker processes (0 = in this process)', '0')
    .option('--budget <minutes>', 'time budget: scenarios not started when it ends are Out of Time')
    // Validated by planRun, so a bad value is one line naming the flag (commander's choices() prints two).
    .option('--transport <name>', `LwM2M transport: ${LWM2M_TRANSPORTS.join(' | ')} (default ${DEFAULT_TRANSPORT}; coaps and coaps+tcp use a PSK the harness generates per scenario)`)
    .option('--broker <kind>', 'MQTT broker of a --transport mqtt run: aedes (MQTT 3.1.1, in-process; default) | mosquitto (MQTT 5)')
    .option('--strict', 'an unexpected pass (a listed deviation that now passes) also fails the run')
    .option('--no-allure', 'do not generate the Allure HTML report (allure-results is still written)')
    .option('--pretty', 'print every step (default: a progress line)')
    .addHelpText('after', '\nReports written into the run folder: messages.ndjson (canonical), metadata.json, outcomes.json,\ncucumber.html, junit.xml, allure-results/, allure-report/ (with Java), matrix.html.')
    .action(async (opts: RunOptions, cmd: Command) => {
      const plan = planRun(opts);
      const startedAt = new Date();
      process.stderr.write(`testfest: suite ${plan.suite} against target "${plan.target.name}" (${plan.suite === 'psa' ? '' : `over ${plan.transport}, `}${plan.timing} timing) -> ${plan.outDir}\n`);
      const cucumber = await executeCucumber(plan);
      const metadata = runMetadata(plan, startedAt, new Date(), cmd.parent ? process.argv.slice(2) : []);
      writeFileSync(join(plan.outDir, RUN_FILES.metadata), JSON.stringify(metadata, null, 2) + '\n');
      if (cucumber.error) {
        process.stderr.write(`testfest: harness error: cucumber could not run: ${cucumber.error.message}\n`);
        process.exitCode = EXIT_CONFIG_OR_HARNESS;
        return;
      }
      const run = loadRun(plan.outDir);
      writeFileSync(join(plan.outDir, RUN_FILES.outcomes), JSON.stringify(run.result, null, 2) + '\n');
      writeFileSync(join(plan.outDir, RUN_FILES.matrix), buildMatrix([{ label: plan.suite === 'psa' ? metadata.runId : `${metadata.runId} (${plan.transport})`, ...run }]));
      process.stdout.write(`\n${formatSummary(run.result, run.metadata)}\n`);
      if (plan.allure) process.stdout.write(generateAllureReport(join(plan.outDir, RUN_FILES.allureResults), join(plan.outDir, RUN_FILES.allureReport)) + '\n');
      process.stdout.write(`reports: ${plan.outDir}\n`);
      const { regressions, unexpectedPasses } = run.result.deviations;
      if (run.result.harnessErrors.length > 0) process.exitCode = EXIT_CONFIG_OR_HARNESS;
      else if (regressions.length > 0 || (plan.strict && unexpectedPasses.length > 0)) process.exitCode = EXIT_UNEXPECTED;
      else process.exitCode = EXIT_OK;
    });
}
