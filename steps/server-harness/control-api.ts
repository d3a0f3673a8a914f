/**
 * The suite's client of a server's HTTP control API (docs/server-control-api.md). Every call and its
 * answer go into the evidence: one line in the transcript (so the timeline shows what the suite
 * asked the server to do, between the CoAP datagrams) and the full bodies under `control-api`.
 * A call that cannot reach the API at all is harness trouble (Inconclusive), never a Fail.
 */
import { InconclusiveError } from '../support/verdict';
import type { EvidenceSink } from '../harness/transcript-recorder';
import { TRANSCRIPT_SECTION } from '../harness/transcript-recorder';

export const CONTROL_API_SECTION = 'control-api';

// response bodies are JSON the steps inspect: loosely typed on purpose
export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

const brief = (text: string, max = 240): string => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

export class ControlApi {
  constructor(
    private readonly baseUrl: string,
    private readonly evidence: EvidenceSink,
  ) {}

  get<T = any>(path: string, timeoutMs?: number): Promise<ApiResponse<T>> {
    return this.call<T>('GET', path, undefined, timeoutMs);
  }

  post<T = any>(path: string, body: unknown, timeoutMs?: number): Promise<ApiResponse<T>> {
    return this.call<T>('POST', path, body, timeoutMs);
  }

  put<T = any>(path: string, body: unknown, timeoutMs?: number): Promise<ApiResponse<T>> {
    return this.call<T>('PUT', path, body, timeoutMs);
  }

  /** One call, bounded by `timeoutMs` (wall clock). */
  async call<T = any>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, timeoutMs = 30_000): Promise<ApiResponse<T>> {
    const text = body === undefined ? undefined : JSON.stringify(body);
    this.log(`${this.evidence.stamp()} Suite → control API ${method} ${path}${text ? ` ${brief(text)}` : ''}`, text);
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: text ? { 'content-type': 'application/json' } : {},
        body: text,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      throw new InconclusiveError(`control API ${method} ${path} at ${this.baseUrl} failed: ${(e as Error).message}`);
    }
    const raw = await response.text();
    let parsed: unknown;
    try {
      parsed = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      throw new InconclusiveError(`control API ${method} ${path} answered ${response.status} with a body that is not JSON: ${brief(raw)}`);
    }
    this.log(`${this.evidence.stamp()} control API → Suite ${response.status} ${brief(raw)}`, raw);
    return { status: response.status, body: parsed as T };
  }

  private log(line: string, full: string | undefined): void {
    this.evidence.line(TRANSCRIPT_SECTION, line);
    this.evidence.line(CONTROL_API_SECTION, full !== undefined && full.length > 240 ? `${line.split(' ').slice(0, 6).join(' ')}\n${full}` : line);
  }
}
