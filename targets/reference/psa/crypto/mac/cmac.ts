/**
 * AES-CMAC (NIST SP 800-38B, RFC 4493) over node:crypto's AES-ECB block function. Written here
 * because node:crypto has no CMAC and @noble/ciphers 1.x (the CommonJS line this project can load
 * under jest) has none either; the subkey derivation and last-block rule are RFC 4493 §2.3–§2.4, and
 * cmac.spec.ts checks the RFC 4493 §4 test vectors. Also gives CBC-MAC's raw block chaining.
 */
import { createCipheriv } from 'node:crypto';

const BLOCK = 16;
const RB = 0x87;

function aesEcb(key: Uint8Array): (block: Buffer) => Buffer {
  const name = `aes-${key.length * 8}-ecb`;
  return (block) => {
    const c = createCipheriv(name, key, null);
    c.setAutoPadding(false);
    return Buffer.concat([c.update(block), c.final()]);
  };
}

/** Doubling in GF(2^128) (RFC 4493 §2.3 "Generate_Subkey"). */
function double(b: Buffer): Buffer {
  const out = Buffer.alloc(BLOCK);
  for (let i = 0; i < BLOCK; i++) out[i] = ((b[i] << 1) | (i + 1 < BLOCK ? b[i + 1] >> 7 : 0)) & 0xff;
  if (b[0] & 0x80) out[BLOCK - 1] ^= RB;
  return out;
}

function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] ^ b[i];
  return out;
}

/** AES-CMAC(key, message), 16 bytes (RFC 4493 §2.4 "AES-CMAC"). */
export function aesCmac(key: Uint8Array, message: Uint8Array): Buffer {
  const encrypt = aesEcb(key);
  const k1 = double(encrypt(Buffer.alloc(BLOCK)));
  const k2 = double(k1);
  const m = Buffer.from(message);
  const n = Math.max(1, Math.ceil(m.length / BLOCK));
  const complete = m.length > 0 && m.length % BLOCK === 0;
  let last: Buffer = m.subarray((n - 1) * BLOCK);
  last = complete ? xor(last, k1) : xor(Buffer.concat([last, Buffer.from([0x80]), Buffer.alloc(BLOCK - last.length - 1)]), k2);
  let x: Buffer = Buffer.alloc(BLOCK);
  for (let i = 0; i < n - 1; i++) x = encrypt(xor(x, m.subarray(i * BLOCK, (i + 1) * BLOCK)));
  return encrypt(xor(x, last));
}

/** CBC-MAC: the last block of AES-CBC with a zero IV; the message must be whole blocks. */
export function aesCbcMac(key: Uint8Array, message: Uint8Array): Buffer | undefined {
  if (message.length === 0 || message.length % BLOCK !== 0) return undefined;
  const encrypt = aesEcb(key);
  let x: Buffer = Buffer.alloc(BLOCK);
  for (let i = 0; i < message.length; i += BLOCK) x = encrypt(xor(x, Buffer.from(message.subarray(i, i + BLOCK))));
  return x;
}
