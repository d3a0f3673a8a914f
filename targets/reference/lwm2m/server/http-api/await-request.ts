/**
 * How the control API waits for a downlink request (docs/server-control-api.md "Waiting"): a request
 * held for a sleeping queue-mode client is answered at once with 409 and its id (the client decides
 * when it goes out, TS-Transport §6.5); any other request is awaited, bounded by `timeoutMs`, after
 * which the answer is 504 with the id so the caller can poll `GET /v1/requests/{id}`.
 */
import type { DownlinkRequest } from '../downlink/downlink';
import { HttpError, toHttpError } from './errors';

/** Default and largest wait of one control API call, in wall-clock ms. */
export const DEFAULT_WAIT_MS = 60_000;
export const MAX_WAIT_MS = 600_000;

export async function awaitRequest<T>(request: DownlinkRequest<T>, awake: boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
  if (request.state === 'queued' && !awake) {
    throw new HttpError(409, 'client-sleeping', `the client "${request.endpoint}" is in queue mode and asleep: the request is queued until its next Update`, { requestId: request.id, state: 'queued' });
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(504, 'wait-timeout', `no result within ${timeoutMs} ms; poll GET /v1/requests/${request.id}`, { requestId: request.id, state: request.state })), Math.min(timeoutMs, MAX_WAIT_MS));
  });
  try {
    return await Promise.race([request.result, timeout]);
  } catch (error) {
    const http = toHttpError(error);
    if (http.details['requestId'] === undefined) http.details['requestId'] = request.id;
    throw http;
  } finally {
    clearTimeout(timer);
  }
}
