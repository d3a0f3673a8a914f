/**
 * The security values of one Security Object Instance (TS-Core App. E.1) as a transport needs them:
 * /0/x/2 Security Mode picks PSK (0), Certificate (2) or NoSec (3); RPK (1) and EST (4) are not
 * offered (OpenSSL 3.0 has no RFC 7250 raw public keys; no EST client). PSK: /0/x/3 identity, /0/x/5
 * key. Certificate: /0/x/3 client certificate (DER), /0/x/5 private key (DER PKCS#8), /0/x/4 Server
 * Public Key (a DER certificate), /0/x/15 Certificate Usage (1.1, default 3 "domain-issued").
 * OpenSSL and node:tls take PEM, so DER is converted here (PEM given as bytes passes through).
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { Obj } from '../../model/ids.generated';
import type { ObjectTree } from '../object-tree';
import { UnusableAccountError } from './link-endpoint';

/** RFC 6698 §2.1.1 usages as TS-Core App. E.1 /0/x/15 names them. */
export type CertificateUsage = 0 | 1 | 2 | 3;

export type AccountSecurity =
  | { mode: 'nosec' }
  | { mode: 'psk'; identity: string; key: Buffer }
  | {
      mode: 'certificate';
      /** PEM. */
      cert: string;
      key: string;
      /** PEM of /0/x/4: the trust anchor (usage 0, 2) or the server's own certificate (usage 1, 3). */
      serverCert: string;
      usage: CertificateUsage;
    };

const MODES: Record<number, string> = { 0: 'PSK', 1: 'RPK', 2: 'Certificate', 3: 'NoSec', 4: 'Certificate mode with EST' };

export function accountSecurity(tree: ObjectTree, securityInstanceId: number): AccountSecurity {
  const value = (resourceId: number) => tree.resource(Obj.Security.id, securityInstanceId, resourceId);
  const mode = value(Obj.Security.SecurityMode);
  const where = `/0/${securityInstanceId}`;
  const bytes = (resourceId: number, what: string): Buffer => {
    const v = value(resourceId);
    if (Buffer.isBuffer(v) && v.length > 0) return v;
    if (typeof v === 'string' && v !== '') return Buffer.from(v, 'utf8');
    throw new UnusableAccountError(`${where}: Security Mode ${MODES[mode as number]} needs ${what} in ${where}/${resourceId}`);
  };
  switch (mode) {
    case undefined:
    case 3:
      return { mode: 'nosec' };
    case 0:
      return { mode: 'psk', identity: bytes(Obj.Security.PublicKeyOrIdentity, 'the PSK identity').toString('utf8'), key: bytes(Obj.Security.SecretKey, 'the PSK key') };
    case 2: {
      const server = bytes(Obj.Security.ServerPublicKey, 'the server certificate');
      const usage = value(Obj.Security.CertificateUsage);
      return {
        mode: 'certificate',
        cert: certificatePem(bytes(Obj.Security.PublicKeyOrIdentity, 'the client certificate'), `${where}/3`),
        key: privateKeyPem(bytes(Obj.Security.SecretKey, 'the private key'), `${where}/5`),
        serverCert: certificatePem(server, `${where}/4`),
        usage: usage === 0 || usage === 1 || usage === 2 ? usage : 3,
      };
    }
    case 1:
      throw new UnusableAccountError(`${where}: Security Mode RPK: RPK is not offered: OpenSSL 3.0 lacks RFC 7250`);
    case 4:
      throw new UnusableAccountError(`${where}: Security Mode Certificate with EST is not offered (no EST client)`);
    default:
      throw new UnusableAccountError(`${where}: unknown Security Mode ${String(mode)}`);
  }
}

const isPem = (b: Buffer): boolean => b.subarray(0, 11).toString('latin1') === '-----BEGIN ';

function certificatePem(b: Buffer, where: string): string {
  try {
    return new X509Certificate(b).toString();
  } catch (e) {
    throw new UnusableAccountError(`${where} is not an X.509 certificate: ${(e as Error).message}`);
  }
}

function privateKeyPem(b: Buffer, where: string): string {
  try {
    const key = isPem(b) ? createPrivateKey(b) : createPrivateKey({ key: b, format: 'der', type: 'pkcs8' });
    return key.export({ format: 'pem', type: 'pkcs8' }) as string;
  } catch (e) {
    throw new UnusableAccountError(`${where} is not a PKCS#8 private key: ${(e as Error).message}`);
  }
}
