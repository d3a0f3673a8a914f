import { hmacIak, uncompressedPoint } from './iak';
import { createHash } from 'node:crypto';
import { PsaAttestationSimulator } from './simulator';
import { verifyPsaToken } from './verifier';

const INVALID_ARGUMENT = -135;
const BUFFER_TOO_SMALL = -138;

describe('PsaAttestationSimulator', () => {
  it.each([32, 48, 64])('gives a verifiable token for a %i-byte challenge, of the reported size', async (n) => {
    const sim = new PsaAttestationSimulator();
    const challenge = Buffer.alloc(n, 0x2a);
    const size = await sim.psa_initial_attest_get_token_size(n);
    const { status, token } = await sim.psa_initial_attest_get_token(challenge, size.tokenSize);
    expect(status).toBe(0);
    expect(token.length).toBe(size.tokenSize);
    const key = await sim.verification_key();
    const instanceId = Buffer.concat([Buffer.from([1]), createHash('sha256').update(uncompressedPoint(key.jwk)).digest()]);
    expect(verifyPsaToken(token, { key, challenge, instanceId })).toMatchObject({ ok: true, profile: 'psa-tfm', alg: 'ES256' });
  });

  it('refuses other challenge sizes and small buffers', async () => {
    const sim = new PsaAttestationSimulator();
    for (const n of [0, 31, 33, 65]) {
      expect((await sim.psa_initial_attest_get_token_size(n)).status).toBe(INVALID_ARGUMENT);
      expect((await sim.psa_initial_attest_get_token(Buffer.alloc(n), 4096)).status).toBe(INVALID_ARGUMENT);
    }
    const { tokenSize } = await sim.psa_initial_attest_get_token_size(32);
    expect((await sim.psa_initial_attest_get_token(Buffer.alloc(32), tokenSize - 1)).status).toBe(BUFFER_TOO_SMALL);
    expect((await sim.psa_initial_attest_get_token(Buffer.alloc(32), 0)).status).toBe(BUFFER_TOO_SMALL);
  });

  it.each(['psa-2.0.0', 'psa-iot-1'] as const)('produces the %s profile when asked, with a Mac0 IAK', async (profile) => {
    const sim = new PsaAttestationSimulator({ profile, iak: hmacIak('HS256') });
    const challenge = Buffer.alloc(48, 9);
    const { token } = await sim.psa_initial_attest_get_token(challenge, 4096);
    expect(verifyPsaToken(token, { key: await sim.verification_key(), challenge })).toMatchObject({ ok: true, profile, envelope: 'COSE_Mac0' });
  });

  it('changes the boot seed at each boot only', async () => {
    const sim = new PsaAttestationSimulator();
    const seed = async () => {
      const r = verifyPsaToken((await sim.psa_initial_attest_get_token(Buffer.alloc(32), 4096)).token, { key: await sim.verification_key() });
      return r.ok ? (r.claims.get(268) as Buffer).toString('hex') : r.reason;
    };
    const first = await seed();
    expect(await seed()).toBe(first);
    sim.boot();
    expect(await seed()).not.toBe(first);
  });
});
