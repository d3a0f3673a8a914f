/**
 * The testfest configuration file (JSON or YAML). It names targets beyond the built-in ones, e.g. a
 * vendor client launched from a command template. Validated with zod so a bad file gets one line that
 * names the field and the problem.
 */
import { z } from 'zod';
import { CAPABILITY_DIMENSIONS } from '../capabilities';

const dimensionNames = Object.keys(CAPABILITY_DIMENSIONS) as [string, ...string[]];

export const CapabilityManifestSchema = z
  .record(z.enum(dimensionNames), z.array(z.string().min(1)))
  .describe('capability manifest: dimension → supported values');

const Common = {
  description: z.string().optional(),
  capabilities: CapabilityManifestSchema.optional(),
  /** Known deviations of this target (expectations file), relative to the config file. */
  expectations: z.string().optional(),
};

export const LaunchedProcessTargetSchema = z
  .object({
    kind: z.literal('launched-process'),
    role: z.literal('lwm2m-client'),
    /**
     * Command template. Placeholders: {serverUri} {endpoint} {host} {port} {lifetime} {configFile}
     * {pskId} {pskKey}. Split on spaces after substitution; quote-free by design (no shell).
     */
    command: z.string().min(1),
    cwd: z.string().optional(),
    env: z.record(z.string()).optional(),
    /** Seconds to wait for the process to stay alive after spawn before declaring it dead. */
    startupGraceSeconds: z.number().positive().max(600).default(0.2),
    /**
     * LwM2M over HTTP: the client's own HTTP server, where the suite sends Device Management requests.
     * TS-Transport 1.2 §7 gives a Server no way to learn it, so the operator states it.
     */
    httpUrl: z.string().regex(/^https?:\/\/[^/]+/, 'must be the http(s):// URL of the client\'s own HTTP server').optional(),
  })
  .extend(Common)
  .strict();

/** A running vendor LwM2M Server: CoAP address for the scripted client, control API for the suite. */
export const RunningServerTargetSchema = z
  .object({
    kind: z.literal('lwm2m-server'),
    coapUri: z.string().regex(/^coap:\/\/[^/]+$/, 'must be coap://host:port'),
    controlUrl: z.string().regex(/^https?:\/\/[^/]+/, 'must be an http(s):// URL of the control API (docs/server-control-api.md)'),
  })
  .extend(Common)
  .strict();

export const BuiltinTargetSchema = z
  .object({ kind: z.enum(['reference', 'broken']) })
  .extend(Common)
  .strict();

/**
 * A PSA implementation behind the bridge protocol (docs/psa-bridge-protocol.md): spawned by the suite
 * (stdio) or already listening (tcp). Without `capabilities`, the manifest is asked of the
 * implementation (its hello). stdio needs `command`; tcp needs `port`.
 */
export const PsaBridgeTargetSchema = z
  .object({
    kind: z.literal('psa-bridge'),
    transport: z.enum(['stdio', 'tcp']),
    /** stdio: the implementation's command line, split on whitespace, started without a shell. */
    command: z.string().min(1).optional(),
    cwd: z.string().optional(),
    env: z.record(z.string()).optional(),
    /** Run once per suite process before the implementation is first started (e.g. to compile it). */
    build: z.string().min(1).optional(),
    /** tcp: where the implementation listens. */
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(1).max(65535).optional(),
    /** Bound on each call; a call without an answer marks the implementation hung. */
    timeoutSeconds: z.number().positive().max(600).default(15),
    /** Bound on start-up plus the hello handshake. */
    startupSeconds: z.number().positive().max(600).default(20),
  })
  .extend(Common)
  .strict();

export const TargetDefinitionSchema = z.discriminatedUnion('kind', [LaunchedProcessTargetSchema, BuiltinTargetSchema, PsaBridgeTargetSchema, RunningServerTargetSchema]);

export const ConfigSchema = z
  .object({
    targets: z.record(z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'target names use letters, digits, . _ -'), TargetDefinitionSchema).default({}),
    defaults: z
      .object({
        target: z.string().optional(),
        timing: z.enum(['fast', 'spec']).optional(),
        /** LwM2M transport of runs with this config (`--transport` wins). */
        transport: z.enum(['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt', 'http']).optional(),
        out: z.string().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type TestfestConfig = z.infer<typeof ConfigSchema>;
export type TargetDefinition = z.infer<typeof TargetDefinitionSchema>;
export type LaunchedProcessTargetDefinition = z.infer<typeof LaunchedProcessTargetSchema>;
export type PsaBridgeTargetDefinition = z.infer<typeof PsaBridgeTargetSchema>;
