/**
 * Everything the client keeps per LwM2M Server it is registered to (TS-Core §6.3, §6.4): the DM
 * request handling on behalf of that server, that server's attributes and observations (per-server,
 * TS-Core §7.3 and ETS int-951), and its Send channel (`/dp`).
 *
 * The client (reference-client.ts) creates one session per server account and routes each request
 * from that server's address to its session; the object tree is shared by all sessions.
 */
import type { ContentCodec, Lwm2mPath, ModelLookup } from '../codecs/types';
import { codecFor } from '../codecs/registry';
import { Obj } from '../model/ids.generated';
import type { CoapEndpoint, CoapResponseSpec, IncomingRequest, PeerAddress } from '../../transport/coap-udp/types';
import { AttributeStore } from './attributes/attribute-store';
import type { ServerDefaults } from './attributes/effective';
import { ContentFormat } from './content-format';
import type { DmContext, ExecuteAction } from './dm-context';
import { handleDmRequest } from './dm-handler';
import type { ClientFaults } from './faults';
import { tlvWithWrongLengthBits } from './faulty-tlv';
import type { ObjectTree } from './object-tree';
import { ObserveService } from './observe/observe-service';
import { joinSimulatedSensors } from './observe/simulated-sensors';
import type { RegistrationEngine } from './registration-engine';
import { sendPaths, startSend } from './send/send-operation';
import { serverBinding, serverNumber, type ServerAccount } from './server-account';

/** TS-Core §6.2.1: the lifetime a client registers with when /1/x/1 is absent. */
export const DEFAULT_LIFETIME_S = 86400;

export interface ServerSessionOptions {
  tree: ObjectTree;
  model: ModelLookup;
  account: ServerAccount;
  /** The client's one CoAP endpoint (requests to the server go out from it). */
  coap: CoapEndpoint;
  server: PeerAddress;
  engine: RegistrationEngine;
  executables: ReadonlyMap<string, ExecuteAction>;
  faults: ClientFaults;
  timeScale: number;
  log(line: string): void;
}

export interface ServerSession {
  readonly account: ServerAccount;
  readonly server: PeerAddress;
  /** Serves one DM/IR request from this server; undefined = stay silent. */
  handle(req: IncomingRequest): CoapResponseSpec | undefined | Promise<CoapResponseSpec | undefined>;
  /** A (re-)Register is going out: TS-Core §6.4.1, every observation of this server is void. */
  registering(): void;
  /** An operator-side trigger (e.g. `send`: a Send of the configured data, TS-Core §6.4.6). */
  trigger(action: string, detail?: unknown): Promise<void>;
  close(): void;
}

/** The codecs the client speaks, with the broken target's TLV fault when asked for. */
function clientCodecs(faults: ClientFaults): (cf: number) => ContentCodec | undefined {
  if (!faults.tlvWrongLengthBits) return codecFor;
  return (cf) => (codecFor(cf)?.contentFormat === ContentFormat.Tlv ? tlvWithWrongLengthBits : codecFor(cf));
}

export function createServerSession(o: ServerSessionOptions): ServerSession {
  const dm: DmContext = { tree: o.tree, model: o.model, codecFor: clientCodecs(o.faults), executables: o.executables };
  const attributes = new AttributeStore();
  const optional = (resourceId: number) => {
    const v = o.tree.resource(Obj.Server.id, o.account.serverInstanceId, resourceId);
    return typeof v === 'number' ? v : undefined;
  };
  const defaults = (): ServerDefaults => ({ pmin: optional(Obj.Server.DefaultMinimumPeriod), pmax: optional(Obj.Server.DefaultMaximumPeriod) });
  const observe = new ObserveService({ dm, attributes, defaults, coap: o.coap, server: o.server, timeScale: o.timeScale, ignorePmin: o.faults.ignorePmin, log: o.log });
  const stopWatching = o.tree.onChange((path) => observe.changed(path));
  const leaveSensors = joinSimulatedSensors(o.tree, o.timeScale);

  /** TS-Core §6.2.2: a changed lifetime or binding goes to the server in an Update right away. */
  const afterWrite = (changed: Lwm2mPath[], lifetimeBefore: unknown) => {
    const mine = (p: Lwm2mPath, resourceId: number) =>
      p.objectId === Obj.Server.id && p.instanceId === o.account.serverInstanceId && p.resourceId === resourceId;
    if (changed.some((p) => mine(p, Obj.Server.Lifetime))) {
      if (o.faults.ignoreLifetimeWrite) {
        o.tree.setResource(Obj.Server.id, o.account.serverInstanceId, Obj.Server.Lifetime, lifetimeBefore as number);
      } else {
        const lifetime = serverNumber(o.tree, o.account, Obj.Server.Lifetime, DEFAULT_LIFETIME_S);
        setImmediate(() => o.engine.lifetimeChanged(lifetime)); // after the 2.04 is sent
      }
    }
    if (changed.some((p) => mine(p, Obj.Server.Binding))) {
      const binding = serverBinding(o.tree, o.account);
      setImmediate(() => o.engine.bindingChanged(binding));
    }
  };

  return {
    account: o.account,
    server: o.server,
    handle(req) {
      const lifetimeBefore = o.tree.resource(Obj.Server.id, o.account.serverInstanceId, Obj.Server.Lifetime);
      return handleDmRequest(dm, req, { afterWrite: (changed) => afterWrite(changed, lifetimeBefore), attributes, defaults, observe });
    },
    registering() {
      observe.clear();
    },
    async trigger(action, detail) {
      if (action !== 'send') throw new Error(`the reference client has no trigger "${action}"`);
      startSend({ dm, account: o.account, coap: o.coap, server: o.server, log: o.log }, sendPaths(detail));
    },
    close() {
      observe.close();
      stopWatching();
      leaveSensors();
    },
  };
}
