/** The reference LwM2M Server (targets/reference): `startReferenceServer()` for tests and `testfest serve server`. */
import { ReferenceLwm2mServer, type ReferenceServerOptions } from './reference-server';

export { NotRegisteredError, ReferenceLwm2mServer, type ReferenceServerOptions } from './reference-server';
export type { Registration, RegistrationEvent } from './registration-store';
export type { ReadResult, WriteOptions, PathLike } from './dm-requests';
export { SUPPORTED_VERSIONS, type RegisterRequest } from './register-params';

export function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceLwm2mServer> {
  return ReferenceLwm2mServer.start(options);
}
