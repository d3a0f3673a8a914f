import { isClientHello, packDatagrams, splitRecords, summarizeRecords } from './records';

/** A DTLS record header (RFC 6347 §4.1) plus `length` body bytes starting with `first`. */
function record(type: number, epoch: number, length: number, first = 0): Buffer {
  const r = Buffer.alloc(13 + length);
  r[0] = type;
  r.writeUInt16BE(0xfefd, 1);
  r.writeUInt16BE(epoch, 3);
  r.writeUInt16BE(length, 11);
  if (length > 0) r[13] = first;
  return r;
}

describe('DTLS record framing', () => {
  it('splits a run of records at their length fields', () => {
    const run = Buffer.concat([record(22, 0, 40, 3), record(20, 0, 1), record(22, 1, 30)]);
    expect(splitRecords(run).map((r) => r.length)).toEqual([53, 14, 43]);
    expect(summarizeRecords(run)).toEqual([{ contentType: 22, epoch: 0, handshakeType: 3 }, { contentType: 20, epoch: 0 }, { contentType: 22, epoch: 1 }]);
  });

  it('packs whole records into datagrams no larger than the MTU', () => {
    const run = Buffer.concat([record(22, 0, 600), record(22, 0, 600), record(22, 0, 600)]);
    const datagrams = packDatagrams(run, 1280);
    expect(datagrams.map((d) => d.length)).toEqual([1226, 613]);
    expect(Buffer.concat(datagrams).equals(run)).toBe(true);
  });

  it('sends a record larger than the MTU alone, and keeps a truncated tail', () => {
    expect(packDatagrams(Buffer.concat([record(23, 1, 1400), record(23, 1, 10)]), 1280).map((d) => d.length)).toEqual([1413, 23]);
    expect(splitRecords(record(23, 1, 100).subarray(0, 50)).map((r) => r.length)).toEqual([50]);
  });

  it('recognises an epoch-0 ClientHello only', () => {
    expect(isClientHello(record(22, 0, 50, 1))).toBe(true);
    expect(isClientHello(record(22, 1, 50, 1))).toBe(false);
    expect(isClientHello(record(23, 0, 50, 1))).toBe(false);
    expect(isClientHello(Buffer.alloc(0))).toBe(false);
  });
});
