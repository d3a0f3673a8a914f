/**
 * The client side against real processes and sockets: a hung or dead implementation gives a clear
 * error within the bound and never hangs; a lacking function is PSA_ERROR_NOT_SUPPORTED in the
 * function's own result shape; TCP works like stdio.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PsaBridgeTargetDefinition } from '../../config/schema';
import type { PsaCryptoTarget } from '../../roles/psa-crypto';
import { psaBridgeBundle } from './bundle';
import { PsaBridgeError } from './errors';

const TSX = require.resolve('tsx/cjs');
const FAKE = join(__dirname, 'fixtures', 'fake-implementation.ts');
const workDir = mkdtempSync(join(tmpdir(), 'psa-bridge-spec-'));
const ctx = { timeScale: 1, workDir };
const AES_128 = { type: 0x2400, bits: 128, usage: 1, alg: 0, lifetime: 0, id: 0 };

function fake(mode: string, timeoutSeconds = 1): PsaBridgeTargetDefinition {
  return { kind: 'psa-bridge', transport: 'stdio', command: `${process.execPath} -r ${TSX} ${FAKE} ${mode}`, host: '127.0.0.1', timeoutSeconds, startupSeconds: 20, capabilities: { role: ['psa-crypto'] } };
}

async function crypto(def: PsaBridgeTargetDefinition): Promise<PsaCryptoTarget> {
  return psaBridgeBundle('spec', def, __dirname).createRole('psa-crypto', ctx);
}

async function rejection(p: Promise<unknown>): Promise<PsaBridgeError> {
  try {
    await p;
  } catch (e) {
    return e as PsaBridgeError;
  }
  throw new Error('expected a rejection');
}

describe('psa-bridge client', () => {
  it('turns a function the implementation lacks into PSA_ERROR_NOT_SUPPORTED shaped like the function result', async () => {
    const target = await crypto(fake('lacking'));
    expect(await target.psa_import_key(AES_128, new Uint8Array(16))).toEqual({ status: -134, key: 0 });
    expect(await target.psa_destroy_key(1)).toBe(-134);
    const exported = await target.psa_export_key(1, 16);
    expect(exported.status).toBe(-134);
    expect(exported.data).toHaveLength(0);
    expect(await target.psa_get_key_attributes(1)).toEqual({ status: -134, attributes: { type: 0, bits: 0, usage: 0, alg: 0, lifetime: 0, id: 0 } });
    await target.close();
  });

  it('gives up on a hung implementation within the call bound, stops it, and says so', async () => {
    const target = await crypto(fake('hang', 0.5));
    const started = Date.now();
    const e = await rejection(target.psa_crypto_init());
    expect(Date.now() - started).toBeLessThan(3000);
    expect(e).toBeInstanceOf(PsaBridgeError);
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/psa_crypto_init got no answer within 0\.5 s/);
    // The connection is closed: later calls fail at once instead of waiting again.
    expect((await rejection(target.psa_crypto_init())).kind).toBe('closed');
  });

  it('rejects pending calls when the implementation dies, with the tail of its stderr', async () => {
    const target = await crypto(fake('die'));
    const e = await rejection(target.psa_crypto_init());
    expect(e.kind).toBe('closed');
    expect(e.message).toMatch(/exited \(code 3\)/);
    expect(e.message).toMatch(/out of coffee/);
  });

  it('closes the connection on a malformed or oversize response', async () => {
    expect(await rejection((await crypto(fake('garbage'))).psa_crypto_init())).toMatchObject({ kind: 'protocol', message: expect.stringMatching(/malformed response: undecodable CBOR/) });
    expect(await rejection((await crypto(fake('oversize'))).psa_crypto_init())).toMatchObject({ kind: 'protocol', message: expect.stringMatching(/frame-too-large/) });
  });

  it('names the missing field of a bridge target in one line', () => {
    const def = { kind: 'psa-bridge', transport: 'stdio', host: '127.0.0.1', timeoutSeconds: 1, startupSeconds: 1 } as PsaBridgeTargetDefinition;
    expect(() => psaBridgeBundle('acme', def, __dirname)).toThrow('targets.acme.command: required for transport stdio');
    expect(() => psaBridgeBundle('acme', { ...def, transport: 'tcp' }, __dirname)).toThrow('targets.acme.port: required for transport tcp');
  });

  it('makes an implementation that cannot start Inconclusive, not a Fail', async () => {
    const def = { ...fake('x'), command: '/nonexistent/psa-implementation' };
    const e = await rejection(crypto(def));
    expect(e.name).toBe('InconclusiveError');
    expect(e.message).toMatch(/did not complete the hello/);
  });

  it('serves the reference simulator over TCP, with the manifest from the hello', async () => {
    // The server runs in its own process, as it would in use (the manifest probe is synchronous).
    const server = spawn(process.execPath, ['-r', TSX, join(__dirname, 'server', 'main.ts'), '--tcp', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        server.stdout.on('data', (d: Buffer) => {
          const m = /listening on tcp:\/\/127\.0\.0\.1:(\d+)/.exec(d.toString());
          if (m) resolve(Number(m[1]));
        });
        server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
      });
      const bundle = psaBridgeBundle('tcp', { kind: 'psa-bridge', transport: 'tcp', host: '127.0.0.1', port, timeoutSeconds: 5, startupSeconds: 10 }, __dirname);
      expect(bundle.capabilities.role).toContain('psa-crypto');
      const target = await bundle.createRole('psa-crypto', ctx);
      expect(await target.psa_crypto_init()).toBe(0);
      const { status, key } = await target.psa_import_key(AES_128, new Uint8Array(16).fill(7));
      expect(status).toBe(0);
      const exported = await target.psa_export_key(key, 16);
      expect(Buffer.from(exported.data).equals(Buffer.alloc(16, 7))).toBe(true);
      await target.close();
    } finally {
      server.kill();
    }
  });
});
