/**
 * HTTP errors of the control API (docs/server-control-api.md "Errors"): every error is JSON
 * `{ "error": { "status", "code", "message", ...details } }` so a test prints something useful.
 */
import { CodecError } from '../../codecs/types';
import { InvalidPathError } from '../../model/path';
import { CoapResetError, CoapTimeoutError } from '../../../transport/coap-udp/errors';
import { AttributeError } from '../dm/attributes';
import { NotRegisteredError } from '../dm/device-management';
import { HttpBindingError } from '../../../transport/http/errors';

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toJSON(): { error: Record<string, unknown> } {
    return { error: { status: this.status, code: this.code, message: this.message, ...this.details } };
  }
}

export const badRequest = (message: string, details?: Record<string, unknown>): HttpError => new HttpError(400, 'bad-request', message, details);
export const notFound = (message: string): HttpError => new HttpError(404, 'not-found', message);

/** Maps what the server throws to the HTTP status the contract promises. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof NotRegisteredError) return new HttpError(404, 'unknown-client', error.message);
  if (error instanceof CoapTimeoutError) return new HttpError(504, 'client-timeout', error.message);
  if (error instanceof CoapResetError) return new HttpError(502, 'client-reset', error.message);
  // Binding H: the client's HTTP server could not be reached (TS-Transport 1.2 §7 has no URL discovery).
  if (error instanceof HttpBindingError) return new HttpError(502, 'client-unreachable', `${error.message} (binding H: is the client's URL set with PUT /v1/http-clients/{ep}?)`);
  if (error instanceof CodecError || error instanceof InvalidPathError || error instanceof AttributeError) return badRequest(error.message);
  return new HttpError(500, 'internal', error instanceof Error ? error.message : String(error));
}
