/**
 * The World of every scenario: which target is under test, a teardown registry, the evidence log and
 * the timing profile. Domain steps (LwM2M, PSA) keep their own state through `scenarioState`.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { World, setWorldConstructor, type IWorldOptions } from '@cucumber/cucumber';
import { loadConfig } from '../../targets/config/load';
import { resolveTarget, type TargetBundle } from '../../targets/registry';
import type { RoleMap, RoleName } from '../../targets/roles';
import { Evidence } from './evidence';
import { Teardown } from './teardown';
import { timeScaleFor, type TimingProfile } from './timing';
import { DEFAULT_TRANSPORT, type Lwm2mTransport } from './transport';
import { runBroker, type BrokerKind, type RunBroker } from './run-broker';

export interface TestfestWorldParameters {
  /** Target name (built-in or from the config file). */
  target: string;
  configFile?: string;
  timing: TimingProfile;
  /** The LwM2M transport of the run (`--transport`; default coap): the suite's servers listen on it. */
  transport?: Lwm2mTransport;
  /** The MQTT broker of an mqtt run (`--broker`): aedes (MQTT 3.1.1, default) or mosquitto (MQTT 5). */
  broker?: BrokerKind;
  /** Epoch ms after which no new scenario starts (it is Out of Time instead). */
  deadline?: number;
  /** Folder for scenario scratch files. */
  workDir: string;
  /** A file whose existence means the run was interrupted: unstarted scenarios are Out of Time. */
  stopFlag?: string;
}

const bundles = new Map<string, TargetBundle>();

function bundleFor(p: TestfestWorldParameters): TargetBundle {
  const key = `${p.configFile ?? ''}#${p.target}`;
  let bundle = bundles.get(key);
  if (!bundle) {
    const loaded = p.configFile ? loadConfig(p.configFile) : undefined;
    bundle = resolveTarget(p.target, loaded?.config, loaded?.baseDir);
    bundles.set(key, bundle);
  }
  return bundle;
}

export class TestfestWorld extends World<TestfestWorldParameters> {
  readonly teardown = new Teardown();
  readonly evidence = new Evidence();
  readonly bundle: TargetBundle;
  readonly timeScale: number;
  private readonly roles = new Map<RoleName, unknown>();
  private readonly state = new Map<string, unknown>();
  private scratch?: string;

  constructor(options: IWorldOptions<TestfestWorldParameters>) {
    super(options);
    this.bundle = bundleFor(this.parameters);
    this.timeScale = timeScaleFor(this.parameters.timing);
  }

  /** A fresh instance of a role of the target under test, created once per scenario. */
  async role<R extends RoleName>(name: R): Promise<RoleMap[R]> {
    if (!this.roles.has(name)) {
      // Over MQTT a server target connects to the run's broker (TS-Transport 1.2 §8): it is told which.
      const mqtt = this.transport === 'mqtt' && name === 'lwm2m-server' ? await this.mqttBroker() : undefined;
      const ctx = { timeScale: this.timeScale, workDir: this.workDir(), ...(mqtt ? { mqttBroker: { url: mqtt.url, protocolVersion: mqtt.protocolVersion } } : {}) };
      const instance = await this.bundle.createRole(name, ctx);
      this.roles.set(name, instance);
    }
    return this.roles.get(name) as RoleMap[R];
  }

  /** The run's LwM2M transport (TS-Transport 1.2 §5). */
  get transport(): Lwm2mTransport {
    return this.parameters.transport ?? DEFAULT_TRANSPORT;
  }

  /** The run's MQTT broker (one per cucumber process, started on first use). */
  mqttBroker(): Promise<RunBroker> {
    return runBroker(this.parameters.broker ?? 'aedes');
  }

  /** A scratch folder for this scenario (created on first use). */
  workDir(): string {
    this.scratch ??= mkdtempSync(join(this.parameters.workDir, 'scenario-'));
    return this.scratch;
  }

  /** Wall-clock milliseconds for a duration the spec gives in seconds, under the timing profile. */
  ms(specSeconds: number): number {
    return Math.max(1, Math.round(specSeconds * 1000 * this.timeScale));
  }
}

/** Per-scenario state owned by one domain (e.g. the PSA steps' key handles). */
export function scenarioState<T>(world: TestfestWorld, key: string, init: () => T): T {
  const state = (world as unknown as { state: Map<string, unknown> }).state;
  if (!state.has(key)) state.set(key, init());
  return state.get(key) as T;
}

setWorldConstructor(TestfestWorld);
