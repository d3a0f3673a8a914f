/**
 * The reference LwM2M Bootstrap-Server (targets/reference): `startReferenceBootstrapServer()` for tests
 * and for `testfest serve bootstrap`.
 */
import { ReferenceBootstrapServer, type ReferenceBootstrapServerOptions } from './reference-bootstrap-server';

export { ReferenceBootstrapServer, type BootstrapEvent, type BootstrapEventName, type ReferenceBootstrapServerOptions } from './reference-bootstrap-server';
export { bootstrapPack, objectWrites, type BootstrapInformation } from './bootstrap-information';
export type { ScriptOutcome } from './bootstrap-script';
export { serverAccountInformation, type ServerAccountOptions } from './server-account-information';

export function startReferenceBootstrapServer(options: ReferenceBootstrapServerOptions): Promise<ReferenceBootstrapServer> {
  return ReferenceBootstrapServer.start(options);
}
