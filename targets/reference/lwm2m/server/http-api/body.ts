/**
 * Reading a JSON request body with a size bound, and small typed field accessors that answer 400
 * with the field's name.
 */
import type { IncomingMessage } from 'node:http';
import { badRequest, HttpError } from './errors';

export const MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'body-too-large', `request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw badRequest(`request body is not JSON: ${(e as Error).message}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('request body must be a JSON object');
  return body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  if (typeof v !== 'string' || v === '') throw badRequest(`"${name}" must be a non-empty string`);
  return v;
}

export function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  return body[name] === undefined ? undefined : stringField(body, name);
}

export function optionalInteger(body: Record<string, unknown>, name: string, min = 0, max = 65535): number | undefined {
  const v = body[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw badRequest(`"${name}" must be an integer in ${min}..${max}`);
  return v;
}

export function stringArray(body: Record<string, unknown>, name: string): string[] {
  const v = body[name];
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string')) throw badRequest(`"${name}" must be a non-empty array of strings`);
  return v as string[];
}
