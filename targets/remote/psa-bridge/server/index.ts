/**
 * `testfest serve psa-bridge [--tcp PORT]`: the reference PSA simulators behind the bridge protocol,
 * over stdio (the suite spawns this process) or TCP (the suite connects to it).
 */
import { createServer, type Server } from 'node:net';
import { DEFAULT_MAX_FRAME } from '../protocol';
import { referenceProvider } from './reference-provider';
import { serveStream } from './serve-stream';
import { SessionHost, type RoleProvider } from './session-host';

export { SessionHost, type RoleProvider } from './session-host';
export { serveStream } from './serve-stream';
export { referenceProvider } from './reference-provider';

const log = (line: string) => process.stderr.write(`psa-bridge: ${line}\n`);

/** Serves one connection on stdin/stdout until stdin ends; stdout carries frames only. */
export async function servePsaBridgeStdio(provider: RoleProvider = referenceProvider()): Promise<void> {
  // Anything a simulator prints must not corrupt the frame stream.
  console.log = console.info = console.debug = (...a: unknown[]) => process.stderr.write(`${a.join(' ')}\n`);
  await serveStream(process.stdin, process.stdout, new SessionHost(provider, DEFAULT_MAX_FRAME), DEFAULT_MAX_FRAME, log);
}

export interface TcpBridgeServer {
  host: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 = any free port); each TCP connection is one bridge connection. */
export function servePsaBridgeTcp(options: { host?: string; port: number; provider?: RoleProvider }): Promise<TcpBridgeServer> {
  const provider = options.provider ?? referenceProvider();
  const host = options.host ?? '127.0.0.1';
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    socket.on('error', (e) => log(`connection error: ${e.message}`));
    void serveStream(socket, socket, new SessionHost(provider, DEFAULT_MAX_FRAME), DEFAULT_MAX_FRAME, log);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ host, port, server, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
