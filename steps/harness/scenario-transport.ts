/**
 * The transport and security of one client-under-test scenario: the run's `--transport` unless the
 * scenario pins its own (the security cases, ETS int-401..406), how each of the suite's servers is
 * secured (`securityFor`, a generated PSK per server on coaps/coaps+tcp by default), and the host
 * names the client must resolve to loopback (the `hosts` start option, e.g. server.example.com).
 */
import { scenarioState, type TestfestWorld } from '../support/world';
import type { Lwm2mTransport } from '../support/transport';
import { defaultSecurity, type HarnessSecurity } from './harness-security';

export interface ScenarioTransport {
  transport: Lwm2mTransport;
  /** A scenario's own security for the server `label` (`server`, `bootstrap`, `#1` …); default: the transport's. */
  securityOf?: (label: string) => HarnessSecurity;
  /** Static host table handed to the client (name → IP). */
  hosts: Record<string, string>;
  /**
   * http: where the client under test serves the DM requests of its account for server `label`
   * (TS-Transport 1.2 §7 does not carry it); set when the client target is created.
   */
  httpUrl?: (label: string) => string | undefined;
}

export function scenarioTransport(world: TestfestWorld): ScenarioTransport {
  return scenarioState(world, 'lwm2m:transport', () => ({ transport: world.transport, hosts: {} }));
}

/**
 * The enabler version a criterion expects of the Client: the feature's, except over mqtt and http,
 * where the Client is set to speak 1.2 (bindings M and H are 1.2's, TS-Core 1.2 §6.2.1.2;
 * client-under-test.ts `lwm2mVersionFor`).
 */
export function expectedVersion(world: TestfestWorld, version: string): string {
  const transport = scenarioTransport(world).transport;
  return (transport === 'mqtt' || transport === 'http') && /^1\.[01]$/.test(version) ? '1.2' : version;
}

/** How the suite's server `label` listens and what the client's account for it holds. */
export function securityFor(world: TestfestWorld, label: string): HarnessSecurity {
  const st = scenarioTransport(world);
  let security = st.securityOf?.(label) ?? defaultSecurity(st.transport, label);
  if (security.transport === 'mqtt') security = { ...security, broker: security.broker ?? world.parameters.broker };
  if (security.transport === 'http' && security.httpClientUrl === undefined) security = { ...security, httpClientUrl: () => st.httpUrl?.(label) };
  if (security.host !== undefined) st.hosts[security.host] = '127.0.0.1';
  return security;
}
