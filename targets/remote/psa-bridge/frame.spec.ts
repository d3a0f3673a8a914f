import { encodeFrame, FrameError, FrameReader } from './frame';

describe('length-prefixed frames', () => {
  it('reassembles frames split at every byte boundary and several frames in one chunk', () => {
    const a = encodeFrame(Buffer.from('hello'));
    const b = encodeFrame(Buffer.from([1, 2, 3]));
    const stream = Buffer.concat([a, b, a]);
    for (let cut = 1; cut < stream.length; cut++) {
      const reader = new FrameReader(1024);
      const frames = [...reader.push(stream.subarray(0, cut)), ...reader.push(stream.subarray(cut))];
      expect(frames.map((f) => f.toString('hex'))).toEqual(['68656c6c6f', '010203', '68656c6c6f']);
      expect(reader.pending()).toBe(0);
    }
  });

  it('refuses a frame longer than the limit from its header alone, before buffering it', () => {
    const reader = new FrameReader(16);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(17);
    expect(() => reader.push(header)).toThrow(new FrameError('frame-too-large', 'frame of 17 bytes exceeds the limit of 16 bytes'));
  });

  it('hands over the frames completed before a bad header in the same chunk', () => {
    const bad = Buffer.from([0xff, 0, 0, 0]);
    try {
      new FrameReader(16).push(Buffer.concat([encodeFrame(Buffer.from('ok')), bad]));
      throw new Error('expected a FrameError');
    } catch (e) {
      expect((e as FrameError).completed.map((f) => f.toString())).toEqual(['ok']);
    }
  });

  it('refuses an empty frame as malformed', () => {
    expect(() => new FrameReader(16).push(Buffer.alloc(4))).toThrow(/empty frame/);
  });

  it('writes the payload length big-endian', () => {
    expect(encodeFrame(Buffer.alloc(258)).subarray(0, 4).toString('hex')).toBe('00000102');
  });
});
