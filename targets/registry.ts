/**
 * Target registry: name → target bundle. Built-in targets are always present; a config file adds
 * more (e.g. a vendor client launched from a command template). A bundle implements some roles and
 * declares a capability manifest; roles are instantiated per scenario so scenarios never share state.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CapabilityManifest } from './capabilities';
import type { RoleMap, RoleName } from './roles';
import type { TargetDefinition, TestfestConfig } from './config/schema';
import { ConfigError, resolveFrom } from './config/load';
import { MBEDTLS_CAPABILITIES } from './mbedtls/capabilities';

export interface RoleContext {
  /** Wall-clock seconds per spec second (1 = spec timing). */
  timeScale: number;
  /** A scratch folder this scenario may write into. */
  workDir: string;
  /** An mqtt run's broker (TS-Transport 1.2 §8): a server target serves LwM2M over MQTT there. 4 = MQTT 3.1.1, 5 = MQTT 5. */
  mqttBroker?: { url: string; protocolVersion: 4 | 5 };
}

export interface TargetBundle {
  name: string;
  kind: string;
  description: string;
  capabilities: CapabilityManifest;
  /** Path of the expectations file (known deviations), if the target has one. */
  expectationsFile?: string;
  /** Creates a fresh instance of a role; only called for roles listed in `capabilities.role`. */
  createRole<R extends RoleName>(role: R, ctx: RoleContext): Promise<RoleMap[R]>;
}

export type TargetKindFactory = (name: string, def: TargetDefinition, baseDir: string) => TargetBundle;

const ROOT = join(__dirname, '..');

/** Target kinds, loaded lazily so `testfest targets` does not pull in every stack. */
const KINDS: Record<TargetDefinition['kind'], () => TargetKindFactory> = {
  reference: () => require('./reference/bundle').referenceBundle,
  broken: () => require('./broken/bundle').brokenBundle,
  'launched-process': () => require('./remote/launched-process/bundle').launchedProcessBundle,
  'lwm2m-server': () => require('./remote/lwm2m-server/bundle').runningServerBundle,
  'psa-bridge': () => require('./remote/psa-bridge/bundle').psaBridgeBundle,
};

/** Built-in targets available without any config file. */
export const BUILTIN_TARGETS: Record<string, TargetDefinition> = {
  reference: { kind: 'reference', description: 'In-repo reference LwM2M client, server and bootstrap server, and the PSA simulators (the embedded default)' },
  broken: { kind: 'broken', description: 'Deliberately broken targets for the self-test: they must fail exactly their broken criteria' },
  'reference-process': {
    kind: 'launched-process',
    role: 'lwm2m-client',
    description: 'The reference LwM2M client launched as a separate OS process from a command template (the vendor path)',
    command: `${process.execPath} ${join(ROOT, 'bin', 'testfest.js')} serve client --server {serverUri} --endpoint {endpoint} --config {configFile} --time-scale {timeScale}`,
    startupGraceSeconds: 0.2,
  },
  'psa-bridge-stdio': {
    kind: 'psa-bridge',
    transport: 'stdio',
    description: 'The reference PSA simulators in a child process behind the PSA bridge protocol over stdio (the vendor bridge path, end to end)',
    command: `${process.execPath} -r ${require.resolve('tsx/cjs')} ${join(ROOT, 'targets', 'remote', 'psa-bridge', 'server', 'main.ts')}`,
    host: '127.0.0.1',
    timeoutSeconds: 15,
    startupSeconds: 20,
  },
  mbedtls: {
    kind: 'psa-bridge',
    transport: 'stdio',
    description: 'Mbed TLS 2.28 (Debian libmbedcrypto) as a real PSA Crypto implementation, behind a small C shim speaking the PSA bridge protocol over stdio',
    build: `${process.execPath} -r ${require.resolve('tsx/cjs')} ${join(ROOT, 'targets', 'mbedtls', 'build.ts')}`,
    command: join(ROOT, 'targets', 'mbedtls', 'build', 'psa-bridge-mbedtls'),
    capabilities: MBEDTLS_CAPABILITIES,
    host: '127.0.0.1',
    timeoutSeconds: 15,
    startupSeconds: 20,
  },
};

/** Where a built-in target keeps its files (expectations.yaml). */
function builtinDir(name: string): string {
  return join(ROOT, 'targets', name);
}

export function targetNames(config?: TestfestConfig): string[] {
  return [...Object.keys(BUILTIN_TARGETS), ...Object.keys(config?.targets ?? {})];
}

export function resolveTarget(name: string, config?: TestfestConfig, baseDir = process.cwd()): TargetBundle {
  const fromConfig = config?.targets[name];
  const def = fromConfig ?? BUILTIN_TARGETS[name];
  if (!def) throw new ConfigError(`unknown target "${name}"; known targets: ${targetNames(config).join(', ')}`);
  const dir = fromConfig ? baseDir : existsSync(builtinDir(name)) ? builtinDir(name) : ROOT;
  const bundle = KINDS[def.kind]()(name, def, dir);
  if (def.capabilities) bundle.capabilities = def.capabilities;
  if (def.description) bundle.description = def.description;
  const expectations = def.expectations ? resolveFrom(dir, def.expectations) : join(dir, 'expectations.yaml');
  if (def.expectations && !existsSync(expectations)) throw new ConfigError(`target "${name}": expectations file not found: ${expectations}`);
  if (existsSync(expectations)) bundle.expectationsFile = expectations;
  return bundle;
}
