import { PassThrough } from 'node:stream';
import { decodeMessage, encodeMessage } from './cbor';
import { encodeFrame, FrameReader } from './frame';
import { serveStream } from './server/serve-stream';
import { SessionHost, type RoleProvider } from './server/session-host';

const provider: RoleProvider = { implementation: 'none', roles: ['psa-crypto'], capabilities: {}, maxSessions: 1, createRole: async () => ({}) };

/** Feeds bytes to a served connection; returns the responses and whether the server ended the stream. */
async function exchange(...chunks: Buffer[]): Promise<{ responses: unknown[]; ended: boolean }> {
  const input = new PassThrough();
  const output = new PassThrough();
  const reader = new FrameReader(1 << 20);
  const responses: unknown[] = [];
  output.on('data', (d: Buffer) => responses.push(...reader.push(d).map(decodeMessage)));
  const served = serveStream(input, output, new SessionHost(provider, 64), 64);
  for (const c of chunks) input.write(c);
  const ended = await Promise.race([served.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 300))]);
  input.end();
  await served;
  return { responses, ended };
}

const hello = encodeFrame(encodeMessage({ v: 1, id: 1, fn: 'hello', args: [{ versions: [1] }] }));

describe('serveStream (the implementation end of a connection)', () => {
  it('answers requests in order and keeps the connection open', async () => {
    const { responses, ended } = await exchange(hello, encodeFrame(encodeMessage({ v: 1, id: 2, fn: 'open', role: 'psa-storage', args: [] })));
    expect(responses).toMatchObject([{ id: 1, result: { v: 1 } }, { id: 2, error: { code: 'unknown-role' } }]);
    expect(ended).toBe(false);
  });

  it('answers a frame that is not CBOR with an id-less malformed-frame error and closes', async () => {
    const { responses, ended } = await exchange(hello, encodeFrame(Buffer.from([0xa1, 0x61])));
    expect(responses[1]).toMatchObject({ id: null, error: { code: 'malformed-frame' } });
    expect(ended).toBe(true);
  });

  it('refuses a frame above its limit from the header and closes', async () => {
    const header = Buffer.alloc(4);
    header.writeUInt32BE(65);
    const { responses, ended } = await exchange(header);
    expect(responses).toEqual([{ id: null, error: { code: 'frame-too-large', message: 'frame of 65 bytes exceeds the limit of 64 bytes' } }]);
    expect(ended).toBe(true);
  });

  it('closes after a version mismatch, ignoring what follows', async () => {
    const { responses, ended } = await exchange(encodeFrame(encodeMessage({ v: 2, id: 1, fn: 'hello', args: [] })), hello);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ id: 1, error: { code: 'version-mismatch', supported: [1] } });
    expect(ended).toBe(true);
  });
});
