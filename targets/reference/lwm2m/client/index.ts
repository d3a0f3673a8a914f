/**
 * The reference LwM2M Client (targets/reference): `createReferenceClient()` for the target bundle,
 * `startReferenceClient()` for `testfest serve client` (a standalone process). Device settings that are
 * not LwM2M Objects (enabler version, queue mode, Profile ID, Bootstrap-Pack, firmware limits) travel
 * in the configuration's `settings` field (`withSettings`).
 */
import type { Lwm2mClientStartOptions } from '../../../roles/lwm2m-client';
import type { ClientFaults } from './faults';
import { ReferenceLwm2mClient } from './reference-client';

export type { ClientFaults } from './faults';
export { ConfigurationError } from './config-values';
export { ReferenceLwm2mClient } from './reference-client';
export { settingsOf, withSettings, type ReferenceClientConfiguration, type ReferenceClientSettings } from './runtime/settings';

export function createReferenceClient(options: { faults?: ClientFaults } = {}): ReferenceLwm2mClient {
  return new ReferenceLwm2mClient(options.faults);
}

/** Starts a client that runs until `stop()`, which de-registers first (a graceful power-off). */
export async function startReferenceClient(options: Lwm2mClientStartOptions): Promise<{ stop(): Promise<void> }> {
  const client = new ReferenceLwm2mClient();
  await client.start(options);
  return { stop: () => client.shutdown() };
}
