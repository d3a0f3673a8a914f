/**
 * Both shipped implementations speak docs/psa-bridge-protocol.md the same way at the byte level: the
 * reference server (TypeScript) and the Mbed TLS shim (C, built here). Each exchange writes raw
 * frames to the implementation's stdin, closes it, and reads every frame it answered.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildMbedtlsShim } from '../../mbedtls/build';
import { decodeMessage, encodeMessage } from './cbor';
import { encodeFrame, FrameReader } from './frame';

const IMPLEMENTATIONS: Array<[string, () => string[]]> = [
  ['reference server (TypeScript)', () => [process.execPath, '-r', require.resolve('tsx/cjs'), join(__dirname, 'server', 'main.ts')]],
  ['Mbed TLS shim (C)', () => [buildMbedtlsShim()]],
];

const frame = (message: unknown) => encodeFrame(encodeMessage(message));
const HELLO = frame({ v: 1, id: 1, fn: 'hello', args: [{ versions: [1], client: 'conformance' }] });
const OPEN = frame({ v: 1, id: 2, fn: 'open', role: 'psa-crypto', args: [{}] });
const call = (id: number, fn: string, args: unknown[], session = 1) => frame({ v: 1, id, fn, role: 'psa-crypto', session, args });

describe.each(IMPLEMENTATIONS)('%s', (_name, command) => {
  let argv: string[];
  beforeAll(() => {
    argv = command();
  }, 300_000);

  function exchange(...frames: Buffer[]): { responses: Array<Record<string, any>>; code: number | null } {
    const [file, ...args] = argv;
    const r = spawnSync(file!, args, { input: Buffer.concat(frames), timeout: 20_000 });
    return { responses: new FrameReader(1 << 24).push(r.stdout).map((f) => decodeMessage(f) as Record<string, any>), code: r.status };
  }

  it('greets with version 1 and exits 0 when its input ends', () => {
    const { responses, code } = exchange(HELLO);
    expect(responses).toEqual([{ id: 1, result: expect.objectContaining({ v: 1, roles: expect.arrayContaining(['psa-crypto']), maxSessions: expect.any(Number), maxFrame: 16 * 1024 * 1024 }) }]);
    expect(code).toBe(0);
  });

  it('requires the hello first', () => {
    expect(exchange(OPEN).responses[0]).toMatchObject({ id: 2, error: { code: 'hello-required' } });
  });

  it('refuses a version it does not speak and closes the connection', () => {
    const { responses } = exchange(frame({ v: 1, id: 1, fn: 'hello', args: [{ versions: [2] }] }), OPEN);
    expect(responses).toEqual([{ id: 1, error: expect.objectContaining({ code: 'version-mismatch', supported: [1] }) }]);
  });

  it('serves a session: PSA statuses are results, a function it lacks (Crypto 1.4 psa_xof_setup) is unknown-function with NOT_SUPPORTED', () => {
    const { responses } = exchange(HELLO, OPEN, call(3, 'psa_destroy_key', [5]), call(4, 'psa_crypto_init', []), call(5, 'psa_xof_setup', [1, 0x0d000100]), call(6, 'psa_crypto_init', [], 99), call(7, 'close', []));
    expect(responses.slice(1)).toEqual([
      { id: 2, result: { session: 1 } },
      { id: 3, result: -137 }, // PSA_ERROR_BAD_STATE before psa_crypto_init (PSA Crypto API 1.2 §8.2)
      { id: 4, result: 0 },
      { id: 5, error: expect.objectContaining({ code: 'unknown-function', status: -134 }) },
      { id: 6, error: expect.objectContaining({ code: 'unknown-session' }) },
      { id: 7, result: null },
    ]);
  });

  it('answers a frame that is not CBOR with an id-less malformed-frame error, after answering what came before', () => {
    const { responses } = exchange(HELLO, encodeFrame(Buffer.from([0xa1, 0x61])), OPEN);
    expect(responses).toEqual([expect.objectContaining({ id: 1 }), { id: null, error: expect.objectContaining({ code: 'malformed-frame' }) }]);
  });

  it('refuses an oversize frame from its header', () => {
    const header = Buffer.alloc(4);
    header.writeUInt32BE(16 * 1024 * 1024 + 1);
    const { responses } = exchange(HELLO, header);
    expect(responses[1]).toEqual({ id: null, error: expect.objectContaining({ code: 'frame-too-large' }) });
  });
});
