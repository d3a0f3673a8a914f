/** The HTTP control API of the reference LwM2M Server (docs/server-control-api.md). */
export { startControlServer, type ControlServer, type ControlServerOptions } from './control-server';
export { type JsonRecord, type JsonValue, fromJsonValue, toJsonValue } from './json-values';
