/**
 * What the object cases (ETS int-651..2001) remember within a scenario: every request the Server sent,
 * filed under the ETS procedure step it belongs to ("1.", "2.", ...), so that a criterion can say "in
 * step 2 the Server receives 2.05 Content" exactly as the ETS words it.
 */
import type { CoapMethod, CoapRequestSpec } from '../../targets/reference/transport/coap-udp/types';
import type { Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { clientUnderTest, exchange, serverOf, type DmExchange } from '../harness/client-under-test';
import { scenarioState, type TestfestWorld } from '../support/world';

export interface StepRequest {
  step: number;
  /** What was asked, e.g. `Read /4/0`. */
  description: string;
  spec: CoapRequestSpec;
  exchange: DmExchange;
  /** For Writes and Creates: the records the payload carries (the values "written in step N"). */
  written?: Lwm2mRecord[];
}

export interface ObjectsState {
  requests: StepRequest[];
  /** int-651 precondition: the writable Resources of /3/0 as they were before the case. */
  savedInitial?: Lwm2mRecord[];
}

export function objectsState(world: TestfestWorld): ObjectsState {
  return scenarioState(world, 'lwm2m:objects', () => ({ requests: [] }));
}

/** Sends one request of ETS step `step` to the registered Client and files it. */
export async function sendStep(
  world: TestfestWorld,
  step: number,
  description: string,
  method: CoapMethod,
  path: string,
  options: Omit<CoapRequestSpec, 'method' | 'path'> = {},
  written?: Lwm2mRecord[],
): Promise<StepRequest> {
  const session = clientUnderTest(world);
  const server = serverOf(session);
  const spec: CoapRequestSpec = { method, path, ...options };
  const x = await exchange(session, description, () => server.request(method, path, options));
  const request: StepRequest = { step, description, spec, exchange: x, written };
  objectsState(world).requests.push(request);
  return request;
}

/** The requests of one step; a step the feature never ran is a feature error, not a verdict. */
export function requestsOf(world: TestfestWorld, step: number): StepRequest[] {
  const found = objectsState(world).requests.filter((r) => r.step === step);
  if (found.length === 0) throw new Error(`feature error: step ${step} sent no request`);
  return found;
}

/** The one request of a step that has exactly one. */
export function requestOf(world: TestfestWorld, step: number): StepRequest {
  const found = requestsOf(world, step);
  if (found.length !== 1) throw new Error(`feature error: step ${step} sent ${found.length} requests, the criterion expects one`);
  return found[0]!;
}
