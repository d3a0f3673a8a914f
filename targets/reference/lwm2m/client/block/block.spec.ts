import { incoming } from '../test-fixtures';
import { blockOption, blockSize, readBlockOption, szxFor } from './block-option';
import { Block1Receiver } from './block1-receiver';

describe('RFC 7959 block options', () => {
  it('encodes NUM/M/SZX and reads them back', () => {
    const opt = blockOption('Block1', { num: 21, more: true, szx: 5 });
    expect(opt.value).toEqual(Buffer.from([0x01, 0x5d])); // 21 << 4 | 8 | 5
    expect(readBlockOption({ options: [opt] }, 'Block1')).toEqual({ num: 21, more: true, szx: 5 });
    expect(readBlockOption({ options: [] }, 'Block2')).toBeUndefined();
    expect(blockSize(6)).toBe(1024);
    expect(szxFor(16)).toBe(0);
    expect(() => szxFor(2048)).toThrow(RangeError);
    expect(() => readBlockOption({ options: [{ name: 'Block2', value: Buffer.from([7]) }] }, 'Block2')).toThrow(/reserved/);
  });
});

describe('Block1 reassembly (RFC 7959 §2.3)', () => {
  const block = (num: number, more: boolean, payload: Buffer, port = 5683) =>
    incoming('PUT', '/19/0/0', { payload, peer: { address: '127.0.0.1', port }, message: { type: 'CON', code: '0.03', messageId: num, token: Buffer.alloc(0), options: [blockOption('Block1', { num, more, szx: 0 })], payload } });

  it('answers 2.31 Continue echoing Block1 until the last block, then hands over the whole payload', () => {
    const r = new Block1Receiver();
    const a = Buffer.alloc(16, 1);
    const b = Buffer.alloc(16, 2);
    expect(r.receive(block(0, true, a))).toMatchObject({ kind: 'continue', response: { code: '2.31' } });
    expect(r.receive(block(1, true, b))).toMatchObject({ kind: 'continue' });
    const last = r.receive(block(2, false, Buffer.from('end')));
    expect(last.kind).toBe('complete');
    if (last.kind === 'complete') expect(last.payload).toEqual(Buffer.concat([a, b, Buffer.from('end')]));
    expect(r.receive(incoming('PUT', '/3/0/1')).kind).toBe('plain');
  });

  it('answers 4.08 Request Entity Incomplete to a block out of sequence, and keeps transfers of two peers apart', () => {
    const r = new Block1Receiver();
    expect(r.receive(block(0, true, Buffer.alloc(16), 1)).kind).toBe('continue');
    expect(r.receive(block(0, true, Buffer.alloc(16), 2)).kind).toBe('continue');
    expect(r.receive(block(2, true, Buffer.alloc(16), 1))).toMatchObject({ kind: 'error', response: { code: '4.08' } });
    expect(r.receive(block(1, false, Buffer.alloc(3), 2)).kind).toBe('complete');
  });
});
