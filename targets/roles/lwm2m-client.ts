/**
 * Role: an LwM2M Client under test. The suite plays the LwM2M Server (and Bootstrap-Server) at message
 * level; the target only has to be started against the suite's server URI with a provisioned
 * configuration (ETS Appendix C, C.1..C.26) and stopped again.
 */

/** JSON-safe resource value as provisioned: numbers, strings, booleans, opaque (base64) or objlnk. */
export type ConfigValue = string | number | boolean | { opaque: string } | { objlnk: string };

/** One Object Instance of a configuration: resource id → value, or → array for multi-instance resources. */
export interface ConfigInstance {
  objectId: number;
  instanceId: number;
  resources: Record<number, ConfigValue | Record<number, ConfigValue>>;
}

/** A client configuration from ETS Appendix C, e.g. C.1 "PSK server account + Server + Device". */
export interface ClientConfiguration {
  /** The ETS name, `C.1`, `C.3`, ... */
  id: string;
  instances: ConfigInstance[];
}

export interface Lwm2mClientStartOptions {
  /** Endpoint Client Name the client must register with (`ep=`). */
  endpoint: string;
  /** URI of the suite's LwM2M Server, e.g. `coap://127.0.0.1:41234`. Also written into /0/x/0 of the configuration. */
  serverUri: string;
  /** The configuration the harness provisions onto the client before it starts. */
  configuration: ClientConfiguration;
  /** Wall-clock seconds per spec second: 1 for `--timing spec`, smaller for `--timing fast`. */
  timeScale: number;
  /**
   * Optional static hosts table (host name → IP address) the client consults before DNS, so that a
   * Server URI naming a host — `coaps://server.example.com:PORT`, whose certificate names that host
   * (RFC 6125) — reaches a loopback server in a run. A vendor device ignores it and is told to map
   * the name in its own DNS or hosts file instead.
   */
  hosts?: Record<string, string>;
}

export interface Lwm2mClientTarget {
  /** Provision and start; the client then registers on its own, as after power-on. */
  start(options: Lwm2mClientStartOptions): Promise<void>;
  /** Stop the client and release everything it holds. Safe to call twice. */
  stop(): Promise<void>;
  /**
   * An operator-side action some ETS cases need the device to take on its own (`send`: issue a Send,
   * int-306/307; `reboot`: power-cycle). Optional: a target without it makes those cases Not
   * Applicable (capability `operation=trigger-<action>`); for a real device the harness would print
   * operator instructions instead.
   */
  trigger?(action: string, detail?: unknown): Promise<void>;
  /**
   * LwM2M over HTTP (TS-Transport 1.2 §7): the URL of the client's own HTTP server for an account (a Short
   * Server ID, or 'bootstrap'), where the suite sends its requests — §7 gives a Server no way to learn it.
   * Optional: without it the HTTP scenarios cannot reach the client.
   */
  httpUrl?(account?: number | 'bootstrap'): string | undefined;
  /** Anything the target wants in the evidence (e.g. a launched process's stderr). */
  diagnostics?(): string;
}
