/** Shared by the client's unit specs: a C.1 tree and a fake incoming request. */
import type { IncomingRequest } from '../../transport/coap-udp/types';
import { codecFor } from '../codecs/registry';
import { C1 } from '../configurations';
import { defaultModel } from '../model/object-model';
import { executableKey, type DmContext, type ExecuteAction } from './dm-context';
import { ObjectTree } from './object-tree';

export function c1Context(executables: Array<[number, number, ExecuteAction]> = []): DmContext {
  const model = defaultModel();
  return {
    tree: ObjectTree.fromConfiguration(C1, model),
    model,
    codecFor,
    executables: new Map(executables.map(([o, r, a]) => [executableKey(o, r), a])),
  };
}

export function incoming(method: IncomingRequest['method'], path: string, extra: Partial<IncomingRequest> = {}): IncomingRequest {
  const pathSegments = path === '/' ? [] : path.slice(1).split('/');
  return {
    method,
    path,
    pathSegments,
    query: [],
    payload: Buffer.alloc(0),
    peer: { address: '127.0.0.1', port: 5683 },
    message: { type: 'CON', code: '0.01', messageId: 1, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) },
    ...extra,
  };
}
