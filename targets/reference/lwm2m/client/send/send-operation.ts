/**
 * Send (TS-Core 1.2 §6.4.6; TS-Transport §6.4.5): the client POSTs values to `/dp` on its own — here
 * when the operator triggers it (`trigger('send', paths?)`, ETS int-306, int-307, int-311). The
 * payload is SenML CBOR (Content-Format 112) naming every value absolutely, and only Objects the
 * client registered (never /0, /21, /23). Mute Send (/1/x/23) true — or absent, TS-Core App. E.2
 * "If true or the Resource is not present, the Send operation is disabled" — sends nothing (int-307).
 * The trigger returns once the request is on its way; the server's answer lands in the diagnostics.
 */
import { isCompositeCodec } from '../../codecs/composite';
import type { Lwm2mPath } from '../../codecs/types';
import { formatPath, parsePath } from '../../model/path';
import { Obj } from '../../model/ids.generated';
import type { CoapEndpoint, PeerAddress } from '../../../transport/coap-udp/types';
import { compositeRecords } from '../composite/composite-records';
import { ContentFormat } from '../content-format';
import type { DmContext } from '../dm-context';
import type { ServerAccount } from '../server-account';

/** What a Send reports when the trigger names nothing: the Device Object Instance. */
export const DEFAULT_SEND_PATHS: readonly string[] = ['/3/0'];

export interface SendOptions {
  dm: DmContext;
  account: ServerAccount;
  coap: CoapEndpoint;
  server: PeerAddress;
  log(line: string): void;
}

/** `detail` of the trigger: a path, a list of paths, or nothing. */
export function sendPaths(detail: unknown): Lwm2mPath[] {
  const list = detail === undefined ? DEFAULT_SEND_PATHS : Array.isArray(detail) ? detail : [detail];
  return list.map((p) => {
    if (typeof p !== 'string') throw new TypeError(`send: ${JSON.stringify(p)} is not a path such as "/3/0"`);
    return parsePath(p);
  });
}

export function isSendMuted(o: Pick<SendOptions, 'dm' | 'account'>): boolean {
  return o.dm.tree.resource(Obj.Server.id, o.account.serverInstanceId, Obj.Server.MuteSend) !== false;
}

/** Starts a Send of the values under `paths`; false when muted or when there is nothing to send. */
export function startSend(o: SendOptions, paths: readonly Lwm2mPath[]): boolean {
  if (isSendMuted(o)) {
    o.log(`Send of ${paths.map(formatPath).join(', ')} not sent: Mute Send /1/${o.account.serverInstanceId}/23 is not false`);
    return false;
  }
  const codec = o.dm.codecFor(ContentFormat.SenmlCbor);
  if (!isCompositeCodec(codec)) throw new Error('Send needs the SenML CBOR codec');
  const records = compositeRecords(o.dm, paths);
  if (records.length === 0) {
    o.log(`Send of ${paths.map(formatPath).join(', ')}: nothing readable there`);
    return false;
  }
  const payload = codec.encodeComposite(records, o.dm.model);
  o.coap.request(o.server, { method: 'POST', path: '/dp', contentFormat: ContentFormat.SenmlCbor, payload }).then(
    (res) => o.log(`Send answered ${res.code}`),
    (e: Error) => o.log(`Send failed: ${e.message}`),
  );
  return true;
}
