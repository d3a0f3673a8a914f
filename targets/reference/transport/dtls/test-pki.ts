/**
 * Test certificates made on the spot with the `openssl` command (never downloaded): an own CA,
 * a P-256 server certificate for `server.example.com` (ETS int-402; int-403 connects to
 * `server-fail.example.com` with it), a client certificate whose CN is the endpoint name, and a
 * second, untrusted CA with a server certificate of its own, and an expired server.example.com
 * certificate from the own CA (RFC 5280 §4.1.2.5: notAfter in the past). Written once per process to
 * a temporary folder, removed at exit.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PemFiles {
  /** PEM text. */
  cert: string;
  key: string;
  /** The same, as files (for libcoap's -c / -j / -R). */
  certFile: string;
  keyFile: string;
}

export interface TestPki {
  dir: string;
  ca: PemFiles;
  /** CN and SAN server.example.com, signed by `ca`. */
  server: PemFiles;
  /** CN `testfest-client` (an LwM2M endpoint name), signed by `ca`. */
  client: PemFiles;
  /** An unrelated CA and a server.example.com certificate signed by it. */
  rogueCa: PemFiles;
  rogueServer: PemFiles;
  /** server.example.com signed by `ca`, expired a day before it was made (`-days -1`). */
  expiredServer: PemFiles;
}

export const SERVER_NAME = 'server.example.com';
export const WRONG_SERVER_NAME = 'server-fail.example.com';
export const CLIENT_NAME = 'testfest-client';

let cached: TestPki | undefined;

const openssl = (dir: string, args: string[]): void => {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
};

const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

function files(dir: string, name: string): PemFiles {
  const certFile = join(dir, `${name}.pem`);
  const keyFile = join(dir, `${name}.key`);
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8'), certFile, keyFile };
}

function makeCa(dir: string, name: string, cn: string): PemFiles {
  openssl(dir, ['req', '-x509', ...ecKey, '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2', '-subj', `/O=testfest/CN=${cn}`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  return files(dir, name);
}

/** RFC 5280 leaf: CN, SAN, EKU for its role. */
function makeLeaf(dir: string, name: string, ca: string, cn: string, role: 'serverAuth' | 'clientAuth', days = 2): PemFiles {
  const ext = join(dir, `${name}.ext`);
  const san = role === 'serverAuth' ? `subjectAltName=DNS:${cn}\n` : '';
  writeFileSync(ext, `${san}basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=${role}\n`);
  openssl(dir, ['req', ...ecKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/O=testfest/CN=${cn}`]);
  openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-days', String(days), '-out', `${name}.pem`, '-extfile', ext]);
  return files(dir, name);
}

/** The test PKI (made on first use; needs the `openssl` command). */
export function testPki(): TestPki {
  if (cached !== undefined) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'testfest-pki-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const ca = makeCa(dir, 'ca', 'testfest test CA');
  const rogueCa = makeCa(dir, 'rogue-ca', 'untrusted CA');
  cached = {
    dir,
    ca,
    server: makeLeaf(dir, 'server', 'ca', SERVER_NAME, 'serverAuth'),
    client: makeLeaf(dir, 'client', 'ca', CLIENT_NAME, 'clientAuth'),
    rogueCa,
    rogueServer: makeLeaf(dir, 'rogue-server', 'rogue-ca', SERVER_NAME, 'serverAuth'),
    expiredServer: makeLeaf(dir, 'expired-server', 'ca', SERVER_NAME, 'serverAuth', -1),
  };
  return cached;
}
