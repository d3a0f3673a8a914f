import { hex, toHex } from '../test-support';
import * as S from './spake2p';

// The SPAKE2+ specification's test vector "SPAKE2+-P256-SHA256-HKDF-SHA256" (draft-bar-cfrg-spake2plus /
// RFC 9383 Appendix C), context 'SPAKE2+-P256-SHA256-HKDF-SHA256 Test Vectors', ids 'client' / 'server'.
const V = {
  w0: 'f8648104ede0eb4bf1f762d3f7022bf7d49a8b0911e47375d793830432d77be7',
  w1: '927194a92342775ece50539994adc34563f75a3223de6299727e482a914c5f53',
  L: '0429e83599be728c68d272985ffa4dbee8f11236cb90d9b8cac5141a528ef2947e70228df615c2629193f4b9f696b8271661ba6551959a843dbfc619aaa3c2f417',
  x: '08ed1260208254587a9516338c581a418789204aecddbb5e93d7eaf53ddd099f',
  shareP: '04b7f125df138ca0e39ab4be631fe4699523d3f1fff17a087775058d163f075a45c53b2b4f6430b1dd62b81e8eda730faa542323c5fc90766d853d491a66cea9cf',
  y: '4160af9ca14b36e4810c021a3bc6151c71d09bcb29eb2c37ce24ab3585bf128a',
  shareV: '042f259b8b8afb60be6c6ed0a21dcdbb91b9ee794c169eb93c34973dc117f1c675b075e07a9f72a41e932a884db5b32a603ce8263259ba19438fe0789fd6e31cc4',
  Z: '04361c13f083f8a4ee9ad179e13e1d1f7b707533860adde64c3b4a6c8cc5fe5a648ebd56d17a6e600340e611d56da34b364ec75457c40b9d4936025fa4db059132',
  V: '04db83d6b9c5908cf3904b7fba6590bd6b34c4ba3f807507a62a14f4c1f6af2c2cfd8a8eb07220d7c52e6fe5729a48e0e4b3823785a8109400409c8de61957349e',
  confirmP: '3ffb4826923e29226d107b55621fd04d3ab1a958e8dc7d44dc18c987d1a751f1',
  confirmV: 'ca7b2c49670d32ae92d65d29fe734d0def731e3984a7f5162181a26784eb2901',
  shared: '2c3824544f8cd7e17e721900245c3afb8f82812b2db202f275dc4276ec6e184c',
};

describe('SPAKE2+ P-256 / SHA-256 / HKDF / HMAC (specification test vector)', () => {
  const w0 = S.scalar(hex(V.w0));
  const w1 = S.scalar(hex(V.w1));

  it('computes L, both shares and both sides\' Z and V', () => {
    expect(toHex(S.registration(w1))).toBe(V.L);
    expect(toHex(S.proverShare(S.scalar(hex(V.x)), w0))).toBe(V.shareP);
    expect(toHex(S.verifierShare(S.scalar(hex(V.y)), w0))).toBe(V.shareV);
    const prover = S.proverSecrets(S.scalar(hex(V.x)), w0, w1, S.decode(hex(V.shareV))!);
    const verifier = S.verifierSecrets(S.scalar(hex(V.y)), w0, S.decode(hex(V.L))!, S.decode(hex(V.shareP))!);
    expect([toHex(prover.Z), toHex(prover.V)]).toEqual([V.Z, V.V]);
    expect([toHex(verifier.Z), toHex(verifier.V)]).toEqual([V.Z, V.V]);
  });

  it('derives the confirmation MACs and K_shared from the transcript', () => {
    const tt = S.transcript({
      context: Buffer.from('SPAKE2+-P256-SHA256-HKDF-SHA256 Test Vectors'),
      idProver: Buffer.from('client'),
      idVerifier: Buffer.from('server'),
      shareP: hex(V.shareP),
      shareV: hex(V.shareV),
      Z: hex(V.Z),
      V: hex(V.V),
      w0,
    });
    expect(tt.subarray(0, 8).toString('hex')).toBe('2c00000000000000');
    const keys = S.keySchedule(tt, 'sha256', false, hex(V.shareP), hex(V.shareV));
    expect(toHex(keys.confirmP)).toBe(V.confirmP);
    expect(toHex(keys.confirmV)).toBe(V.confirmV);
    expect(toHex(keys.shared)).toBe(V.shared);
  });
});
