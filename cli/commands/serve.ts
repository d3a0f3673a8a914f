/**
 * `testfest serve`: runs a reference implementation standalone, for a vendor's device or server to
 * talk to, and for the launched-process target (the reference client as a separate OS process).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ClientConfiguration } from '../../targets/roles/lwm2m-client';
import { UsageError } from '../errors';
import { accountCredentials, collect, httpClientOption, listenPlan, portOption, positive, untilSignal, uriScheme, type AccountFlags, type ListenFlags, type ListenPlan } from './serve-options';
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

/** ETS C.13: only a Bootstrap-Server account, so the client bootstraps first (TS-Core §6.1.3); secured with the account flags. */
function bootstrapConfiguration(uri: string, flags: AccountFlags): ClientConfiguration {
  const credentials = accountCredentials('--bootstrap', uri, flags);
  const { C13, withAccountSecurity, withBootstrapServerUri } = require('../../targets/reference/lwm2m/configurations') as typeof import('../../targets/reference/lwm2m/configurations');
  const configuration = withBootstrapServerUri(C13, uri);
  return credentials.mode === 'nosec' ? configuration : withAccountSecurity(configuration, 'bootstrap', { uri, credentials });
}

/** The configuration's unset Server Accounts point at `uri` with the account flags' credentials (TS-Core App. E.1). */
function securedServerConfiguration(configuration: ClientConfiguration, uri: string, flags: AccountFlags): ClientConfiguration {
  const credentials = accountCredentials('--server', uri, flags);
  if (credentials.mode === 'nosec') return configuration;
  const { withUnsetServerAccounts } = require('../../targets/reference/lwm2m/configurations') as typeof import('../../targets/reference/lwm2m/configurations');
  return withUnsetServerAccounts(configuration, { uri, credentials });
}

/** The listen options of `serve server` and `serve bootstrap` (coap ports, then coaps ports). */
function withListenOptions(command: Command, port: string, securePort: string): Command {
  return command
    .option('-a, --address <ip>', 'address to bind', '127.0.0.1')
    .option('-t, --transport <list>', 'transports to listen on, comma-separated: coap, coaps, coap+tcp, coaps+tcp (serve server also http: binding H)', 'coap')
    .option('-p, --port <n>', 'port of coap and coap+tcp (0 = any free port)', port)
    .option('--secure-port <n>', 'port of coaps and coaps+tcp (0 = any free port)', securePort)
    .option('--psk <ep:identity:hexkey>', 'a client endpoint that authenticates with this PSK (repeatable; %3A for a ":" in a name)', collect)
    .option('--x509 <ep>', 'a client endpoint that authenticates with a certificate whose CN is <ep> (repeatable; needs --ca)', collect)
    .option('--oscore <ep:senderIdHex:recipientIdHex:secretHex[:saltHex]>', "coap: a client endpoint that protects its messages with OSCORE (RFC 8613; server's view: senderId is the server's, recipientId the client's Sender ID; repeatable)", collect)
    .option('--cert <file>', 'PEM server certificate for coaps / coaps+tcp certificate mode')
    .option('--key <file>', 'PEM private key of --cert')
    .option('--ca <file>', 'PEM CA that signs the client certificates')
    .option('--require-client-cert', 'coaps: refuse clients without a certificate (PSK clients then cannot connect)')
    .option('--tcp-tls <mode>', 'coaps+tcp: psk or certificate (default: certificate with --cert, else psk)');
}

function printListening(what: string, uris: Record<string, string | undefined>, plan: ListenPlan): void {
  for (const uri of Object.values(uris)) if (uri !== undefined) process.stderr.write(`${what} on ${uri}\n`);
  if (plan.security.length > 0) process.stderr.write(`${plan.security.length} endpoint(s) provisioned: ${plan.security.map(([ep, info]) => `${ep} (${'psk' in info ? `PSK identity ${info.psk.identity}` : 'oscore' in info ? `OSCORE kid ${info.oscore.recipientId.toString('hex')}` : 'certificate'})`).join(', ')}\n`);
}

