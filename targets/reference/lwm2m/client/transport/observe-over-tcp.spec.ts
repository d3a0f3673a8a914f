/**
 * Observe over coap+tcp (RFC 8323, RFC 7641): an Observe the server sends right after its 2.01 —
 * over TCP possibly in the same segment, so served before the Register's response is processed —
 * stays in force (the client voids observations when it sends a Register, TS-Core §6.4.1, not
 * when the 2.01 arrives), and pmax notifications follow with increasing Observe numbers, neither
 * acknowledged nor retransmitted (RFC 8323 §2: no ACK over a reliable transport).
 */
import { createTcpServerEndpoint } from '../../../transport/coap-tcp';
import { ReferenceLwm2mClient } from '../reference-client';
import { eventually, minimalServer, securedC1 } from './spec-support';

describe('Observe over coap+tcp', () => {
  it('an Observe right after the 2.01 notifies every pmax', async () => {
    const client = new ReferenceLwm2mClient();
    const endpoint = await createTcpServerEndpoint();
    try {
      const server = minimalServer(endpoint);
      const observes: number[] = [];
      endpoint.onUnmatchedResponse((r) => void (r.code === '2.05' && r.observe !== undefined && observes.push(r.observe)));
      const uri = `coap+tcp://127.0.0.1:${endpoint.local.port}`;
      await client.start({ endpoint: 'obs-ep', serverUri: uri, configuration: securedC1(uri, { mode: 'nosec' }), timeScale: 0.01 });
      const registration = await server.registered(3000);
      const first = await endpoint.request(registration.peer, { method: 'GET', path: '/3/0/0', query: ['pmax=5'], observe: 0 });
      expect([first.code, first.observe]).toEqual(['2.05', 0]);
      expect(await eventually(() => observes.length >= 3, 2000)).toBe(true);
      expect(observes.slice(0, 3)).toEqual([1, 2, 3]);
    } finally {
      await client.stop();
      await endpoint.close();
    }
  });
});
