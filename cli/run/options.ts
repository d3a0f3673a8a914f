/**
 * `testfest run` options, validated into a RunPlan: which features, which target, where the reports go.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../targets/config/load';
import type { TestfestConfig } from '../../targets/config/schema';
import { resolveTarget, type TargetBundle } from '../../targets/registry';
import { TIMING_PROFILES, type TimingProfile } from '../../steps/support/timing';
import { DEFAULT_TRANSPORT, isLwm2mTransport, LWM2M_TRANSPORTS, type Lwm2mTransport } from '../../steps/support/transport';
import { BROKER_KINDS, isBrokerKind, type BrokerKind } from '../../steps/support/run-broker';
import { UsageError } from '../errors';
import { PROJECT_ROOT } from '../versions';

export const SUITES = ['lwm2m', 'psa', 'all'] as const;
export type Suite = (typeof SUITES)[number];

export interface RunOptions {
  suite: string;
  target?: string;
  config?: string;
  tags?: string;
  timing?: string;
  out?: string;
  parallel: string;
  budget?: string;
  strict?: boolean;
  allure: boolean;
  pretty?: boolean;
  transport?: string;
  broker?: string;
}

export interface RunPlan {
  suite: Suite;
  target: TargetBundle;
  configFile?: string;
  config?: TestfestConfig;
  tags?: string;
  timing: TimingProfile;
  /** The LwM2M transport of the run (TS-Transport 1.2 §5); PSA runs ignore it. */
  transport: Lwm2mTransport;
  /** The MQTT broker an mqtt run starts per cucumber process (TS-Transport 1.2 §8); default aedes. */
  broker?: BrokerKind;
  outDir: string;
  parallel: number;
  /** Epoch ms after which unstarted scenarios become Out of Time. */
  deadline?: number;
  strict: boolean;
  allure: boolean;
  pretty: boolean;
  featurePaths: string[];
}

const FEATURES = join(PROJECT_ROOT, 'features');

function featurePathsFor(suite: Suite): string[] {
  if (suite === 'all') return [join(FEATURES, '**/*.feature')];
  return [join(FEATURES, suite, '**/*.feature')];
}

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
}

export function planRun(opts: RunOptions, now = new Date()): RunPlan {
  if (!(SUITES as readonly string[]).includes(opts.suite)) throw new UsageError(`--suite must be one of ${SUITES.join(', ')} (got "${opts.suite}")`);
  const suite = opts.suite as Suite;
  let config: TestfestConfig | undefined;
  let baseDir: string | undefined;
  if (opts.config) ({ config, baseDir } = loadConfig(opts.config));
  const timing = opts.timing ?? config?.defaults.timing ?? 'fast';
  if (!(TIMING_PROFILES as readonly string[]).includes(timing)) throw new UsageError(`--timing must be one of ${TIMING_PROFILES.join(', ')} (got "${timing}")`);
  const parallel = Number(opts.parallel);
  if (!Number.isInteger(parallel) || parallel < 0 || parallel > 64) throw new UsageError(`--parallel must be an integer 0..64 (got "${opts.parallel}")`);
  let deadline: number | undefined;
  if (opts.budget !== undefined) {
    const minutes = Number(opts.budget);
    if (!(minutes > 0)) throw new UsageError(`--budget must be a positive number of minutes (got "${opts.budget}")`);
    deadline = now.getTime() + minutes * 60_000;
  }
  const transport = opts.transport ?? config?.defaults.transport ?? DEFAULT_TRANSPORT;
  if (!isLwm2mTransport(transport)) throw new UsageError(`--transport must be one of ${LWM2M_TRANSPORTS.join(', ')} (got "${transport}")`);
  if (opts.broker !== undefined && !isBrokerKind(opts.broker)) throw new UsageError(`--broker must be one of ${BROKER_KINDS.join(', ')} (got "${opts.broker}")`);
  const targetName = opts.target ?? config?.defaults.target ?? 'reference';
  const target = resolveTarget(targetName, config, baseDir);
  // A run over another transport than the default gets its own folder name (one matrix column per target × transport).
  const transportPart = transport === DEFAULT_TRANSPORT ? '' : `-${transport.replace('+', '-')}`;
  const outDir = resolve(opts.out ?? config?.defaults.out ?? join('runs', `${stamp(now)}-${targetName}-${suite}${transportPart}`));
  if (existsSync(join(outDir, 'messages.ndjson'))) throw new UsageError(`--out ${outDir} already holds a run (messages.ndjson); choose another folder so no result is overwritten`);
  return {
    suite,
    target,
    configFile: opts.config ? resolve(opts.config) : undefined,
    config,
    tags: opts.tags,
    timing: timing as TimingProfile,
    transport,
    ...(opts.broker !== undefined ? { broker: opts.broker as BrokerKind } : {}),
    outDir,
    parallel,
    deadline,
    strict: opts.strict ?? false,
    allure: opts.allure,
    pretty: opts.pretty ?? false,
    featurePaths: featurePathsFor(suite),
  };
}
