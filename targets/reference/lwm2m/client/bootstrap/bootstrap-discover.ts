/**
 * Bootstrap-Discover (TS-Core §6.1.7.3; TS-Transport §6.4.2 `GET /` or `/o` with Accept 40): the
 * enabler version, then every Object Instance, with `ssid` and `uri` on the Security instances of
 * Server Accounts and `ssid` on Server instances; the Bootstrap-Server Account carries neither (ETS
 * int-0 expects `</0/1>` bare). An Object without instances is listed as `</o>`. E.g.
 *   `</>;lwm2m=1.1,</0/0>;ssid=1;uri="coap://…",</0/1>,</1/0>;ssid=1,</3/0>`
 */
import type { Lwm2mPath } from '../../codecs/types';
import { serializeLinkFormat, type Link } from '../../codecs/link-format';
import type { CoapResponseSpec } from '../../../transport/coap-udp/types';
import { pathDepth } from '../../model/path';
import { bootstrapAccountInstances, LINK_FORMAT, type BootstrapContext } from './bootstrap-context';

/** `path` undefined = `/`. */
export function handleBootstrapDiscover(ctx: BootstrapContext, path: Lwm2mPath | undefined): CoapResponseSpec {
  const { tree } = ctx;
  if (path !== undefined && pathDepth(path) > 1) return { code: '4.00' };
  const links: Link[] = [];
  if (path === undefined) links.push({ target: '/', params: { lwm2m: ctx.version } });
  const objectIds = path === undefined ? tree.objectIds() : [path.objectId];
  if (path !== undefined && !tree.objectIds().includes(path.objectId)) return { code: '4.04' };
  const bsAccounts = bootstrapAccountInstances(tree);
  for (const objectId of objectIds) {
    const instances = tree.instanceIds(objectId);
    if (instances.length === 0) links.push({ target: `/${objectId}`, params: {} });
    for (const instanceId of instances) links.push({ target: `/${objectId}/${instanceId}`, params: instanceParams(ctx, objectId, instanceId, bsAccounts) });
  }
  return { code: '2.05', contentFormat: LINK_FORMAT, payload: Buffer.from(serializeLinkFormat(links), 'utf8') };
}

function instanceParams(ctx: BootstrapContext, objectId: number, instanceId: number, bsAccounts: number[]): Link['params'] {
  const { tree } = ctx;
  if (objectId === 0 && !bsAccounts.includes(instanceId)) {
    const params: Link['params'] = {};
    const ssid = tree.resource(0, instanceId, 10);
    const uri = tree.resource(0, instanceId, 0);
    if (typeof ssid === 'number') params['ssid'] = String(ssid);
    if (typeof uri === 'string') params['uri'] = uri;
    return params;
  }
  if (objectId === 1) {
    const ssid = tree.resource(1, instanceId, 0);
    return typeof ssid === 'number' ? { ssid: String(ssid) } : {};
  }
  return {};
}
