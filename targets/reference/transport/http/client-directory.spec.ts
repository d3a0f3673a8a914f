import { ClientDirectory } from './client-directory';

const A = { address: '127.0.0.1', port: 50001 };
const B = { address: '127.0.0.2', port: 50002 };
const urls: Record<string, string> = { node1: 'http://127.0.0.1:7001', node2: 'https://[::1]:7002' };

describe('ClientDirectory: which client an HTTP request is from (TS-Transport 1.2 §7.1.3, §7.1.5)', () => {
  const directory = () => new ClientDirectory((ep) => urls[ep]);

  it('Register: ep from the query; the peer is the client HTTP server, with its scheme', () => {
    const d = directory();
    expect(d.attribute(['rd'], ['ep=node1', 'lt=60'], 'c1', A)).toEqual({ peer: { address: '127.0.0.1', port: 7001 }, endpointName: 'node1' });
    expect(d.attribute(['bs'], ['ep=node2'], 'c2', B)).toEqual({ peer: { address: '::1', port: 7002 }, endpointName: 'node2' });
    expect(d.originOf({ address: '::1', port: 7002 })).toBe('https://[::1]:7002');
    expect(d.originOf({ address: '127.0.0.9', port: 1 })).toBeUndefined();
  });

  it('Update / De-register: the location handed out; after De-register it is unknown', () => {
    const d = directory();
    d.attribute(['rd'], ['ep=node1'], 'c1', A);
    d.located(['rd', '7'], 'node1');
    expect(d.attribute(['rd', '7'], ['lt=90'], 'c9', B).endpointName).toBe('node1');
    d.removed(['rd', '7']);
    expect(d.attribute(['rd', '7'], [], 'c10', B)).toEqual({ peer: B });
  });

  it('Send: by connection, then by certificate name, then by the only client at that address', () => {
    const d = directory();
    d.attribute(['rd'], ['ep=node1'], 'c1', A);
    d.attribute(['rd'], ['ep=node2'], 'c2', B);
    expect(d.attribute(['dp'], [], 'c1', A).endpointName).toBe('node1');
    expect(d.attribute(['dp'], [], 'c3', B, 'node2').endpointName).toBe('node2');
    d.connectionClosed('c1');
    expect(d.attribute(['dp'], [], 'c4', { address: '127.0.0.1', port: 50009 }).endpointName).toBe('node1');
  });

  it('two clients at one address: a Send on a new connection stays unattributed (source address kept)', () => {
    const d = directory();
    d.attribute(['rd'], ['ep=node1'], 'c1', A);
    d.attribute(['rd'], ['ep=node3'], 'c2', { address: '127.0.0.1', port: 50003 });
    expect(d.attribute(['dp'], [], 'c5', { address: '127.0.0.1', port: 50005 })).toEqual({ peer: { address: '127.0.0.1', port: 50005 } });
  });

  it('an endpoint without a known URL keeps the source address', () => {
    expect(directory().attribute(['rd'], ['ep=stranger'], 'c1', A)).toEqual({ peer: A, endpointName: 'stranger' });
  });
});
