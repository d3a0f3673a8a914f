/**
 * Event Log, Object 20 (20.xml v2.1; ETS int-2000, int-2001): LogStart /20/x/4011 and LogStop
 * /20/x/4012 drive the data collection, LogStatus /20/x/4013 reports it (1st LSB 1 = stopped, 2nd LSB
 * 1 = LogData holds valid data) and LogData /20/x/4014 holds it.
 *
 * - LogStart: collection runs, LogStatus bit 0 cleared; LogData emptied (default) or extended when
 *   argument 0 is '1'.
 * - LogStop: collection stops, bit 0 set; LogData kept (default) or emptied when argument 0 is '1'.
 *
 * What the reference client logs while collecting is its own CoAP traffic: one text line per request
 * it sends or receives (`<time> in GET /3/0`), newest last, the oldest dropped beyond MAX_LOG_BYTES.
 * Lines are written to LogData on the next turn of the event loop, never from inside the endpoint's
 * transcript callback (a Notify of LogData would otherwise re-enter its own observation).
 */
import { Obj } from '../../model/ids.generated';
import { executableKey, type ExecuteAction } from '../dm-context';
import type { ObjectTree } from '../object-tree';
import { perTree, type ObjectEnvironment } from './environment';
import { parseExecuteArguments } from './execute-arguments';
import type { TranscriptEntry } from '../../../transport/coap-udp/types';

const E = Obj.EventLog;
export const LogStatusBit = { Stopped: 0b001, ValidData: 0b010 } as const;
/** How much LogData the reference client keeps. */
export const MAX_LOG_BYTES = 4096;

function requestLine(entry: TranscriptEntry): string | undefined {
  const m = entry.message;
  if (!m || !m.code.startsWith('0.') || m.code === '0.00' || (entry.direction === 'out' && entry.error)) return undefined;
  const methods: Record<string, string> = { '0.01': 'GET', '0.02': 'POST', '0.03': 'PUT', '0.04': 'DELETE', '0.05': 'FETCH', '0.07': 'iPATCH' };
  const path = m.options.filter((o) => o.name === 'Uri-Path').map((o) => o.value.toString('utf8'));
  return `${new Date(entry.time).toISOString()} ${entry.direction} ${methods[m.code] ?? m.code} /${path.join('/')}\n`;
}

class EventLog {
  private readonly running = new Set<number>();
  private pending: string[] = [];
  private unsubscribe?: () => void;

  constructor(private readonly tree: ObjectTree) {}

  attach(env: ObjectEnvironment): void {
    if (this.unsubscribe || !env.traffic) return;
    this.unsubscribe = env.traffic.onTranscript((entry) => {
      const line = this.running.size > 0 ? requestLine(entry) : undefined;
      if (!line) return;
      if (this.pending.push(line) === 1) setImmediate(() => this.flush());
    });
  }

  executables(): Array<[string, ExecuteAction]> {
    return [
      [executableKey(E.id, E.LogStart), (instanceId, args) => this.start(instanceId, args)],
      [executableKey(E.id, E.LogStop), (instanceId, args) => this.stop(instanceId, args)],
    ];
  }

  private start(instanceId: number, args: Buffer): void {
    const extend = argumentZero(args) === '1';
    if (!extend) this.tree.setResource(E.id, instanceId, E.LogData, Buffer.alloc(0));
    this.running.add(instanceId);
    this.setStatus(instanceId, (s) => (s & ~LogStatusBit.Stopped & ~(extend ? 0 : LogStatusBit.ValidData)));
  }

  private stop(instanceId: number, args: Buffer): void {
    const empty = argumentZero(args) === '1';
    this.running.delete(instanceId);
    if (empty) this.tree.setResource(E.id, instanceId, E.LogData, Buffer.alloc(0));
    this.setStatus(instanceId, (s) => (s | LogStatusBit.Stopped) & ~(empty ? LogStatusBit.ValidData : 0));
  }

  private flush(): void {
    const lines = this.pending.join('');
    this.pending = [];
    for (const instanceId of this.running) this.append(instanceId, lines);
  }

  private append(instanceId: number, line: string): void {
    if (!this.tree.hasInstance(E.id, instanceId)) return void this.running.delete(instanceId);
    const before = this.tree.resource(E.id, instanceId, E.LogData);
    let data = Buffer.concat([Buffer.isBuffer(before) ? before : Buffer.alloc(0), Buffer.from(line, 'utf8')]);
    if (data.length > MAX_LOG_BYTES) data = data.subarray(data.indexOf(0x0a, data.length - MAX_LOG_BYTES) + 1);
    this.tree.setResource(E.id, instanceId, E.LogData, data);
    this.setStatus(instanceId, (s) => s | LogStatusBit.ValidData);
  }

  private setStatus(instanceId: number, update: (status: number) => number): void {
    const before = this.tree.resource(E.id, instanceId, E.LogStatus);
    const next = update(typeof before === 'number' ? before : LogStatusBit.Stopped);
    if (next !== before) this.tree.setResource(E.id, instanceId, E.LogStatus, next);
  }
}

/** Argument 0 of LogStart/LogStop; malformed arguments count as none (the 2.04 is already on its way). */
function argumentZero(args: Buffer): string | undefined {
  try {
    return parseExecuteArguments(args).get(0);
  } catch {
    return undefined;
  }
}

const cache = new WeakMap<ObjectTree, EventLog>();

export function eventLog(tree: ObjectTree, env: ObjectEnvironment): Array<[string, ExecuteAction]> {
  const log = perTree(cache, tree, () => new EventLog(tree));
  log.attach(env);
  return log.executables();
}
