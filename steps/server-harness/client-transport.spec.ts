/** The scripted client's transports: the binding letter follows the transport, and each endpoint (OSCORE over coap too) reaches the reference server. */
import { createReferenceServerTarget, ReferenceLwm2mServer } from '../../targets/reference/lwm2m/server';
import { runBroker, stopRunBroker } from '../support/run-broker';
import { bindingFor, learnsLocation, openClientEndpoint, versionFor, withTransportBinding, type ServerTransport } from './client-transport';
import { clientOscoreCredentials, freshOscoreMaterial } from './oscore-client';

describe('client transport', () => {
  it('writes T for U over TCP (TS-Core 1.2 §6.2.1.2) and leaves UDP alone', () => {
    expect(bindingFor('coap+tcp', 'U')).toBe('T');
    expect(bindingFor('coaps+tcp', 'UQ')).toBe('TQ');
    expect(bindingFor('coaps', 'U')).toBe('U');
    expect(withTransportBinding('coap+tcp', ['ep=a', 'b=U', 'Q'])).toEqual(['ep=a', 'b=T', 'Q']);
  });

  it('over MQTT: b=M, and lwm2m=1.2 (M is 1.2\'s, TS-Core 1.2 §6.2.1.2); the client learns no location', () => {
    expect(withTransportBinding('mqtt', ['ep=a', 'lwm2m=1.1', 'lt=60', 'b=U'])).toEqual(['ep=a', 'lwm2m=1.2', 'lt=60', 'b=M']);
    expect(withTransportBinding('mqtt', ['lwm2m=1.9'])).toEqual(['lwm2m=1.9']);
    expect(versionFor('mqtt', '1.1')).toBe('1.2');
    expect(versionFor('coap', '1.1')).toBe('1.1');
    expect([learnsLocation('mqtt'), learnsLocation('coaps+tcp')]).toEqual([false, true]);
  });


  it('over coap with OSCORE credentials: registers protected with the context provisioned at the reference server, and refuses unprotected requests', async () => {
    const server = await ReferenceLwm2mServer.start({ timeScale: 0.05 });
    const material = freshOscoreMaterial();
    server.security.set('ct-osc', { oscore: { masterSecret: material.masterSecret, masterSalt: material.masterSalt, senderId: material.clientRecipientId, recipientId: material.clientSenderId } });
    const client = await openClientEndpoint({ transport: 'coap', server: server.endpoint.local, timeScale: 0.05, credentials: clientOscoreCredentials(material) });
    const plain = await openClientEndpoint({ transport: 'coap', server: server.endpoint.local, timeScale: 0.05 });
    try {
      client.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: Buffer.from('x') }));
      const response = await client.request(server.endpoint.local, { method: 'POST', path: '/rd', query: ['ep=ct-osc', 'lwm2m=1.1'], contentFormat: 40, payload: Buffer.from('</3/0>') });
      expect(response.code).toBe('2.01');
      expect(server.registration('ct-osc')?.peer).toEqual(client.local);
      // A request without OSCORE to the client is refused with 4.01 (RFC 8613 §8.2).
      expect((await plain.request(client.local, { method: 'GET', path: '/3/0/0' })).code).toBe('4.01');
    } finally {
      await plain.close();
      await client.close();
      await server.close();
    }
  });

  const peerOf = (uri: string) => ({ address: new URL(uri).hostname, port: Number(new URL(uri).port) });

  it('over MQTT the reference server target subscribes at the given broker and the scripted endpoint registers through it', async () => {
    const broker = await runBroker();
    const target = createReferenceServerTarget({ timeScale: 0.05, listeners: [{ transport: 'coap' }], mqtt: { url: broker.url, protocolVersion: broker.protocolVersion } });
    try {
      const { uris } = await target.start();
      const uri = (uris as Record<string, string>)['mqtt']!;
      expect(uri).toBe(broker.url);
      const client = await openClientEndpoint({ transport: 'mqtt', server: peerOf(uri), timeScale: 0.05, endpointName: 'ct-mqtt' });
      try {
        const response = await client.request(peerOf(uri), { method: 'POST', path: '/rd', query: withTransportBinding('mqtt', ['ep=ct-mqtt', 'lwm2m=1.1', 'b=U']), contentFormat: 40, payload: Buffer.from('</3/0>') });
        expect(response.code).toBe('2.01');
      } finally {
        await client.close();
      }
      await expect(openClientEndpoint({ transport: 'mqtt', server: peerOf(uri), timeScale: 0.05 })).rejects.toThrow(/endpoint name/);
    } finally {
      await target.stop();
      await stopRunBroker();
    }
  }, 20_000);

  it('registers over every transport with a PSK where one is needed', async () => {
    const server = await ReferenceLwm2mServer.start({ timeScale: 0.05, listeners: [{ transport: 'coap' }, { transport: 'coaps' }, { transport: 'coap+tcp' }, { transport: 'coaps+tcp', tls: 'psk' }] });
    try {
      for (const transport of ['coap', 'coaps', 'coap+tcp', 'coaps+tcp'] as ServerTransport[]) {
        const ep = `ct-${transport}`;
        const psk = { identity: `id-${ep}`, key: Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex') };
        server.security.set(ep, { psk });
        const port = Number(/:(\d+)$/.exec(server.uris[transport]!)![1]);
        const secured = transport === 'coaps' || transport === 'coaps+tcp';
        if (secured) await expect(openClientEndpoint({ transport, server: { address: '127.0.0.1', port }, timeScale: 0.05 })).rejects.toThrow(/needs credentials/);
        if (!secured) server.security.delete(ep);
        const client = await openClientEndpoint({ transport, server: { address: '127.0.0.1', port }, timeScale: 0.05, credentials: secured ? { psk } : undefined });
        try {
          const response = await client.request({ address: '127.0.0.1', port }, { method: 'POST', path: '/rd', query: withTransportBinding(transport, [`ep=${ep}`, 'lwm2m=1.1', 'b=U']), contentFormat: 40, payload: Buffer.from('</3/0>') });
          expect(response.code).toBe('2.01');
          expect(server.registration(ep)).toMatchObject({ transport, binding: transport.endsWith('+tcp') ? 'T' : 'U' });
        } finally {
          await client.close();
        }
      }
    } finally {
      await server.close();
    }
  });
});
