/**
 * The MQTT broker of a `--transport mqtt` run (TS-Transport 1.2 §8: LwM2M Client and Server are both
 * MQTT clients of a broker; the Server URI of an M binding is the broker's, TS-Core 1.2 §6.2.1.2).
 * One broker per cucumber process (each parallel worker has its own), started on first use and
 * stopped by the AfterAll hook: aedes (MQTT 3.1.1, in-process) by default, or Debian's mosquitto
 * speaking MQTT 5 (`--broker mosquitto`). Scenarios in one process run one after the other and use
 * endpoint names of their own, so sharing the broker does not mix their topics (§8.2).
 */
import { startAedesBroker, startMosquitto, type TestBroker } from '../../targets/reference/transport/mqtt';
import { InconclusiveError } from './verdict';

export const BROKER_KINDS = ['aedes', 'mosquitto'] as const;
export type BrokerKind = (typeof BROKER_KINDS)[number];

export function isBrokerKind(value: string): value is BrokerKind {
  return (BROKER_KINDS as readonly string[]).includes(value);
}

export interface RunBroker {
  kind: BrokerKind;
  /** `mqtt://127.0.0.1:<port>`: what the Server URI /0/x/0 of an MQTT account holds. */
  url: string;
  /** MQTT protocol level the suite's endpoints CONNECT with: 4 = 3.1.1 (aedes), 5 = MQTT 5 (mosquitto). */
  protocolVersion: 4 | 5;
}

let running: { kind: BrokerKind; started: Promise<{ info: RunBroker; broker: TestBroker }> } | undefined;

/** A broker that does not start (mosquitto not installed, no free port) is the harness's trouble: Inconclusive. */
async function start(kind: BrokerKind): Promise<{ info: RunBroker; broker: TestBroker }> {
  try {
    return await launch(kind);
  } catch (e) {
    throw new InconclusiveError(`harness: the ${kind} MQTT broker did not start: ${(e as Error).message}`);
  }
}

async function launch(kind: BrokerKind): Promise<{ info: RunBroker; broker: TestBroker }> {
  if (kind === 'mosquitto') {
    const broker = await startMosquitto({ protocol: 5 });
    return { info: { kind, url: broker.url, protocolVersion: 5 }, broker };
  }
  const broker = await startAedesBroker();
  return { info: { kind, url: broker.url, protocolVersion: 4 }, broker };
}

/** The process's broker of `kind`, started on first use (a failed start is retried by the next caller). */
export async function runBroker(kind: BrokerKind = 'aedes'): Promise<RunBroker> {
  if (running !== undefined && running.kind !== kind) throw new Error(`this process already runs an ${running.kind} broker; one broker kind per run`);
  if (running === undefined) {
    const started = start(kind);
    running = { kind, started };
    started.catch(() => {
      if (running?.started === started) running = undefined;
    });
  }
  return (await running.started).info;
}

/** Stops the process's broker, if one was started (bounded by the broker's own stop). */
export async function stopRunBroker(): Promise<void> {
  const current = running;
  running = undefined;
  if (current === undefined) return;
  const started = await current.started.catch(() => undefined);
  await started?.broker.stop();
}
