/** Option parsing of `testfest serve server|bootstrap|client`: transports, PSKs, certificates, clear errors. */
import { X509Certificate } from 'node:crypto';
import { testPki } from '../../targets/reference/transport/dtls/test-pki';
import { UsageError } from '../errors';
import { accountCredentials, endpointPskOption, httpClientOption, listenPlan, pskOption, transportsOption, uriScheme, type ListenFlags } from './serve-options';

const flags = (extra: Partial<ListenFlags>): ListenFlags => ({ address: '127.0.0.1', port: '0', securePort: '0', transport: 'coap', ...extra });

describe('serve options', () => {
  it('parses transport lists and refuses unknown or repeated ones', () => {
    expect(transportsOption('coap, coaps,coaps+tcp')).toEqual(['coap', 'coaps', 'coaps+tcp']);
    expect(() => transportsOption('coap,udp')).toThrow(/unknown transport "udp"/);
    expect(() => transportsOption('coap,coap')).toThrow(/twice/);
    expect(() => transportsOption(',')).toThrow(UsageError);
  });

  it('takes http (binding H) with ep=url client URLs, and keeps it off coap+tcp\'s TCP port', () => {
    expect(listenPlan(flags({ transport: 'coap,http' })).listeners.map((l) => l.transport)).toEqual(['coap', 'http']);
    expect(() => listenPlan(flags({ transport: 'http,coap+tcp', port: '5683' }))).toThrow(/both listen on TCP --port/);
    expect(httpClientOption('node-1=http://127.0.0.1:8080/')).toEqual({ endpoint: 'node-1', url: 'http://127.0.0.1:8080' });
    expect(() => httpClientOption('http://127.0.0.1:8080')).toThrow(/--http-client must be ep=/);
    expect(() => httpClientOption('node-1=https://127.0.0.1:8080')).toThrow(UsageError);
    expect(() => httpClientOption('node-1=http://127.0.0.1:8080/rd')).toThrow(/base URL/);
  });

  it('parses ep:identity:hexkey with %3A escapes, and identity:hexkey', () => {
    expect(endpointPskOption('urn%3Aimei%3A1:id-1:00ff')).toEqual({ endpoint: 'urn:imei:1', identity: 'id-1', key: Buffer.from('00ff', 'hex') });
    expect(() => endpointPskOption('urn:imei:1:id:00')).toThrow(/ep:identity:hexkey, with %3A/);
    expect(() => endpointPskOption('ep:id:0')).toThrow(/1\.\.64 bytes of hex/);
    expect(() => endpointPskOption(`ep:id:${'00'.repeat(65)}`)).toThrow(/1\.\.64 bytes/);
    expect(pskOption('--psk', 'my%3Aid:0102')).toEqual({ identity: 'my:id', key: Buffer.from('0102', 'hex') });
    expect(() => pskOption('--psk', 'nokey')).toThrow(/identity:hexkey/);
  });

  it('names the scheme of a server URI', () => {
    expect(uriScheme('--server', 'coaps+tcp://127.0.0.1:5684')).toBe('coaps+tcp');
    expect(() => uriScheme('--server', 'http://x')).toThrow(/--server must be a coap/);
  });

  it('plans listeners on the coap and coaps ports, with the store entries', () => {
    const plan = listenPlan(flags({ transport: 'coap,coaps,coap+tcp,coaps+tcp', port: '5683', securePort: '5684', psk: ['ep1:id1:0011'] }));
    expect(plan.listeners.map((l) => `${l.transport}:${l.port}`)).toEqual(['coap:5683', 'coaps:5684', 'coap+tcp:5683', 'coaps+tcp:5684']);
    expect(plan.listeners[3]).toMatchObject({ tls: 'psk' });
    expect(plan.security).toEqual([['ep1', { psk: { identity: 'id1', key: Buffer.from('0011', 'hex') } }]]);
    expect(() => listenPlan(flags({ psk: ['ep1:id1:00'] }))).toThrow(/need a secured transport/);
    expect(() => listenPlan(flags({ transport: 'coaps', psk: ['a:id:00', 'b:id:01'] }))).toThrow(/given twice/);
    expect(() => listenPlan(flags({ transport: 'coaps', x509: ['ep'] }))).toThrow(/need --cert, --key and --ca/);
    expect(() => listenPlan(flags({ transport: 'coaps', cert: '/nonexistent.pem' }))).toThrow(/--cert and --key go together/);
  });

  it('plans OSCORE store entries from --oscore ep:senderId:recipientId:secret[:salt] (server view) on coap only', () => {
    const plan = listenPlan(flags({ transport: 'coap', oscore: ['urn%3Aimei%3A1:01:02:00112233445566778899aabbccddeeff:9e7ca92223786340', 'ep2::03:0011'] }));
    expect(plan.security).toEqual([
      ['urn:imei:1', { oscore: { senderId: Buffer.from('01', 'hex'), recipientId: Buffer.from('02', 'hex'), masterSecret: Buffer.from('00112233445566778899aabbccddeeff', 'hex'), masterSalt: Buffer.from('9e7ca92223786340', 'hex') } }],
      ['ep2', { oscore: { senderId: Buffer.alloc(0), recipientId: Buffer.from('03', 'hex'), masterSecret: Buffer.from('0011', 'hex') } }],
    ]);
    expect(() => listenPlan(flags({ transport: 'coaps', oscore: ['ep:01:02:0011'] }))).toThrow(/needs the coap transport/);
    expect(() => listenPlan(flags({ transport: 'coap', oscore: ['ep:01:02'] }))).toThrow(/must be ep:senderIdHex/);
    expect(() => listenPlan(flags({ transport: 'coap', oscore: ['ep:01:01:0011'] }))).toThrow(/must differ/);
    expect(() => listenPlan(flags({ transport: 'coap', oscore: ['ep:01:02:'] }))).toThrow(/Master Secret must be non-empty/);
    expect(() => listenPlan(flags({ transport: 'coap', oscore: ['a:01:02:0011', 'b:05:02:0011'] }))).toThrow(/given twice/);
  });

  it('reads the server certificate files, and coaps+tcp then uses certificates', () => {
    const pki = testPki();
    const plan = listenPlan(flags({ transport: 'coaps,coaps+tcp', cert: pki.server.certFile, key: pki.server.keyFile, ca: pki.ca.certFile, x509: ['testfest-client'] }));
    expect(plan.credentials).toMatchObject({ cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert });
    expect(plan.listeners[1]).toMatchObject({ transport: 'coaps+tcp', tls: 'certificate' });
    expect(plan.security).toEqual([['testfest-client', { x509: true }]]);
    expect(() => listenPlan(flags({ transport: 'coaps', cert: pki.server.keyFile, key: pki.server.keyFile }))).toThrow(/not a PEM certificate/);
  });

  it('turns client flags into Security Object credentials (TS-Core App. E.1)', () => {
    expect(accountCredentials('--server', 'coap://127.0.0.1:5683', {})).toEqual({ mode: 'nosec' });
    expect(accountCredentials('--server', 'coaps://127.0.0.1:5684', { psk: 'id:00ff' })).toEqual({ mode: 'psk', identity: 'id', key: Buffer.from('00ff', 'hex') });
    expect(() => accountCredentials('--server', 'coaps://127.0.0.1:5684', {})).toThrow(/is secured: give --psk/);
    expect(() => accountCredentials('--server', 'coap://127.0.0.1:5683', { psk: 'id:00' })).toThrow(/need a coaps/);
    const pki = testPki();
    const cert = accountCredentials('--server', 'coaps://server.example.com:5684', { cert: pki.client.certFile, key: pki.client.keyFile, ca: pki.ca.certFile });
    expect(cert).toMatchObject({ mode: 'certificate', certificateUsage: 2 });
    if (cert.mode !== 'certificate') throw new Error('unreachable');
    expect(new X509Certificate(cert.certificate).subject).toContain('CN=testfest-client');
    expect(cert.serverPublicKey).toEqual(new X509Certificate(pki.ca.cert).raw);
    expect(() => accountCredentials('--server', 'coaps://h:1', { cert: pki.client.certFile, key: pki.client.keyFile })).toThrow(/exactly one of --ca/);
    expect(() => accountCredentials('--server', 'coaps://h:1', { psk: 'a:00', cert: pki.client.certFile })).toThrow(/not both/);
  });
});