export function registerServeCommand(program: Command): void {
  const serve = program.command('serve').description('run a reference implementation standalone until interrupted');
  registerServePsaBridgeCommand(serve);

  serve
    .command('client')
    .description('the reference LwM2M client: registers to --server and serves its requests')
    .option('-s, --server <uri>', 'LwM2M Server URI: coap://, coaps://, coap+tcp:// or coaps+tcp://host:port (or use --bootstrap)')
    .option('-e, --endpoint <name>', 'Endpoint Client Name', 'testfest-client')
    .option('--config <file>', 'configuration JSON (ETS App. C shape, as written by the launched-process target)')
    .option('--configuration <name>', 'built-in ETS configuration when --config is not given', 'C.1')
    .option('-b, --bootstrap <uri>', 'start from configuration C.13 and bootstrap from this Bootstrap-Server (coap://, coaps://, …) instead')
    .option('--psk <identity:hexkey>', 'the PSK the client presents to a coaps:// or coaps+tcp:// --server / --bootstrap (/0/x/3, /0/x/5)')
    .option('--cert <file>', 'PEM client certificate for a secured --server / --bootstrap (certificate mode)')
    .option('--key <file>', 'PEM private key of --cert')
    .option('--ca <file>', 'with --cert: PEM CA the server certificate must chain to; the certificate must name the URI host (usage 2)')
    .option('--server-cert <file>', "with --cert: the server's own PEM certificate, matched exactly (usage 3)")
    .option('--time-scale <n>', 'wall-clock seconds per spec second', '1')
    .action(async (opts: AccountFlags & { server?: string; endpoint: string; config?: string; configuration: string; bootstrap?: string; timeScale: string }) => {
      const { startReferenceClient } = require('../../targets/reference/lwm2m/client') as typeof import('../../targets/reference/lwm2m/client');
      if (!opts.server && !opts.bootstrap) throw new UsageError('give --server <uri> (register directly) or --bootstrap <uri> (bootstrap first)');
      if (opts.server && opts.bootstrap) throw new UsageError('give --server or --bootstrap, not both');
      const server = opts.server ?? opts.bootstrap!;
      uriScheme(opts.server ? '--server' : '--bootstrap', server);
      const client = await startReferenceClient({
        endpoint: opts.endpoint,
        serverUri: server,
        configuration: opts.bootstrap ? bootstrapConfiguration(opts.bootstrap, opts) : securedServerConfiguration(readConfiguration(opts.config, opts.configuration), server, opts),
        timeScale: positive('--time-scale', opts.timeScale),
      });
      process.stderr.write(`testfest reference client "${opts.endpoint}" ${opts.bootstrap ? 'bootstrapping from' : 'registering to'} ${server}\n`);
      await untilSignal();
      await client.stop();
    });

  withListenOptions(
    serve.command('server').description('the reference LwM2M server: accepts registrations over the chosen transports and logs them'),
    '5683',
    '5684',
  )
    .option('--control-port <n>', 'also serve the HTTP control API (docs/server-control-api.md) on this loopback port (0 = any free port)')
    .option('--http-client <ep=url>', "http transport: the client's own HTTP server URL for DM requests (TS-Transport 1.2 §7 has no discovery; repeatable; also PUT /v1/http-clients/{ep})", collect)
    .option('--time-scale <n>', 'wall-clock seconds per spec second', '1')
    .action(async (opts: ListenFlags & { controlPort?: string; httpClient?: string[]; timeScale: string }) => {
      const { startReferenceServer, startControlServer } = require('../../targets/reference/lwm2m/server') as typeof import('../../targets/reference/lwm2m/server');
      const plan = listenPlan(opts);
      const httpClients = (opts.httpClient ?? []).map(httpClientOption);
      if (httpClients.length > 0 && !plan.listeners.some((l) => l.transport === 'http')) throw new UsageError('--http-client needs the http transport: add http to --transport');
      const server = await startReferenceServer({ listeners: plan.listeners, credentials: plan.credentials, timeScale: positive('--time-scale', opts.timeScale) });
      for (const [endpoint, info] of plan.security) server.security.set(endpoint, info);
      for (const { endpoint, url } of httpClients) server.httpClients.set(endpoint, url);
      printListening('testfest reference server', server.uris, plan);
      let control: { url: string; close(): Promise<void> } | undefined;
      if (opts.controlPort !== undefined) {
        const controlPort = portOption('--control-port', opts.controlPort);
        control = await startControlServer(server, { port: controlPort });
        process.stderr.write(`testfest control API on ${control.url}/v1\n`);
      }
      for (const ev of ['registered', 'updated', 'deregistered', 'expired'] as const) {
        server.on(ev, (reg: { endpoint: string; transport: string }) => process.stderr.write(`${new Date().toISOString()} ${ev} ${reg.endpoint} (${reg.transport})\n`));
      }
      await untilSignal();
      await control?.close();
      await server.close();
    });

  withListenOptions(
    serve.command('bootstrap').description('the reference LwM2M Bootstrap-Server: provisions every client that asks with one server account (TS-Core §6.1)'),
    '5783',
    '5784',
  )
    .requiredOption('-s, --server <uri>', "LwM2M Server URI written into the bootstrapped client's /0 and /1, e.g. coaps://127.0.0.1:5684")
    .option('--server-psk <identity:hexkey>', 'the PSK written into the account (/0/0/3, /0/0/5) for a coaps:// or coaps+tcp:// --server')
    .option('--lifetime <s>', 'registration lifetime written into /1/0/1', '86400')
    .option('--time-scale <n>', 'wall-clock seconds per spec second', '1')
    .action(async (opts: ListenFlags & { server: string; serverPsk?: string; lifetime: string; timeScale: string }) => {
      const { startReferenceBootstrapServer, serverAccountInformation } = require('../../targets/reference/lwm2m/bootstrap') as typeof import('../../targets/reference/lwm2m/bootstrap');
      const credentials = accountCredentials('--server', opts.server, { psk: opts.serverPsk }, '--server-psk');
      const plan = listenPlan(opts);
      if (plan.listeners.some((l) => l.transport === 'http')) throw new UsageError('serve bootstrap has no http transport (the HTTP binding is wired into serve server only)');
      const lifetime = positive('--lifetime', opts.lifetime);
      const bs = await startReferenceBootstrapServer({
        listeners: plan.listeners,
        credentials: plan.credentials,
        timeScale: positive('--time-scale', opts.timeScale),
        configurationFor: () => serverAccountInformation(opts.server, { lifetime, credentials }),
      });
      for (const [endpoint, info] of plan.security) bs.security.set(endpoint, info);
      printListening(`testfest reference bootstrap server (provisioning ${opts.server})`, bs.uris, plan);
      for (const ev of ['bootstrapped', 'failed'] as const) {
        bs.on(ev, (e: { endpoint: string; kind: string; outcome?: unknown }) =>
          process.stderr.write(`${new Date().toISOString()} ${ev} ${e.endpoint} (${e.kind})${ev === 'failed' ? ` ${JSON.stringify(e.outcome)}` : ''}\n`),
        );
      }
      await untilSignal();
      await bs.close();
    });
}
