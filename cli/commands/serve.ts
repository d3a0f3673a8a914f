/**
 * `testfest serve`: runs a reference implementation standalone, for a vendor's device or server to
 * talk to, and for the launched-process target (the reference client as a separate OS process).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ClientConfiguration } from '../../targets/roles/lwm2m-client';
import { UsageError } from '../errors';

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new UsageError(`${name} must be a positive number (got "${v}")`);
  return n;
}

function readConfiguration(file: string | undefined, name: string): ClientConfiguration {
  if (!file) {
    const { configurationByName } = require('../../targets/reference/lwm2m/configurations') as typeof import('../../targets/reference/lwm2m/configurations');
    const c = configurationByName(name);
    if (!c) throw new UsageError(`unknown configuration "${name}"`);
    return c;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ClientConfiguration;
  } catch (e) {
    throw new UsageError(`--config ${file}: ${(e as Error).message}`);
  }
}

export function registerServeCommand(program: Command): void {
  const serve = program.command('serve').description('run a reference implementation standalone until interrupted');

  serve
    .command('client')
    .description('the reference LwM2M client: registers to --server and serves its requests')
    .requiredOption('-s, --server <uri>', 'LwM2M Server URI, e.g. coap://127.0.0.1:5683')
    .option('-e, --endpoint <name>', 'Endpoint Client Name', 'testfest-client')
    .option('--config <file>', 'configuration JSON (ETS App. C shape, as written by the launched-process target)')
    .option('--configuration <name>', 'built-in ETS configuration when --config is not given', 'C.1')
    .option('--time-scale <n>', 'wall-clock seconds per spec second', '1')
    .action(async (opts: { server: string; endpoint: string; config?: string; configuration: string; timeScale: string }) => {
      const { startReferenceClient } = require('../../targets/reference/lwm2m/client') as typeof import('../../targets/reference/lwm2m/client');
      if (!/^coap:\/\//.test(opts.server)) throw new UsageError(`--server must be a coap:// URI (got "${opts.server}")`);
      const client = await startReferenceClient({
        endpoint: opts.endpoint,
        serverUri: opts.server,
        configuration: readConfiguration(opts.config, opts.configuration),
        timeScale: positive('--time-scale', opts.timeScale),
      });
      process.stderr.write(`testfest reference client "${opts.endpoint}" registering to ${opts.server}\n`);
      await untilSignal();
      await client.stop();
    });

  serve
    .command('server')
    .description('the reference LwM2M server: accepts registrations and logs them')
    .option('-a, --address <ip>', 'address to bind', '127.0.0.1')
    .option('-p, --port <n>', 'UDP port (0 = any free port)', '5683')
    .option('--time-scale <n>', 'wall-clock seconds per spec second', '1')
    .action(async (opts: { address: string; port: string; timeScale: string }) => {
      const { startReferenceServer } = require('../../targets/reference/lwm2m/server') as typeof import('../../targets/reference/lwm2m/server');
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0..65535 (got "${opts.port}")`);
      const server = await startReferenceServer({ address: opts.address, port, timeScale: positive('--time-scale', opts.timeScale) });
      process.stderr.write(`testfest reference server on coap://${server.local.address}:${server.local.port}\n`);
      for (const ev of ['registered', 'updated', 'deregistered', 'expired'] as const) {
        server.on(ev, (reg: { endpoint: string }) => process.stderr.write(`${new Date().toISOString()} ${ev} ${reg.endpoint}\n`));
      }
      await untilSignal();
      await server.close();
    });

  serve
    .command('bootstrap')
    .description('the reference LwM2M bootstrap server (arrives with the ETS bootstrap cases)')
    .action(() => {
      throw new UsageError('the reference bootstrap server is not part of this version yet (it comes with the ETS bootstrap cases, int-0..int-12)');
    });
}
