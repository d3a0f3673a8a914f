import { readTlvs } from '../codecs/tlv-frame';
import { tlvCodec } from '../codecs/tlv';
import { defaultModel } from '../model/object-model';
import { tlvWithWrongLengthBits } from './faulty-tlv';

describe('the tlvWrongLengthBits fault', () => {
  const model = defaultModel();
  const path = { objectId: 3, instanceId: 0 };

  it('breaks exactly the values longer than 7 bytes', () => {
    const short = [{ path: { ...path, resourceId: 16 }, value: 'U' }];
    expect(tlvWithWrongLengthBits.encode(short, path, model)).toEqual(tlvCodec.encode(short, path, model));
    const long = [{ path: { ...path, resourceId: 0 }, value: 'Open Mobile Alliance' }];
    const bytes = tlvWithWrongLengthBits.encode(long, path, model);
    expect(bytes[0]).toBe(0xc0 | (20 & 7)); // length-type 00 with the low bits of 20 ...
    expect(bytes[2]).toBe(20); // ... and an 8-bit length all the same
    expect(() => readTlvs(bytes)).toThrow();
  });
});
