/**
 * Entry point without the CLI: `node -r tsx/cjs targets/remote/psa-bridge/server/main.ts [--tcp PORT]
 * [--host ADDR]`. Same behaviour as `testfest serve psa-bridge`, started faster (no command parser),
 * which is what the built-in `psa-bridge-stdio` target spawns.
 */
import { servePsaBridgeStdio, servePsaBridgeTcp } from './index';

async function main(argv: string[]): Promise<void> {
  const tcp = argv.indexOf('--tcp');
  if (tcp < 0) {
    await servePsaBridgeStdio();
    process.exit(0);
  }
  const port = Number(argv[tcp + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--tcp needs a port 0..65535 (got "${argv[tcp + 1] ?? ''}")`);
  const hostAt = argv.indexOf('--host');
  const server = await servePsaBridgeTcp({ port, host: hostAt >= 0 ? argv[hostAt + 1] : undefined });
  process.stdout.write(`psa-bridge listening on tcp://${server.host}:${server.port}\n`);
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`psa-bridge: ${(e as Error).message}\n`);
  process.exit(2);
});
