/**
 * `testfest serve psa-bridge [--tcp PORT] [--host ADDR]`: the reference PSA simulators behind the
 * bridge protocol (docs/psa-bridge-protocol.md), in their own process: over stdin/stdout by default
 * (for a suite that spawns it), or listening on TCP (for a suite that connects to it). Registered on
 * the `serve` command: `registerServePsaBridgeCommand(serve)`.
 */
import type { Command } from 'commander';
import { portOption, untilSignal } from './serve-options';

export function registerServePsaBridgeCommand(serve: Command): void {
  serve
    .command('psa-bridge')
    .description('the reference PSA simulators behind the PSA bridge protocol, over stdio or TCP')
    .option('--tcp <port>', 'listen on this TCP port instead of stdio (0 = any free port)')
    .option('--host <addr>', 'address to listen on with --tcp', '127.0.0.1')
    .action(async (opts: { tcp?: string; host: string }) => {
      const server = require('../../targets/remote/psa-bridge/server') as typeof import('../../targets/remote/psa-bridge/server');
      if (opts.tcp === undefined) {
        await server.servePsaBridgeStdio();
        return;
      }
      const port = portOption('--tcp', opts.tcp);
      const listening = await server.servePsaBridgeTcp({ host: opts.host, port });
      process.stdout.write(`psa-bridge listening on tcp://${listening.host}:${listening.port}\n`);
      await untilSignal();
      await listening.close();
    });
}
