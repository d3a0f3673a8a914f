/**
 * JSON views of results, observations, notifications, sends and queued requests (the response
 * bodies of docs/server-control-api.md). Payloads travel as base64; decoded content beside them.
 */
import type { DmResult } from '../dm/results';
import type { ObserveResult } from '../dm/device-management';
import type { DownlinkRequest } from '../downlink/downlink';
import type { Notification, Observation } from '../observe/observations';
import type { ReceivedSend } from '../send/send-handler';
import { toJsonRecords } from './json-values';

export function dmResultJson(result: DmResult | ObserveResult, requestId?: string): Record<string, unknown> {
  return {
    ...(requestId !== undefined ? { requestId } : {}),
    code: result.code,
    ...(result.contentFormat !== undefined ? { contentFormat: result.contentFormat } : {}),
    payload: result.payload.toString('base64'),
    ...(result.records ? { records: toJsonRecords(result.records) } : {}),
    ...(result.links ? { links: result.links } : {}),
    ...(result.decodeError !== undefined ? { decodeError: result.decodeError } : {}),
    ...(result.locationPath ? { locationPath: result.locationPath } : {}),
    ...('observationId' in result && result.observationId !== undefined ? { observationId: result.observationId } : {}),
  };
}

export function requestJson(request: DownlinkRequest): Record<string, unknown> {
  return {
    requestId: request.id,
    endpoint: request.endpoint,
    request: request.description,
    state: request.state,
    queuedAt: request.queuedAt,
    ...(request.sentAt !== undefined ? { sentAt: request.sentAt } : {}),
    ...(request.doneAt !== undefined ? { doneAt: request.doneAt } : {}),
    ...(request.state === 'done' && request.value ? { result: dmResultJson(request.value as DmResult) } : {}),
    ...(request.error ? { error: request.error.message } : {}),
  };
}

export function notificationJson(n: Notification): Record<string, unknown> {
  return { at: n.at, type: n.type, ...(n.observe !== undefined ? { observe: n.observe } : {}), ...dmResultJson(n) };
}

export function observationJson(o: Observation, withNotifications = false): Record<string, unknown> {
  return {
    observationId: o.id,
    endpoint: o.endpoint,
    registrationId: o.registrationId,
    kind: o.kind,
    paths: o.paths,
    createdAt: o.createdAt,
    received: o.received,
    active: o.ended === undefined,
    ...(o.ended ? { endedAt: o.ended.at, endReason: o.ended.reason } : {}),
    ...(withNotifications ? { notifications: o.notifications.map(notificationJson) } : {}),
  };
}

export function sendJson(s: ReceivedSend): Record<string, unknown> {
  return { at: s.at, contentFormat: s.contentFormat, payload: s.payload.toString('base64'), records: toJsonRecords(s.records) };
}
