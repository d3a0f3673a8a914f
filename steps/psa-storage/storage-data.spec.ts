import { parseUid, storageData } from './storage-data';

describe('storage data notation', () => {
  it('takes named buffers, prefixes, slices, repeats, hex and empty', () => {
    expect(storageData('s004_write_buff').length).toBe(20);
    expect(storageData('s004_write_buff:10').toString('hex')).toBe('990130500423f607080d');
    expect(storageData('s008_write_buff[18:20]').toString('hex')).toBe('e8dd');
    expect(storageData('0xff*3').toString('hex')).toBe('ffffff');
    expect(storageData('hex:00ff').toString('hex')).toBe('00ff');
    expect(storageData('empty').length).toBe(0);
  });

  it('refuses unknown names, out-of-range prefixes and bad hex', () => {
    expect(() => storageData('s004_write_buf')).toThrow(/unknown storage data/);
    expect(() => storageData('s004_write_buff:21')).toThrow(/out of range/);
    expect(() => storageData('hex:0f0')).toThrow(/bad hex/);
  });

  it('parses 64-bit uids and refuses larger ones', () => {
    expect(parseUid('0xffffffffffffffff')).toBe(0xffffffffffffffffn);
    expect(() => parseUid('0x10000000000000000')).toThrow(/uint64/);
    expect(() => parseUid('-1')).toThrow(/not a uid/);
  });
});
