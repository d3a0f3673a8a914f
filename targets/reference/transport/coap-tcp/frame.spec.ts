import fc from 'fast-check';
import type { CoapMessage } from '../coap-udp/types';
import { formatCoapMessage } from '../coap-udp/format';
import { decodeFrame, encodeFrame, frameSize } from './frame';
import { FrameReader } from './frame-reader';
import { abort, csm } from './signaling';

const msg = (fields: Partial<CoapMessage>): CoapMessage => ({
  type: 'CON', transport: 'tcp', code: '0.01', messageId: 0, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0), ...fields,
});

describe('RFC 8323 §3.2 frame codec', () => {
  it('encodes GET /a with a 1-byte token exactly as the RFC layout says', () => {
    const frame = encodeFrame(msg({ token: Buffer.of(0x01), options: [{ name: 'Uri-Path', value: Buffer.from('a') }] }));
    // Len=2 (option header + value), TKL=1 | Code 0.01 | token | Uri-Path(11) delta 11 length 1 'a'
    expect(frame.toString('hex')).toBe('2101' + '01' + 'b161');
  });

  it('decodes the CSM libcoap 4.3.1 sends (Max-Message-Size 8388864, Block-Wise-Transfer)', () => {
    // Built by hand: Len=5, TKL=0, 7.01, option 2 (delta 2, len 3) 0x800100, option 4 (delta 2, len 0)
    const libcoap = Buffer.from('50e1' + '23800100' + '20', 'hex');
    const result = decodeFrame(libcoap);
    expect(result.kind).toBe('frame');
    if (result.kind !== 'frame') return;
    expect(formatCoapMessage(result.message)).toBe('7.01 CSM Max-Message-Size=8388864 Block-Wise-Transfer=');
    expect(encodeFrame(result.message).equals(libcoap)).toBe(true);
  });

  it.each([0, 2, 12, 13, 14, 268, 269, 270, 65804, 65805, 65806, 200_000])('round-trips a payload making Len %i', (len) => {
    const payloadLength = len === 0 ? 0 : len - 1; // payload marker + payload (Len 1 cannot exist: an empty payload has no marker)
    const message = msg({ code: '2.05', token: Buffer.from('abcd', 'hex'), payload: Buffer.alloc(payloadLength, 7) });
    const frame = encodeFrame(message);
    const extended = len < 13 ? 0 : len < 269 ? 1 : len < 65805 ? 2 : 4;
    expect(frame.length).toBe(1 + extended + 1 + 2 + len);
    expect(frame[0]! >> 4).toBe(len < 13 ? len : len < 269 ? 13 : len < 65805 ? 14 : 15);
    expect(frameSize(frame)).toBe(frame.length);
    const decoded = decodeFrame(frame);
    expect(decoded.kind).toBe('frame');
    if (decoded.kind !== 'frame') return;
    expect(decoded.size).toBe(frame.length);
    expect(decoded.message.code).toBe('2.05');
    expect(decoded.message.token.toString('hex')).toBe('abcd');
    expect(decoded.message.payload.length).toBe(payloadLength);
  });

  it('names signaling options by their code (option 2 is Max-Message-Size in a CSM, Bad-CSM-Option in an Abort)', () => {
    const c = decodeFrame(encodeFrame(csm(1152, true)));
    const a = decodeFrame(encodeFrame(abort('bad', 2)));
    expect(c.kind === 'frame' && formatCoapMessage(c.message)).toBe('7.01 CSM Max-Message-Size=1152 Block-Wise-Transfer=');
    expect(a.kind === 'frame' && formatCoapMessage(a.message)).toBe('7.05 Abort Bad-CSM-Option=2 | bad');
  });

  it('reports an incomplete frame until every byte is there', () => {
    const frame = encodeFrame(msg({ code: '2.05', payload: Buffer.alloc(300, 1) }));
    expect(decodeFrame(frame.subarray(0, 1))).toEqual({ kind: 'incomplete' }); // extended length missing
    expect(decodeFrame(frame.subarray(0, frame.length - 1))).toEqual({ kind: 'incomplete', size: frame.length });
  });

  it('rejects reserved token lengths and bad options, and refuses to build oversize frames', () => {
    expect(decodeFrame(Buffer.from('0901' + '00'.repeat(9), 'hex'))).toMatchObject({ kind: 'error', error: expect.stringContaining('token length 9') });
    expect(decodeFrame(Buffer.from('1001f0', 'hex'))).toMatchObject({ kind: 'error', error: expect.stringContaining('reserved') });
    expect(() => encodeFrame(msg({ token: Buffer.alloc(9) }))).toThrow(/0 to 8 bytes/);
    expect(() => encodeFrame(msg({ code: '2.05', payload: Buffer.alloc(2000) }), 1152)).toThrow(/Max-Message-Size 1152/);
  });
});

describe('stream reassembly', () => {
  const frames = [encodeFrame(csm(4096, false)), encodeFrame(msg({ token: Buffer.of(1), options: [{ name: 'Uri-Path', value: Buffer.from('rd') }] })), encodeFrame(msg({ code: '2.05', token: Buffer.of(2), payload: Buffer.alloc(1000, 3) }))];
  const stream = Buffer.concat(frames);

  it('yields the same frames byte by byte and all in one chunk', () => {
    const one = new FrameReader(4096).push(stream);
    const reader = new FrameReader(4096);
    const byByte = [...stream].flatMap((b) => reader.push(Buffer.of(b)));
    for (const items of [one, byByte]) {
      expect(items.map((i) => i.message?.code)).toEqual(['7.01', '0.01', '2.05']);
      expect(Buffer.concat(items.map((i) => i.raw)).equals(stream)).toBe(true);
    }
    expect(reader.pending).toBe(0);
  });

  it('refuses a frame over Max-Message-Size from its header alone, without buffering it', () => {
    const reader = new FrameReader(1152);
    const header = Buffer.from('f001' + '00010000', 'hex'); // Len=15: 65805 + 65536 bytes announced
    const items = reader.push(header);
    expect(items).toHaveLength(1);
    expect(items[0]!.error).toMatch(/exceeds our Max-Message-Size 1152/);
    expect(reader.push(Buffer.alloc(10))).toEqual([]); // the stream is dead after an error
  });

  it('never throws on arbitrary bytes in arbitrary chunks, and stops at the first error', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }), (chunks) => {
        const reader = new FrameReader(1152);
        const items = chunks.flatMap((c) => reader.push(Buffer.from(c)));
        const errors = items.filter((i) => i.error !== undefined);
        expect(errors.length).toBeLessThanOrEqual(1);
        if (errors.length === 1) expect(items[items.length - 1]!.error).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });
});
