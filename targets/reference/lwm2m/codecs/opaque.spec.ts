import { defaultModel } from '../model/object-model';
import { parsePath } from '../model/path';
import { opaqueCodec as opaque } from './opaque';
import { CodecError } from './types';

const model = defaultModel();
const p = parsePath;

describe('opaque (CF 42), TS-Core §7.4.2', () => {
  it('carries the raw bytes of an Opaque resource both ways', () => {
    const image = Buffer.from([0, 1, 2, 0xff]);
    expect(opaque.encode([{ path: p('/5/0/0'), value: image }], p('/5/0/0'), model)).toEqual(image);
    const [record] = opaque.decode(image, p('/5/0/0'), model);
    expect(record).toEqual({ path: p('/5/0/0'), value: image });
  });

  it('copies the payload so later buffer reuse cannot change a decoded value', () => {
    const payload = Buffer.from([1, 2, 3]);
    const [record] = opaque.decode(payload, p('/5/0/0'), model);
    payload[0] = 9;
    expect(record!.value).toEqual(Buffer.from([1, 2, 3]));
  });

  it('accepts unknown resources and resource instances', () => {
    expect(opaque.decode(Buffer.of(7), p('/4242/0/3/1'), model)[0]!.value).toEqual(Buffer.of(7));
  });

  it.each([
    ['/1/0/1', /only carries Opaque resources; \/1\/0\/1 is integer/],
    ['/3/0/0', /is string/],
    ['/5/0', /not a Resource path/],
  ])('rejects %s', (path, message) => {
    expect(() => opaque.decode(Buffer.of(1), p(path), model)).toThrow(CodecError);
    expect(() => opaque.decode(Buffer.of(1), p(path), model)).toThrow(message);
  });

  it('refuses to encode anything but one Buffer', () => {
    expect(() => opaque.encode([{ path: p('/5/0/0'), value: 'x' }], p('/5/0/0'), model)).toThrow(/needs a Buffer/);
    expect(() => opaque.encode([], p('/5/0/0'), model)).toThrow(/exactly one value/);
  });
});
