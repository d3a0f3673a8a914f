/**
 * The `psa-bridge` target kind: PSA roles served by an implementation in another process, reached over
 * stdio (the suite spawns it) or TCP (it is already running). Each scenario's role instance is one
 * session; connections are pooled (pool.ts). The manifest is the configuration's, else the
 * implementation's own (a hello at resolution time, probe.ts).
 */
import type { CapabilityManifest } from '../../capabilities';
import { ConfigError } from '../../config/load';
import type { PsaBridgeTargetDefinition, TargetDefinition } from '../../config/schema';
import type { RoleContext, TargetBundle } from '../../registry';
import type { RoleName } from '../../roles';
import { runBuildOnce, runBuildSync } from './build-step';
import { BridgeConnection } from './connection';
import { PsaBridgeError } from './errors';
import { ConnectionPool } from './pool';
import { probeHelloSync, type ProbeEndpoint } from './probe';
import { OPEN, type OpenResult } from './protocol';
import { remoteRole } from './remote-role';
import { roleMethodNames } from './role-surface';
import { StdioTransport } from './stdio-transport';
import { TcpTransport } from './tcp-transport';

const DEFAULT_TIMEOUT_SECONDS = 15;
const DEFAULT_STARTUP_SECONDS = 20;

function endpointOf(name: string, def: PsaBridgeTargetDefinition, baseDir: string): ProbeEndpoint {
  if (def.transport === 'stdio') {
    if (!def.command) throw new ConfigError(`targets.${name}.command: required for transport stdio`);
    return { transport: 'stdio', command: def.command, cwd: def.cwd ?? baseDir, env: def.env };
  }
  if (def.port === undefined) throw new ConfigError(`targets.${name}.port: required for transport tcp`);
  return { transport: 'tcp', host: def.host ?? '127.0.0.1', port: def.port };
}

const probed = new Map<string, CapabilityManifest>();

export function psaBridgeBundle(name: string, def: TargetDefinition, baseDir: string): TargetBundle {
  if (def.kind !== 'psa-bridge') throw new Error(`psaBridgeBundle called for kind ${def.kind}`);
  const endpoint = endpointOf(name, def, baseDir);
  const callTimeoutMs = (def.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const helloTimeoutMs = (def.startupSeconds ?? DEFAULT_STARTUP_SECONDS) * 1000;

  const connect = async (): Promise<BridgeConnection> => {
    if (def.build) await runBuildOnce(def.build, def.cwd ?? baseDir);
    let transport;
    if (endpoint.transport === 'stdio') transport = new StdioTransport(endpoint);
    else {
      const tcp = new TcpTransport(endpoint.host, endpoint.port);
      await tcp.connected().catch((e: Error) => {
        throw new PsaBridgeError('start', `psa-bridge (${tcp.label}): cannot connect: ${e.message}`);
      });
      transport = tcp;
    }
    const connection = new BridgeConnection(transport, { callTimeoutMs, helloTimeoutMs, client: 'testfest' });
    try {
      await connection.handshake();
    } catch (e) {
      connection.close();
      throw new PsaBridgeError('start', `target "${name}": the implementation did not complete the hello: ${(e as Error).message}`);
    }
    return connection;
  };
  const pool = new ConnectionPool(connect);

  let manifest: CapabilityManifest | undefined = def.capabilities;
  const key = JSON.stringify(endpoint);
  return {
    name,
    kind: def.kind,
    description: def.description ?? `PSA implementation behind the bridge protocol (${endpoint.transport === 'stdio' ? endpoint.command : `${endpoint.host}:${endpoint.port}`})`,
    get capabilities(): CapabilityManifest {
      if (!manifest) {
        if (def.build && !probed.has(key)) runBuildSync(def.build, def.cwd ?? baseDir);
        manifest = probed.get(key) ?? (probeHelloSync(endpoint, helloTimeoutMs).capabilities as CapabilityManifest);
        probed.set(key, manifest);
      }
      return manifest;
    },
    set capabilities(value: CapabilityManifest) {
      manifest = value;
    },
    async createRole<R extends RoleName>(role: R, ctx: RoleContext) {
      const connection = await pool.acquire();
      let session: number;
      try {
        const opened = (await connection.call(OPEN, { role, args: [{ workDir: ctx.workDir }] })) as OpenResult;
        session = opened.session;
      } catch (e) {
        pool.release(connection);
        throw e;
      }
      const methods = new Set([...(await roleMethodNames(role)), ...(connection.hello?.functions?.[role] ?? [])]);
      return remoteRole({ connection, role, session, methods: [...methods], released: () => pool.release(connection) }) as never;
    },
  };
}
