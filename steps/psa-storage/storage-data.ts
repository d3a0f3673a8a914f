/**
 * The data buffers of the psa-arch-tests storage tests (api-tests/dev_apis/storage/test_s0NN/
 * test_s0NN.c, `write_buff` and friends), by name, and the notation feature files use for data:
 *   `s004_write_buff`       the whole buffer
 *   `s004_write_buff:10`    its first 10 bytes (psa-arch-tests passes TEST_BUFF_SIZE/2 etc.)
 *   `s008_write_buff[5:10]` bytes 5 to 9 (`write_buff + offset`, `len`)
 *   `0xff*17`               17 bytes of 0xff;  `hex:00ff…` literal bytes;  `empty` no bytes (NULL, 0)
 * Anything else is an error, so a typo never passes silently.
 */

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');
const SEQ_16 = hex('000102030405060708090a0b0c0d0e0f');

export const STORAGE_DATA: Readonly<Record<string, Buffer>> = {
  /** test_s001.c write_buff[16]. */
  s001_write_buff: SEQ_16,
  /** test_s002.c psa_sst_update_write_once_flag_after_create: write_buff[8]. */
  s002_write_buff: hex('deadbeef cafebabe'),
  /** test_s002.c psa_sst_create_with_write_once_flag: write_buff[16]. */
  s002_write_once_buff: SEQ_16,
  /** test_s004.c write_buff[20]. */
  s004_write_buff: hex('99013050 0423f607 080d70a1 ffff1473 4697e8dd'),
  /** test_s005.c, test_s006.c, test_s007.c write_buff[30]. */
  s005_write_buff: hex('00010203 0423f607 080d0a1b 0c5d0e70 a1ffff14 734697e8 ddca0b3c 0d2e'),
  /** test_s008.c, test_s009.c write_buff[20]. */
  s008_write_buff: hex('99010203 0423f607 080d70a1 ffff1473 4697e8dd'),
  /** test_s010.c write_buff[1]. */
  s010_write_buff: hex('ff'),
  /** test_s011.c, test_s012.c write_buff[16]. */
  s011_write_buff: SEQ_16,
  /** test_s012.c write_buff_2[16]. */
  s012_write_buff_2: hex('ffc1a2e3 04050607 03090a1b 0c0d0e0f'),
  /** test_s013.c write_buff[8], write_buff_2[8], write_buff_3[16]. */
  s013_write_buff: hex('00010203 04050607'),
  s013_write_buff_2: hex('ff11a2e3 04a5d697'),
  s013_write_buff_3: SEQ_16,
  /** test_s014.c write_buff[4]. */
  s014_write_buff: hex('03040507'),
  /** test_s016.c, test_s017.c write_buff[14]. */
  s016_write_buff: hex('03040507 ff003267 99784320 ff91'),
};

export function storageData(spec: string): Buffer {
  const t = spec.trim();
  if (t === 'empty') return Buffer.alloc(0);
  if (t.startsWith('hex:')) {
    const digits = t.slice(4);
    if (!/^([0-9a-f]{2})*$/i.test(digits)) throw new Error(`bad hex data "${spec}"`);
    return Buffer.from(digits, 'hex');
  }
  const repeat = /^0x([0-9a-f]{2})\*(\d+)$/i.exec(t);
  if (repeat) return Buffer.alloc(Number(repeat[2]), Number.parseInt(repeat[1], 16));
  const m = /^([a-z0-9_]+)(?::(\d+)|\[(\d+):(\d+)\])?$/i.exec(t);
  const buffer = m ? STORAGE_DATA[m[1]] : undefined;
  if (!m || !buffer) throw new Error(`unknown storage data "${spec}"; known: empty, hex:…, 0xNN*count, ${Object.keys(STORAGE_DATA).join(', ')}`);
  const [start, end] = m[2] !== undefined ? [0, Number(m[2])] : m[3] !== undefined ? [Number(m[3]), Number(m[4])] : [0, buffer.length];
  if (end > buffer.length || start > end) throw new Error(`${m[1]} has ${buffer.length} bytes; "${spec}" is out of range`);
  return Buffer.from(buffer.subarray(start, end));
}

/** A uid as written in the tables: decimal or 0x-hex, up to 64 bits. */
export function parseUid(text: string): bigint {
  const t = text.trim();
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(t)) throw new Error(`not a uid: "${text}"`);
  const uid = BigInt(t);
  if (uid >= 1n << 64n) throw new Error(`uid ${text} does not fit psa_storage_uid_t (uint64)`);
  return uid;
}
