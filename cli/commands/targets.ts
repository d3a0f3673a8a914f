import type { Command } from 'commander';
import { CAPABILITY_DIMENSIONS, type CapabilityDimension } from '../../targets/capabilities';
import { loadConfig } from '../../targets/config/load';
import { resolveTarget, targetNames } from '../../targets/registry';

export function registerTargetsCommand(program: Command): void {
  program
    .command('targets')
    .description('list the targets (built-in and from --config) with their capability manifests')
    .option('-c, --config <file>', 'config file (JSON or YAML) defining more targets')
    .option('--json', 'print the list as JSON')
    .action((opts: { config?: string; json?: boolean }) => {
      const loaded = opts.config ? loadConfig(opts.config) : undefined;
      const bundles = targetNames(loaded?.config).map((n) => resolveTarget(n, loaded?.config, loaded?.baseDir));
      if (opts.json) {
        const list = bundles.map(({ name, kind, description, capabilities, expectationsFile }) => ({ name, kind, description, capabilities, expectationsFile }));
        process.stdout.write(JSON.stringify(list, null, 2) + '\n');
        return;
      }
      for (const b of bundles) {
        process.stdout.write(`${b.name}  (${b.kind})\n  ${b.description}\n`);
        if (b.expectationsFile) process.stdout.write(`  expectations: ${b.expectationsFile}\n`);
        for (const dim of Object.keys(CAPABILITY_DIMENSIONS) as CapabilityDimension[]) {
          const values = b.capabilities[dim];
          if (values && values.length > 0) process.stdout.write(`  ${dim.padEnd(10)} ${values.join(', ')}\n`);
        }
        process.stdout.write('\n');
      }
    });
}
