/**
 * The server's side of the Device Management and Information Reporting interfaces (TS-Core §6.3,
 * §6.4): every operation becomes one request on the client's downlink queue (NSTART = 1, queue
 * mode), goes out from the socket the client registered to (clients ignore other sources,
 * TS-Transport §6.4.3), and comes back as a decoded DmResult.
 */
import { randomBytes } from 'node:crypto';
import type { Lwm2mPath, Lwm2mRecord, ModelLookup, ResourceValue } from '../../codecs/types';
import { formatPath } from '../../model/path';
import type { CoapRequestSpec, CoapResponse } from '../../../transport/coap-udp/types';
import type { DownlinkQueue, DownlinkRequest } from '../downlink/downlink';
import type { Observation, ObservationRegistry } from '../observe/observations';
import type { Registration } from '../registration-store';
import type { AttributeValue } from './attributes';
import { lwm2mPath, pathText, type PathLike } from './paths';
import * as build from './requests';
import { compositeResult, discoverResult, plainResult, readResult, type DmResult } from './results';

export class NotRegisteredError extends Error {
  override readonly name = 'NotRegisteredError';
  constructor(readonly endpoint: string) {
    super(`no registration for endpoint "${endpoint}"`);
  }
}

export interface ObserveResult extends DmResult {
  /** Set when the client accepted the observation (its 2.05 carried an Observe option). */
  observationId?: string;
}

export interface DmContext {
  model: ModelLookup;
  downlink: DownlinkQueue;
  observations: ObservationRegistry;
  registration(endpoint: string): Registration | undefined;
  /** Sends to the client on the transport and address it registered through (TS-Transport §6.4.3). */
  request(registration: Registration, spec: CoapRequestSpec): Promise<CoapResponse>;
}

const describe = (spec: CoapRequestSpec): string => `${spec.method} ${spec.path}${spec.query?.length ? `?${spec.query.join('&')}` : ''}`;

export class DeviceManagement {
  constructor(private readonly ctx: DmContext) {}

  read(endpoint: string, path: PathLike, accept?: number): DownlinkRequest<DmResult> {
    const target = lwm2mPath(path);
    return this.submit(endpoint, build.readRequest(path, accept), (r) => readResult(r, target, this.ctx.model));
  }

  discover(endpoint: string, path: PathLike, depth?: number): DownlinkRequest<DmResult> {
    lwm2mPath(path);
    return this.submit(endpoint, build.discoverRequest(path, depth), discoverResult);
  }

  write(endpoint: string, path: PathLike, content: ResourceValue | Lwm2mRecord[], options?: build.WriteOptions): DownlinkRequest<DmResult> {
    return this.submit(endpoint, build.writeRequest(path, content, this.ctx.model, options), plainResult);
  }

  writeAttributes(endpoint: string, path: PathLike, attributes: Readonly<Record<string, AttributeValue>>): DownlinkRequest<DmResult> {
    lwm2mPath(path);
    return this.submit(endpoint, build.writeAttributesRequest(path, attributes), plainResult);
  }

  execute(endpoint: string, path: PathLike, args?: string): DownlinkRequest<DmResult> {
    lwm2mPath(path);
    return this.submit(endpoint, build.executeRequest(path, args), plainResult);
  }

  create(endpoint: string, objectPath: PathLike, records: Lwm2mRecord[], contentFormat?: number): DownlinkRequest<DmResult> {
    return this.submit(endpoint, build.createRequest(objectPath, records, this.ctx.model, contentFormat), plainResult);
  }

  delete(endpoint: string, path: PathLike): DownlinkRequest<DmResult> {
    lwm2mPath(path);
    return this.submit(endpoint, build.deleteRequest(path), plainResult);
  }

  readComposite(endpoint: string, paths: readonly Lwm2mPath[], contentFormat?: number, accept?: number): DownlinkRequest<DmResult> {
    return this.submit(endpoint, build.readCompositeRequest(paths, contentFormat, accept), (r) => compositeResult(r, this.ctx.model));
  }

  writeComposite(endpoint: string, records: readonly Lwm2mRecord[], contentFormat?: number): DownlinkRequest<DmResult> {
    return this.submit(endpoint, build.writeCompositeRequest(records, this.ctx.model, contentFormat), plainResult);
  }

  observe(endpoint: string, path: PathLike, accept?: number): DownlinkRequest<ObserveResult> {
    const target = lwm2mPath(path);
    const spec = build.observeRequest(path, randomBytes(8), accept);
    return this.submit(endpoint, spec, (r) => this.established(endpoint, spec, 'single', [pathText(path)], r, readResult(r, target, this.ctx.model)));
  }

  observeComposite(endpoint: string, paths: readonly Lwm2mPath[], contentFormat?: number, accept?: number): DownlinkRequest<ObserveResult> {
    const spec = build.observeCompositeRequest(paths, randomBytes(8), contentFormat, accept);
    return this.submit(endpoint, spec, (r) => this.established(endpoint, spec, 'composite', paths.map(formatPath), r, compositeResult(r, this.ctx.model)));
  }

  /** Active cancel: the Observe request again with Observe 1 (RFC 7641 §3.6, TS-Core §6.4.3). */
  cancelObservation(observation: Observation): DownlinkRequest<DmResult> {
    const spec = build.cancelObserveRequest(observation.request);
    const decode = (r: CoapResponse): DmResult => {
      this.ctx.observations.end(observation, 'cancelled-active');
      return observation.kind === 'composite' ? compositeResult(r, this.ctx.model) : readResult(r, lwm2mPath(observation.paths[0]!), this.ctx.model);
    };
    return this.submit(observation.endpoint, spec, decode);
  }

  /** Passive cancel: forget the token; the next notification is answered with RST (RFC 7641 §3.6). */
  forgetObservation(observation: Observation): void {
    this.ctx.observations.end(observation, 'cancelled-passive');
  }

  /** Decodes one notification of `observation`. */
  decodeNotification(observation: Observation, response: CoapResponse): DmResult {
    return observation.kind === 'composite' ? compositeResult(response, this.ctx.model) : readResult(response, lwm2mPath(observation.paths[0]!), this.ctx.model);
  }

  /** Any request, through the client's downlink queue. */
  submit<T>(endpoint: string, spec: CoapRequestSpec, decode: (r: CoapResponse) => T): DownlinkRequest<T> {
    if (!this.ctx.registration(endpoint)) throw new NotRegisteredError(endpoint);
    const transmit = (): Promise<CoapResponse> => {
      const registration = this.ctx.registration(endpoint); // the address may have changed since (Update from a new port)
      return registration ? this.ctx.request(registration, spec) : Promise.reject(new NotRegisteredError(endpoint));
    };
    return this.ctx.downlink.submit(endpoint, describe(spec), transmit, decode);
  }

  private established(endpoint: string, spec: CoapRequestSpec, kind: Observation['kind'], paths: string[], response: CoapResponse, result: DmResult): ObserveResult {
    const registration = this.ctx.registration(endpoint);
    // RFC 7641 §3.1: only a 2.xx carrying Observe starts an observation; without it the client just read.
    if (!registration || !response.code.startsWith('2.') || response.observe === undefined) return result;
    const token = spec.token!;
    const observation: Observation = {
      id: token.toString('hex'),
      endpoint,
      registrationId: registration.id,
      peer: registration.peer,
      token,
      request: spec,
      kind,
      paths,
      createdAt: Date.now(),
      notifications: [],
      received: 0,
      lastObserve: response.observe,
      lastAt: Date.now(),
    };
    this.ctx.observations.add(observation);
    return { ...result, observationId: observation.id };
  }
}
