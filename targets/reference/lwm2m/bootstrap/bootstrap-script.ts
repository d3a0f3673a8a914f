/**
 * The reference Bootstrap-Server's side of one Client Initiated Bootstrap, after it answered the
 * Bootstrap-Request 2.04 (TS-Core §6.1.3.3; the order Wakaama's bootstrap server uses too): delete
 * everything the client may hold (`DELETE /`), write each Object, discover what the client now holds
 * (`GET /` Accept 40, kept for the log), and finish (`POST /bs`). A step answered with an error ends
 * the script; so does a Finish answered 4.06.
 */
import type { CoapEndpoint, CoapRequestSpec, PeerAddress } from '../../transport/coap-udp/types';
import type { ModelLookup } from '../codecs/types';
import { objectWrites, type BootstrapInformation } from './bootstrap-information';

export interface ScriptOutcome {
  ok: boolean;
  /** The Bootstrap-Discover answer (link format), when it was read. */
  discovered?: string;
  /** What went wrong, e.g. `Bootstrap-Finish answered 4.06`. */
  problem?: string;
  steps: string[];
}

const EXPECTED: Record<string, string> = { DELETE: '2.02', PUT: '2.04', GET: '2.05', POST: '2.04' };

export async function runBootstrapScript(coap: CoapEndpoint, client: PeerAddress, info: BootstrapInformation, model: ModelLookup): Promise<ScriptOutcome> {
  const steps: string[] = [];
  let discovered: string | undefined;
  const requests: Array<{ name: string; spec: CoapRequestSpec }> = [];
  if (info.deleteFirst !== false) requests.push({ name: 'Bootstrap-Delete /', spec: { method: 'DELETE', path: '/' } });
  for (const w of objectWrites(info, model)) {
    requests.push({ name: `Bootstrap-Write /${w.objectId}`, spec: { method: 'PUT', path: `/${w.objectId}`, contentFormat: w.contentFormat, payload: w.payload } });
  }
  requests.push({ name: 'Bootstrap-Discover /', spec: { method: 'GET', path: '/', accept: 40 } });
  requests.push({ name: 'Bootstrap-Finish', spec: { method: 'POST', path: '/bs' } });
  for (const { name, spec } of requests) {
    let code: string;
    try {
      const response = await coap.request(client, spec);
      code = response.code;
      if (spec.method === 'GET' && code === '2.05') discovered = response.payload.toString('utf8');
    } catch (e) {
      return { ok: false, problem: `${name}: ${(e as Error).message}`, steps, discovered };
    }
    steps.push(`${name} → ${code}`);
    if (code !== EXPECTED[spec.method]) return { ok: false, problem: `${name} answered ${code}`, steps, discovered };
  }
  return { ok: true, steps, discovered };
}
