import { Command } from 'commander';
import { registerServePsaBridgeCommand } from './cli/commands/serve-psa-bridge';
const program = new Command('testfest');
const serve = program.command('serve');
registerServePsaBridgeCommand(serve);
program.parseAsync(process.argv);
