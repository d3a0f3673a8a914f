/**
 * The Firmware Update object (/5/0) of a power-on, when the configuration provisions it (ETS C.8):
 * its state machine, the requests it answers itself, and the downloader for pull delivery. Limits
 * come from the device settings (`settings.firmware`), defaults otherwise.
 */
import type { ObjectModel } from '../../model/object-model';
import { codecFor } from '../../codecs/registry';
import type { UdpCoapEndpoint } from '../../../transport/coap-udp/endpoint';
import { FirmwareRequests } from '../firmware/firmware-requests';
import { FirmwareUpdate } from '../firmware/firmware-update';
import { downloadPackage } from '../firmware/package-download';
import { DEFAULT_LIMITS, type DeviceLimits } from '../firmware/package-sink';
import type { ObjectTree } from '../object-tree';
import type { ReferenceClientSettings } from './settings';

export interface FirmwareParts {
  update: FirmwareUpdate;
  requests: FirmwareRequests;
  close(): void;
}

export interface FirmwarePartsOptions {
  coap: UdpCoapEndpoint;
  tree: ObjectTree;
  model: ObjectModel;
  settings: ReferenceClientSettings;
  timeScale: number;
  log(line: string): void;
}

export function openFirmware(o: FirmwarePartsOptions): FirmwareParts | undefined {
  if (!o.tree.hasInstance(5, 0)) return undefined;
  const limits: DeviceLimits = { ...DEFAULT_LIMITS, ...o.settings.firmware };
  const update = new FirmwareUpdate({
    tree: o.tree,
    limits,
    timeScale: o.timeScale,
    // EXCHANGE_LIFETIME bounds an HTTP download that stalls, as it bounds a CoAP exchange.
    download: (uri, sink, signal) => downloadPackage(o.coap, uri, sink, signal, o.coap.timing.exchangeLifetimeMs),
    log: (line) => o.log(`[firmware] ${line}`),
  });
  const requests = new FirmwareRequests(update, { model: o.model, codecFor, storageBytes: limits.storageBytes });
  return { update, requests, close: () => update.close() };
}
