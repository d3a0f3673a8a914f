/**
 * Shared set-up for the coap-tcp specs: endpoints closed after each test, a throw-away test PKI made
 * with the openssl CLI, and the libcoap example binaries as real peers. Not used by production code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTcpClientEndpoint, type TcpClientEndpointOptions } from './client';
import { createTcpServerEndpoint, type TcpServerEndpointOptions } from './server';
import type { TcpCoapEndpoint } from './endpoint';
export { record, waitFor } from '../coap-udp/spec-support';

/** Registers an afterEach that closes every endpoint the factories created. */
export function useTcpEndpoints(): {
  server(options?: TcpServerEndpointOptions): Promise<TcpCoapEndpoint>;
  client(options: TcpClientEndpointOptions): Promise<TcpCoapEndpoint>;
  track<T extends { close(): unknown }>(thing: T): T;
} {
  const open: { close(): unknown }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  const track = <T extends { close(): unknown }>(thing: T): T => (open.push(thing), thing);
  return {
    server: async (options = {}) => track(await createTcpServerEndpoint({ csmTimeoutMs: 2000, requestTimeoutMs: 3000, ...options })),
    client: async (options) => track(await createTcpClientEndpoint({ csmTimeoutMs: 2000, requestTimeoutMs: 3000, ...options })),
    track,
  };
}



export interface TestPki {
  dir: string;
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** A second CA that signed nothing we use: for "untrusted" cases. */
  otherCa: string;
  /** Paths, for command-line peers. */
  paths: { ca: string; serverCert: string; serverKey: string; clientCert: string; clientKey: string };
  remove(): void;
}

/** True when the openssl CLI is on PATH. */
export const hasOpenssl = (): boolean => spawnSync('openssl', ['version']).status === 0;

/**
 * A CA, a `server.example.com` certificate (also valid for 127.0.0.1) and a client certificate,
 * all P-256, made with the openssl CLI in a temporary folder. Never downloaded.
 */
export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'coap-tcp-pki-'));
  const p = (name: string): string => join(dir, name);
  const ssl = (...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ca = (name: string): void => {
    ssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', p(`${name}.key`));
    ssl('req', '-x509', '-new', '-key', p(`${name}.key`), '-subj', `/CN=testfest ${name}`, '-days', '2', '-out', p(`${name}.pem`),
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  };
  const leaf = (name: string, cn: string, ext: string): void => {
    ssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', p(`${name}.key`));
    ssl('req', '-new', '-key', p(`${name}.key`), '-subj', `/CN=${cn}`, '-out', p(`${name}.csr`));
    writeFileSync(p(`${name}.ext`), ext);
    ssl('x509', '-req', '-in', p(`${name}.csr`), '-CA', p('ca.pem'), '-CAkey', p('ca.key'), '-CAcreateserial', '-days', '2', '-extfile', p(`${name}.ext`), '-out', p(`${name}.pem`));
  };
  ca('ca');
  ca('other-ca');
  leaf('server', 'server.example.com', 'subjectAltName=DNS:server.example.com,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  leaf('client', 'client.example.com', 'extendedKeyUsage=clientAuth\n');
  const read = (name: string): string => readFileSync(p(name), 'utf8');
  return {
    dir,
    ca: read('ca.pem'),
    otherCa: read('other-ca.pem'),
    serverCert: read('server.pem'),
    serverKey: read('server.key'),
    clientCert: read('client.pem'),
    clientKey: read('client.key'),
    paths: { ca: p('ca.pem'), serverCert: p('server.pem'), serverKey: p('server.key'), clientCert: p('client.pem'), clientKey: p('client.key') },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** True when `bin` runs. */
export function hasBinary(bin: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
}

/**
 * `it` when the real peer is installed; under CI=true a missing peer FAILS the test (the CI
 * script installs libcoap3-bin); locally the test is skipped with a message saying what to install.
 */
export function itWithPeer(bin: string): jest.It {
  if (hasBinary(bin)) return it;
  if (process.env.CI === 'true') {
    return ((name: string) => it(name, () => {
      throw new Error(`${bin} is not installed (apt-get install -y libcoap3-bin); required under CI=true`);
    })) as unknown as jest.It;
  }
  console.warn(`skipping tests that need ${bin}: apt-get install -y libcoap3-bin`);
  return it.skip;
}

/**
 * The test PKI for a describe block: made once before its tests, removed after. Without the openssl
 * CLI it is an error under CI and otherwise an error only for the tests that ask for it.
 */
export function useTestPki(): () => TestPki {
  let pki: TestPki | undefined;
  beforeAll(() => {
    if (!hasOpenssl()) {
      if (process.env.CI === 'true') throw new Error('the openssl CLI is needed to make the test PKI (apt-get install -y openssl)');
      return;
    }
    pki = makeTestPki();
  });
  afterAll(() => pki?.remove());
  return () => {
    if (pki === undefined) throw new Error('no test PKI: the openssl CLI is missing');
    return pki;
  };
}
