/**
 * `testfest serve`: runs a reference implementation standalone, for a vendor's device or server to
 * talk to, and for the launched-process target (the reference client as a separate OS process).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ClientConfiguration } from '../../targets/roles/lwm2m-client';
import { UsageError } from '../errors';
import { portOption, positive, untilSignal } from './serve-options';
import { registerServePsaBridgeCommand } from './serve-psa-bridge';

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

/** ETS C.13: only a Bootstrap-Server account, so the client bootstraps first (TS-Core §6.1.3). */
function bootstrapConfiguration(uri: string): ClientConfiguration {
  if (!/^coap:\/\//.test(uri)) throw new UsageError(`--bootstrap must be a coap:// URI (got "${uri}")`);
  const { C13, withBootstrapServerUri } = require('../../targets/reference/lwm2m/configurations') as typeof import('../../targets/reference/lwm2m/configurations');
  return withBootstrapServerUri(C13, uri);
}

export function registerServeCommand(program: Command): void {
  const serve = program.command('serve').description('run a reference implementation standalone until interrupted');
  registerServePsaBridgeCommand(serve);

  serve
    .command('client')
    .description('the reference LwM2M client: registers to --server and serves its requests')
    .option('-s, --server <uri>', 'LwM2M Server URI, e.g. coap://127.0.0.1:5683 (or use --bootstrap)')
    .option('-e, --endpoint <name>', 'Endpoint Client Name', 'testfest-client')
    .option('--config <file>', 'configuration JSON (ETS App. C shape, as written by the launched-process target)')
    .option('--configuration <name>', 'built-in ETS configuration when --config is not given', 'C.1')
    .option('-b, --bootstrap <uri>', 'start from configuration C.13 and bootstrap from this Bootstrap-Server (coap://...) instead')
    .option('--time-scale <n>', 'wall-clock seconds per spec second', '1')
    .action(async (opts: { server?: string; endpoint: string; config?: string; configuration: string; bootstrap?: string; timeScale: string }) => {
      const { startReferenceClient } = require('../../targets/reference/lwm2m/client') as typeof import('../../targets/reference/lwm2m/client');
      if (!opts.server && !opts.bootstrap) throw new UsageError('give --server <coap uri> (register directly) or --bootstrap <coap uri> (bootstrap first)');
      const server = opts.server ?? opts.bootstrap!;
      if (!/^coap:\/\//.test(server)) throw new UsageError(`--server must be a coap:// URI (got "${server}")`);
      const client = await startReferenceClient({
        endpoint: opts.endpoint,
        serverUri: server,
        configuration: opts.bootstrap ? bootstrapConfiguration(opts.bootstrap) : readConfiguration(opts.config, opts.configuration),
        timeScale: positive('--time-scale', opts.timeScale),
      });
      process.stderr.write(`testfest reference client "${opts.endpoint}" ${opts.bootstrap ? 'bootstrapping from' : 'registering to'} ${server}\n`);
      await untilSignal();
      await client.stop();
    });

  serve
    .command('server')
    .description('the reference LwM2M server: accepts registrations and logs them')
    .option('-a, --address <ip>', 'address to bind', '127.0.0.1')
    .option('-p, --port <n>', 'UDP port (0 = any free port)', '5683')
    .option('--control-port <n>', 'also serve the HTTP control API (docs/server-control-api.md) on this loopback port (0 = any free port)')
    .option('--time-scale <n>', 'wall-clock seconds per spec second', '1')
    .action(async (opts: { address: string; port: string; controlPort?: string; timeScale: string }) => {
      const { startReferenceServer, startControlServer } = require('../../targets/reference/lwm2m/server') as typeof import('../../targets/reference/lwm2m/server');
      const port = portOption('--port', opts.port);
      const server = await startReferenceServer({ address: opts.address, port, timeScale: positive('--time-scale', opts.timeScale) });
      process.stderr.write(`testfest reference server on coap://${server.local.address}:${server.local.port}\n`);
      let control: { url: string; close(): Promise<void> } | undefined;
      if (opts.controlPort !== undefined) {
        const controlPort = portOption('--control-port', opts.controlPort);
        control = await startControlServer(server, { port: controlPort });
        process.stderr.write(`testfest control API on ${control.url}/v1\n`);
      }
      for (const ev of ['registered', 'updated', 'deregistered', 'expired'] as const) {
        server.on(ev, (reg: { endpoint: string }) => process.stderr.write(`${new Date().toISOString()} ${ev} ${reg.endpoint}\n`));
      }
      await untilSignal();
      await control?.close();
      await server.close();
    });

  serve
    .command('bootstrap')
    .description('the reference LwM2M Bootstrap-Server: provisions every client that asks with one server account (TS-Core §6.1)')
    .requiredOption('-s, --server <uri>', 'LwM2M Server URI written into the bootstrapped client\'s /0 and /1, e.g. coap://127.0.0.1:5683')
    .option('-a, --address <ip>', 'address to bind', '127.0.0.1')
    .option('-p, --port <n>', 'UDP port (0 = any free port)', '5783')
    .option('--lifetime <s>', 'registration lifetime written into /1/0/1', '86400')
    .option('--time-scale <n>', 'wall-clock seconds per spec second', '1')
    .action(async (opts: { server: string; address: string; port: string; lifetime: string; timeScale: string }) => {
      const { startReferenceBootstrapServer, serverAccountInformation } = require('../../targets/reference/lwm2m/bootstrap') as typeof import('../../targets/reference/lwm2m/bootstrap');
      if (!/^coap:\/\//.test(opts.server)) throw new UsageError(`--server must be a coap:// URI (got "${opts.server}")`);
      const port = portOption('--port', opts.port);
      const lifetime = positive('--lifetime', opts.lifetime);
      const bs = await startReferenceBootstrapServer({
        address: opts.address,
        port,
        timeScale: positive('--time-scale', opts.timeScale),
        configurationFor: () => serverAccountInformation(opts.server, { lifetime }),
      });
      process.stderr.write(`testfest reference bootstrap server on coap://${bs.local.address}:${bs.local.port}, provisioning ${opts.server}\n`);
      for (const ev of ['bootstrapped', 'failed'] as const) {
        bs.on(ev, (e: { endpoint: string; kind: string; outcome?: unknown }) =>
          process.stderr.write(`${new Date().toISOString()} ${ev} ${e.endpoint} (${e.kind})${ev === 'failed' ? ` ${JSON.stringify(e.outcome)}` : ''}\n`),
        );
      }
      await untilSignal();
      await bs.close();
    });
}
