/**
 * The reference client bootstraps from the reference Bootstrap-Server over loopback and then
 * registers to the reference LwM2M Server the bootstrap pointed it at (TS-Core §6.1.3.3, ETS int-0 and
 * int-12 end to end), and the Bootstrap-Server refuses what it must refuse.
 */
import type { ConfigInstance } from '../../../roles/lwm2m-client';
import { createUdpEndpoint } from '../../transport/coap-udp/endpoint';
import { createReferenceClient } from '../client';
import { withSettings } from '../client/runtime/settings';
import { C1, C13, withBootstrapServerUri } from '../configurations';
import { startReferenceServer, type ReferenceLwm2mServer } from '../server';
import { serverAccountInformation, startReferenceBootstrapServer, type BootstrapInformation, type ReferenceBootstrapServer } from './index';

const TIME_SCALE = 0.05;

/** C.1's Server Account (/0/0 and /1/0), pointing at `uri`. */
function serverAccount(uri: string): ConfigInstance[] {
  return C1.instances
    .filter((i) => i.objectId === 0 || i.objectId === 1)
    .map((i) => (i.objectId === 0 ? { ...i, resources: { ...i.resources, 0: uri } } : i));
}

describe('reference Bootstrap-Server ↔ reference client', () => {
  let server: ReferenceLwm2mServer;
  let bootstrap: ReferenceBootstrapServer;
  let information: (ep: string) => BootstrapInformation | undefined;
  const client = createReferenceClient();

  beforeEach(async () => {
    server = await startReferenceServer({ timeScale: TIME_SCALE });
    information = () => ({ instances: serverAccount(server.uri) });
    bootstrap = await startReferenceBootstrapServer({ timeScale: TIME_SCALE, configurationFor: (ep) => information(ep) });
  });
  afterEach(async () => {
    await client.stop();
    await bootstrap.close();
    await server.close();
  });

  it('provisions a C.13 client by Bootstrap-Request, which then registers to the provisioned server', async () => {
    const bootstrapped = bootstrap.next('bootstrapped', 'bs-1');
    const registered = server.next('registered', 'bs-1');
    const configuration = withBootstrapServerUri(C13, bootstrap.uri);
    await client.start({ endpoint: 'bs-1', serverUri: server.uri, configuration, timeScale: TIME_SCALE });
    const event = await bootstrapped;
    expect(event.kind).toBe('request');
    expect(event.outcome?.steps).toEqual(['Bootstrap-Delete / → 2.02', 'Bootstrap-Write /0 → 2.04', 'Bootstrap-Write /1 → 2.04', 'Bootstrap-Discover / → 2.05', 'Bootstrap-Finish → 2.04']);
    expect(event.outcome?.discovered).toBe(`</>;lwm2m="1.1",</0/0>;ssid=1;uri="${server.uri}",</0/1>,</1/0>;ssid=1,</3/0>`);
    expect((await registered).objectLinks).toBe('</1/0>,</3/0>');
  });

  it('provisions a 1.2 client by Bootstrap-Pack-Request (SenML CBOR pack)', async () => {
    const bootstrapped = bootstrap.next('bootstrapped', 'bs-2');
    const registered = server.next('registered', 'bs-2');
    const configuration = withSettings(withBootstrapServerUri(C13, bootstrap.uri), { lwm2mVersion: '1.2', bootstrapPack: true });
    await client.start({ endpoint: 'bs-2', serverUri: server.uri, configuration, timeScale: TIME_SCALE });
    expect((await bootstrapped).kind).toBe('pack');
    expect((await registered).endpoint).toBe('bs-2');
  });

  it('reports a Finish answered 4.06 when the information holds no Server Account (ETS int-9)', async () => {
    information = () => ({ instances: [{ objectId: 1, instanceId: 0, resources: { 5: 86400 } }] });
    const failed = bootstrap.next('failed', 'bs-3');
    await client.start({ endpoint: 'bs-3', serverUri: server.uri, configuration: withBootstrapServerUri(C13, bootstrap.uri), timeScale: TIME_SCALE });
    expect((await failed).outcome?.problem).toBe('Bootstrap-Finish answered 4.06');
  });

  it('answers 4.00 to an endpoint it has no information for, and 4.05 to a GET /bs', async () => {
    information = () => undefined;
    const probe = await createUdpEndpoint({ timeScale: TIME_SCALE });
    try {
      expect((await probe.request(bootstrap.local, { method: 'POST', path: '/bs', query: ['ep=nobody'] })).code).toBe('4.00');
      expect((await probe.request(bootstrap.local, { method: 'GET', path: '/bs', query: ['ep=nobody'] })).code).toBe('4.05');
    } finally {
      await probe.close();
    }
  });
});

describe('serverAccountInformation', () => {
  it('is one NoSec Server Account with the C.1 defaults', () => {
    expect(serverAccountInformation('coap://127.0.0.1:5683', { lifetime: 60 }).instances).toEqual([
      { objectId: 0, instanceId: 0, resources: { 0: 'coap://127.0.0.1:5683', 1: false, 2: 3, 10: 1 } },
      { objectId: 1, instanceId: 0, resources: { 0: 1, 1: 60, 6: false, 7: 'U' } },
    ]);
  });
});
