/** The reference LwM2M Server (targets/reference): `startReferenceServer()` for tests and `testfest serve server`. */
import { ReferenceLwm2mServer, type ReferenceServerOptions } from './reference-server';

export { NotRegisteredError, ReferenceLwm2mServer, type ReferenceServerOptions } from './reference-server';
export type { Registration, RegistrationEvent } from './registration-store';
export type { DmResult, ReadResult, WriteOptions, PathLike } from './dm-requests';
export type { ObserveResult } from './dm/device-management';
export type { Observation, Notification } from './observe/observations';
export type { DownlinkRequest } from './downlink/downlink';
export type { ServerEvent, ServerEventType } from './events/event-log';
export type { ReceivedSend } from './send/send-handler';
export { SUPPORTED_VERSIONS, type RegisterRequest } from './register-params';
export { registrationSummary, type RegistrationSummary } from './summaries';
export { SecurityStore, SecurityConflictError, type SecurityInfo, type PskCredentials } from './security/security-store';
export { LWM2M_TRANSPORTS, isLwm2mTransport, type Lwm2mTransport, type ListenerSpec, type ServerCredentials } from './listeners/listener';

export function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceLwm2mServer> {
  return ReferenceLwm2mServer.start(options);
}
export { createReferenceServerTarget, type ReferenceServerTargetOptions } from './role';
export { startControlServer, type ControlServer, type ControlServerOptions } from './http-api';
