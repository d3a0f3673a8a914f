/**
 * A synchronous `hello` (docs/psa-bridge-protocol.md §4.1) for a target whose configuration gives no
 * capability manifest: the manifest then comes from the implementation itself, and target resolution
 * is synchronous. stdio: the implementation gets the hello frame and end-of-input, answers, exits.
 * TCP: a short-lived node child does the same over a socket.
 */
import { execFileSync } from 'node:child_process';
import { decodeMessage, encodeMessage } from './cbor';
import { PsaBridgeError } from './errors';
import { encodeFrame, FrameReader } from './frame';
import { DEFAULT_MAX_FRAME, HELLO, parseHello, parseResponse, PSA_BRIDGE_PROTOCOL_VERSION, type HelloResult } from './protocol';
import { splitCommand } from './stdio-transport';
import { tailOf } from './transport';

export type ProbeEndpoint =
  | { transport: 'stdio'; command: string; cwd?: string; env?: Record<string, string> }
  | { transport: 'tcp'; host: string; port: number };

/** Sends the frame, prints the first answering frame as hex. Plain JS: no TypeScript hook needed. */
const TCP_PROBE = `
const net = require('node:net');
const [host, port, hex] = process.argv.slice(1);
const s = net.connect({ host, port: Number(port) }, () => s.write(Buffer.from(hex, 'hex')));
let buf = Buffer.alloc(0);
s.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  if (buf.length >= 4 && buf.length >= 4 + buf.readUInt32BE(0)) { process.stdout.write(buf.subarray(0, 4 + buf.readUInt32BE(0)).toString('hex')); s.destroy(); }
});
s.on('error', (e) => { process.stderr.write(e.message); process.exit(1); });
`;

function helloFrame(): Buffer {
  return encodeFrame(encodeMessage({ v: PSA_BRIDGE_PROTOCOL_VERSION, id: 1, fn: HELLO, args: [{ versions: [PSA_BRIDGE_PROTOCOL_VERSION], client: 'testfest (capability probe)' }] }));
}

export function probeHelloSync(endpoint: ProbeEndpoint, timeoutMs: number): HelloResult {
  const where = endpoint.transport === 'stdio' ? `stdio: ${endpoint.command}` : `tcp: ${endpoint.host}:${endpoint.port}`;
  let out: Buffer;
  try {
    if (endpoint.transport === 'stdio') {
      const [file, ...args] = splitCommand(endpoint.command);
      out = execFileSync(file!, args, { input: helloFrame(), timeout: timeoutMs, cwd: endpoint.cwd, env: { ...process.env, ...endpoint.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    } else {
      const hex = execFileSync(process.execPath, ['-e', TCP_PROBE, endpoint.host, String(endpoint.port), helloFrame().toString('hex')], { timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
      out = Buffer.from(hex.toString('utf8'), 'hex');
    }
  } catch (e) {
    const err = e as { message: string; stderr?: Buffer; stdout?: Buffer };
    // An implementation may exit non-zero after answering; what matters is the answer.
    if (err.stdout && err.stdout.length > 4 && endpoint.transport === 'stdio') out = err.stdout;
    else throw new PsaBridgeError('start', `psa-bridge (${where}): no hello answer: ${err.message.split('\n')[0]}${err.stderr?.length ? `\n${tailOf(err.stderr.toString('utf8'))}` : ''}`);
  }
  const frames = new FrameReader(DEFAULT_MAX_FRAME).push(out);
  if (frames.length === 0) throw new PsaBridgeError('start', `psa-bridge (${where}): the implementation ended without answering the hello`);
  const response = parseResponse(decodeMessage(frames[0]!));
  if (typeof response === 'string') throw new PsaBridgeError('start', `psa-bridge (${where}): malformed hello response: ${response}`);
  if (response.error) throw new PsaBridgeError('start', `psa-bridge (${where}): hello refused: ${response.error.code}: ${response.error.message}`);
  const hello = parseHello(response.result);
  if (typeof hello === 'string') throw new PsaBridgeError('start', `psa-bridge (${where}): ${hello}`);
  return hello;
}
