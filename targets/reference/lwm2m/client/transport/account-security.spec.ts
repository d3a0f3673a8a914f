/**
 * Reading an account's Security Object values (TS-Core App. E.1): PSK identity/key, certificate
 * credentials converted from DER to the PEM OpenSSL takes, Certificate Usage default 3, and the
 * modes the client does not offer (RPK, EST) or cannot use (missing values) refused with a reason.
 */
import { X509Certificate } from 'node:crypto';
import { defaultModel } from '../../model/object-model';
import { testPki } from '../../../transport/dtls/test-pki';
import { ObjectTree } from '../object-tree';
import { accountSecurity } from './account-security';
import { securedC1 } from './spec-support';

const treeOf = (configuration: ReturnType<typeof securedC1>) => ObjectTree.fromConfiguration(configuration, defaultModel());

describe('accountSecurity', () => {
  it('PSK: identity as UTF-8 text, key as bytes', () => {
    const key = Buffer.from([0, 1, 2, 250]);
    expect(accountSecurity(treeOf(securedC1('coaps://h', { mode: 'psk', identity: 'ïd', key })), 0)).toEqual({ mode: 'psk', identity: 'ïd', key });
  });

  it('certificate: DER → PEM, usage defaults to 3 (domain-issued)', () => {
    const pki = testPki();
    const s = accountSecurity(treeOf(securedC1('coaps://h', { mode: 'certificate', certPem: pki.client.cert, keyPem: pki.client.key, serverCertPem: pki.ca.cert })), 0);
    if (s.mode !== 'certificate') throw new Error(s.mode);
    expect(new X509Certificate(s.cert).subject).toContain('CN=testfest-client');
    expect(s.key).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(new X509Certificate(s.serverCert).raw.equals(new X509Certificate(pki.ca.cert).raw)).toBe(true);
    expect(s.usage).toBe(3);
  });

  it('refuses RPK, EST, and PSK without a key, saying why', () => {
    const configuration = securedC1('coaps://h', { mode: 'nosec' });
    const tree = treeOf(configuration);
    tree.setResource(0, 0, 2, 1);
    expect(() => accountSecurity(tree, 0)).toThrow('RPK is not offered: OpenSSL 3.0 lacks RFC 7250');
    tree.setResource(0, 0, 2, 4);
    expect(() => accountSecurity(tree, 0)).toThrow(/EST is not offered/);
    tree.setResource(0, 0, 2, 0);
    expect(() => accountSecurity(tree, 0)).toThrow('needs the PSK identity in /0/0/3');
  });
});
