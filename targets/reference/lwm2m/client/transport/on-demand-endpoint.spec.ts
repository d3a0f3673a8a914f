/**
 * The on-demand account endpoint over a real coap+tcp connection: a failed opening rejects only that
 * request and the next one opens again; listeners installed before the opening see the traffic
 * (Connectivity Statistics, queue mode); requests from the server reach the handler; close() while
 * the opening is under way still releases what it made.
 */
import { createTcpClientEndpoint, createTcpServerEndpoint } from '../../../transport/coap-tcp';
import { resolveTiming } from '../../../transport/coap-udp/parameters';
import type { TranscriptEntry } from '../../../transport/coap-udp/types';
import { OnDemandEndpoint } from './on-demand-endpoint';

describe('OnDemandEndpoint', () => {
  it('opens on the first request, again after a failed opening, and forwards transcript and handler', async () => {
    const server = await createTcpServerEndpoint();
    server.onRequest(() => ({ code: '2.05', payload: Buffer.from('ok') }));
    let opened = 0;
    const endpoint = new OnDemandEndpoint(async () => {
      opened += 1;
      if (opened === 1) throw new Error('handshake refused');
      return { endpoint: await createTcpClientEndpoint({ peer: server.local }) };
    }, resolveTiming({}, 0.01));
    const seen: TranscriptEntry[] = [];
    endpoint.onTranscript((e) => seen.push(e));
    endpoint.onRequest(() => ({ code: '2.04' }));
    try {
      await expect(endpoint.request(server.local, { method: 'GET', path: '/a' })).rejects.toThrow('handshake refused');
      expect((await endpoint.request(server.local, { method: 'GET', path: '/a' })).code).toBe('2.05');
      expect(opened).toBe(2);
      expect(seen.some((e) => e.direction === 'out' && e.message?.code === '0.01')).toBe(true);
      const [clientPeer] = server.peers();
      expect((await server.request(clientPeer, { method: 'PUT', path: '/1/0/1' })).code).toBe('2.04');
    } finally {
      await endpoint.close();
      await server.close();
    }
    await expect(endpoint.request(server.local, { method: 'GET', path: '/a' })).rejects.toThrow(/closed/);
  });

  it('closes an endpoint whose opening finishes after close()', async () => {
    const server = await createTcpServerEndpoint();
    let inner: Awaited<ReturnType<typeof createTcpClientEndpoint>> | undefined;
    const endpoint = new OnDemandEndpoint(async () => {
      inner = await createTcpClientEndpoint({ peer: server.local });
      return { endpoint: inner };
    }, resolveTiming({}, 0.01));
    const pending = endpoint.request(server.local, { method: 'GET', path: '/a' });
    await endpoint.close();
    await expect(pending).rejects.toThrow(/closed while it was being made/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.peers()).toHaveLength(0);
    await server.close();
  });
});
