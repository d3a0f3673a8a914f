/**
 * What the Firmware Update steps keep per scenario (ETS int-751..779; TS-Core App. E.6): every State
 * and Update Result the Server read, tagged with the phase it was read in (the transfer of the
 * package, or after Execute Update), the blocks of a push and how each was answered, the Firmware
 * Versions read, and the suite's image servers for pull delivery.
 */
import { blockOption, readBlockOption, szxFor, type BlockOption } from '../../targets/reference/lwm2m/client/block/block-option';
import { clientUnderTest, exchange, serverOf, type DmExchange } from '../harness/client-under-test';
import { FirmwareCoapServer } from '../harness/firmware-coap-server';
import { FirmwareHttpServer } from '../harness/firmware-http-server';
import { scenarioState, type TestfestWorld } from '../support/world';

export type FirmwarePhase = 'transfer' | 'update' | 'check';

export interface StatusRead {
  at: number;
  phase: FirmwarePhase;
  state?: number;
  result?: number;
  /** Why a value is missing (an error code, a timeout, a payload that is not an integer). */
  problem?: string;
}

export interface PushedBlock {
  num: number;
  more: boolean;
  exchange: DmExchange;
  /** The Block1 option of the answer (RFC 7959 §2.3: echoed). */
  echo?: BlockOption;
}

export interface FirmwareState {
  timeline: StatusRead[];
  blocks: PushedBlock[];
  /** When the last package transfer (push or URI write) began; Execute after it starts the update phase. */
  transferAt: number;
  versions: string[];
  coap?: FirmwareCoapServer;
  http?: FirmwareHttpServer;
}

export function firmwareState(world: TestfestWorld): FirmwareState {
  return scenarioState(world, 'lwm2m:firmware', () => ({ timeline: [], blocks: [], transferAt: 0, versions: [] }));
}

/** Block size of a push: 512 bytes (SZX 5) fits every CoAP message size limit in use. */
export const PUSH_BLOCK = 512;
/** Spec seconds between polls, and the longest a poll waits for its condition. */
export const POLL_INTERVAL_S = 0.5;
export const POLL_LIMIT_S = 60;

async function readInteger(world: TestfestWorld, path: string): Promise<{ value?: number; problem?: string }> {
  const session = clientUnderTest(world);
  const x = await exchange(session, `Read ${path}`, () => serverOf(session).request('GET', path, { accept: 0 }));
  if (!x.response) return { problem: `${path}: no response (${x.error?.message})` };
  if (x.response.code !== '2.05') return { problem: `${path}: ${x.response.code}` };
  const text = x.response.payload.toString('utf8');
  return /^-?\d+$/.test(text) ? { value: Number(text) } : { problem: `${path}: "${text}" is not an integer` };
}

/** Reads State /5/0/3 and Update Result /5/0/5 (plain text) into the timeline. */
export async function readStatus(world: TestfestWorld, phase: FirmwarePhase): Promise<StatusRead> {
  const state = await readInteger(world, '/5/0/3');
  const result = await readInteger(world, '/5/0/5');
  const read: StatusRead = { at: Date.now(), phase, state: state.value, result: result.value, problem: state.problem ?? result.problem };
  firmwareState(world).timeline.push(read);
  return read;
}

/** A block-wise Write of the Package (RFC 7959 §2.5 Block1), reading the State after the first block. */
export async function pushPackage(world: TestfestWorld, image: Buffer): Promise<void> {
  const session = clientUnderTest(world);
  const server = serverOf(session);
  const fw = firmwareState(world);
  fw.transferAt = Date.now();
  fw.blocks = [];
  const szx = szxFor(PUSH_BLOCK);
  for (let num = 0; num * PUSH_BLOCK < image.length; num++) {
    const more = (num + 1) * PUSH_BLOCK < image.length;
    const payload = image.subarray(num * PUSH_BLOCK, (num + 1) * PUSH_BLOCK);
    const options = [blockOption('Block1', { num, more, szx })];
    const x = await exchange(session, `Write /5/0/0 block ${num}${more ? '' : ' (last)'}`, () => server.request('PUT', '/5/0/0', { contentFormat: 42, payload, options }));
    let echo: BlockOption | undefined;
    try {
      echo = x.response ? readBlockOption(x.response.message, 'Block1') : undefined;
    } catch {
      echo = undefined;
    }
    fw.blocks.push({ num, more, exchange: x, echo });
    if (num === 0 && more && x.response?.code === '2.31') await readStatus(world, 'transfer');
    if (x.response?.code !== (more ? '2.31' : '2.04')) return; // the Client stopped the transfer
  }
}

export function phaseNow(world: TestfestWorld): FirmwarePhase {
  const last = clientUnderTest(world).lastExchange;
  const fw = firmwareState(world);
  return last?.description === 'Execute /5/0/2' && last.at >= fw.transferAt ? 'update' : 'transfer';
}

export async function coapImageServer(world: TestfestWorld): Promise<FirmwareCoapServer> {
  const fw = firmwareState(world);
  if (!fw.coap) {
    const server = await FirmwareCoapServer.start({ evidence: world.evidence, timeScale: world.timeScale, paceMs: world.ms(POLL_INTERVAL_S) });
    world.teardown.add('close the CoAP image server', () => server.close());
    fw.coap = server;
  }
  return fw.coap;
}

export async function httpImageServer(world: TestfestWorld): Promise<FirmwareHttpServer> {
  const fw = firmwareState(world);
  if (!fw.http) {
    const server = await FirmwareHttpServer.start(world.evidence);
    world.teardown.add('close the HTTP image server', () => server.close());
    fw.http = server;
  }
  return fw.http;
}

export function describeTimeline(reads: readonly StatusRead[]): string {
  if (reads.length === 0) return 'no reads';
  return reads.map((r) => (r.problem ? `(${r.problem})` : `${r.state}/${r.result}`)).join(' → ') + ' (State/Update Result)';
}
