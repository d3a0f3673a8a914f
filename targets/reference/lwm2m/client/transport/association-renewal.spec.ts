/**
 * When the DTLS association ends (the server sent close_notify) or the TCP connection closes, the
 * client's next request makes a new one (RFC 6347, RFC 8323), and the client follows it with a
 * Registration Update so the server learns the new association or connection (server-link.ts,
 * TS-Transport §6.5) — here the next request is a Send (TS-Core 1.1 §6.4.6), not a registration message.
 */
import { createTcpServerEndpoint } from '../../../transport/coap-tcp';
import type { CoapEndpoint } from '../../../transport/coap-udp/types';
import { createDtlsServerEndpoint } from '../../../transport/dtls';
import { ReferenceLwm2mClient } from '../reference-client';
import { eventually, minimalServer, securedC1 } from './spec-support';

const TIME_SCALE = 0.05;
const KEY = Buffer.from('0123456789abcdef');

describe('a new DTLS association or TCP connection after the first', () => {
  const client = new ReferenceLwm2mClient();
  afterEach(() => client.stop());

  it('DTLS: is made by the next request (after close_notify) and followed by a Registration Update', async () => {
    const dm = await createDtlsServerEndpoint({ psk: (id) => (id === 'renew-ep' ? KEY : undefined), timeScale: TIME_SCALE });
    try {
      const server = minimalServer(dm);
      const paths: string[] = [];
      dm.onTranscript((entry) => entry.direction === 'in' && entry.message && paths.push(`${entry.message.code} ${entry.message.options.filter((o) => o.name === 'Uri-Path').map((o) => o.value.toString()).join('/')}`));
      const uri = `coaps://127.0.0.1:${dm.local.port}`;
      await client.start({ endpoint: 'renew-ep', serverUri: uri, configuration: securedC1(uri, { mode: 'psk', identity: 'renew-ep', key: KEY }, { 23: false }), timeScale: TIME_SCALE });
      const registration = await server.registered(5000);
      dm.dtls.closePeer(registration.peer);
      expect(await eventually(() => dm.dtls.sessionCount().connected === 0, 2000)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 50)); // the close_notify reaches the client
      paths.length = 0;
      await client.trigger('send', ['/3/0/0']);
      expect(await eventually(() => paths.includes('0.02 rd/1'), 3000)).toBe(true);
      expect(paths[0]).toBe('0.02 dp'); // the Send made the association; the Update followed it
      expect(dm.dtls.stats.handshakesCompleted).toBe(2);
      expect(client.diagnostics()).toMatch(/new coaps association with the server: sending a Registration Update/);
      expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
    } finally {
      await client.stop();
      await dm.close();
    }
  });

  it('a new TCP connection (the server restarted on its port) is followed by a Registration Update', async () => {
    const first = await createTcpServerEndpoint();
    const port = first.local.port;
    let second: CoapEndpoint | undefined;
    try {
      const server = minimalServer(first);
      const uri = `coap+tcp://127.0.0.1:${port}`;
      await client.start({ endpoint: 'renew-tcp', serverUri: uri, configuration: securedC1(uri, { mode: 'nosec' }, { 23: false }), timeScale: TIME_SCALE });
      await server.registered(5000);
      await new Promise((resolve) => setTimeout(resolve, 50)); // the 2.01 reaches the client
      await first.close();
      second = await createTcpServerEndpoint({ port });
      const paths: string[] = [];
      second.onTranscript((entry) => entry.direction === 'in' && entry.message && paths.push(`${entry.message.code} ${entry.message.options.filter((o) => o.name === 'Uri-Path').map((o) => o.value.toString()).join('/')}`));
      minimalServer(second);
      await new Promise((resolve) => setTimeout(resolve, 50)); // the client sees its connection end
      await client.trigger('send', ['/3/0/0']);
      expect(await eventually(() => paths.includes('0.02 rd/1'), 3000)).toBe(true);
      // Both wait for the new connection's CSM; the Update may go out first (as queue mode wants).
      expect(paths.filter((p) => !p.startsWith('7.')).sort()).toEqual(['0.02 dp', '0.02 rd/1']);
      expect(client.diagnostics()).toMatch(/new coap\+tcp connection with the server: sending a Registration Update/);
    } finally {
      await client.stop();
      await second?.close();
    }
  });
});
