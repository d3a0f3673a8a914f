/**
 * The `testfest` command: run the suite, list targets, merge runs into the interoperability matrix,
 * serve a reference implementation standalone.
 */
import { Command, CommanderError } from 'commander';
import { registerRunCommand } from './commands/run';
import { registerTargetsCommand } from './commands/targets';
import { registerReportCommand } from './commands/report';
import { registerServeCommand } from './commands/serve';
import { registerExpectationsCommand } from './commands/expectations';
import { EXIT_CODES_HELP, EXIT_CONFIG_OR_HARNESS } from './exit-codes';
import { reportFatal } from './errors';
import { packageVersion } from './versions';

export function buildProgram(): Command {
  const program = new Command('testfest')
    .description('Conformance and interoperability suite for OMA LwM2M 1.0-1.2 and the PSA Certified Functional APIs')
    .version(packageVersion())
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\n${EXIT_CODES_HELP}`)
    .exitOverride();
  registerRunCommand(program);
  registerTargetsCommand(program);
  registerReportCommand(program);
  registerServeCommand(program);
  registerExpectationsCommand(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; usage errors are configuration errors.
      return e.exitCode === 0 ? 0 : EXIT_CONFIG_OR_HARNESS;
    }
    return reportFatal(e);
  }
}

// Run directly (`tsx cli/main.ts run`); bin/testfest.js calls main() itself.
if (require.main === module) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
