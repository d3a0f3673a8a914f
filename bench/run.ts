/**
 * `npm run bench [-- --quick] [-- --only coap-endpoint,psa] [-- --json out.json]`
 *
 * Runs every `bench/*.bench.ts` in sequence (never in parallel: they would measure each other) and
 * prints one table of ratios. Progress goes to stderr, the table to stdout. A bench that throws is
 * reported and the others still run; the exit code is then 1. A bad flag exits 2.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatTable, machineNote, toJson, type Bench, type BenchRow } from './harness';

interface Args {
  quick: boolean;
  only?: string[];
  json?: string;
}

const USAGE = 'usage: tsx bench/run.ts [--quick] [--only NAME[,NAME...]] [--json FILE]';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { quick: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--quick') args.quick = true;
    else if (flag === '--only') args.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--json') args.json = value();
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown flag ${flag}`);
  }
  return args;
}

/** Every bench module beside this file, by file name order. */
function discover(): Bench[] {
  return readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()
    .map((f) => {
      const mod = require(join(__dirname, f)) as { bench?: Bench };
      if (!mod.bench || typeof mod.bench.run !== 'function') throw new Error(`${f} does not export a \`bench\``);
      return mod.bench;
    });
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const all = discover();
  const unknown = (args.only ?? []).filter((n) => !all.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(`bench: no benchmark named ${unknown.join(', ')} (have: ${all.map((b) => b.name).join(', ')})`);
    return 2;
  }
  const selected = args.only ? all.filter((b) => args.only!.includes(b.name)) : all;
  const date = new Date().toISOString();
  console.log(`testfest benchmarks, ${date}${args.quick ? ' (--quick: short windows, smoke test only)' : ''}`);
  console.log(machineNote());
  console.log('ratio = ours ÷ baseline measured in the same run (higher is better; 1.00× = as fast as the baseline)\n');

  const rows: BenchRow[] = [];
  let failed = 0;
  for (const bench of selected) {
    try {
      rows.push(...(await bench.run({ quick: args.quick, log: (line) => console.error(`  … ${line}`) })));
    } catch (error) {
      failed++;
      console.error(`bench ${bench.name} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  console.log(formatTable(rows));
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, toJson(rows, { quick: args.quick, date }));
  }
  if (failed > 0) console.log(`\n${failed} benchmark(s) failed; see stderr`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
