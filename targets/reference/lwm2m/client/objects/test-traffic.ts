/** Shared by the object behaviours' specs: a traffic source the spec feeds by hand, and trees. */
import type { ClientConfiguration } from '../../../../roles/lwm2m-client';
import { configurationByName } from '../../configurations';
import { defaultModel } from '../../model/object-model';
import type { CoapMessage, TranscriptEntry } from '../../../transport/coap-udp/types';
import { ObjectTree } from '../object-tree';
import type { TrafficSource } from './traffic';

export class FakeTraffic implements TrafficSource {
  private readonly listeners = new Set<(entry: TranscriptEntry) => void>();

  onTranscript(listener: (entry: TranscriptEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** One datagram of `bytes` CoAP bytes; a GET request on `path` when given. */
  datagram(direction: 'in' | 'out', bytes: number, path?: string, extra: Partial<TranscriptEntry> = {}): void {
    const message: CoapMessage | undefined = path
      ? {
          type: 'CON',
          code: '0.01',
          messageId: 1,
          token: Buffer.alloc(0),
          options: path.slice(1).split('/').map((s) => ({ name: 'Uri-Path', value: Buffer.from(s) })),
          payload: Buffer.alloc(0),
        }
      : undefined;
    const entry: TranscriptEntry = { time: Date.now(), direction, peer: { address: '127.0.0.1', port: 5683 }, raw: Buffer.alloc(bytes), message, ...extra };
    for (const l of this.listeners) l(entry);
  }
}

export function treeOf(name: string): ObjectTree {
  return ObjectTree.fromConfiguration(configurationByName(name) as ClientConfiguration, defaultModel());
}
