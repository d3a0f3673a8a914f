/**
 * DTLS record framing (RFC 6347 §4.1): what the write BIO holds is a run of records; each
 * datagram carries whole records only, several of them if they fit the MTU (§4.1.1).
 */

export const RECORD_HEADER_LENGTH = 13;
/** ContentType (RFC 5246 §6.2.1). */
export const CONTENT_HANDSHAKE = 22;
export const CONTENT_ALERT = 21;
/** HandshakeType (RFC 6347 §4.3.2). */
export const HANDSHAKE_CLIENT_HELLO = 1;
export const HANDSHAKE_HELLO_VERIFY_REQUEST = 3;

export interface RecordSummary {
  contentType: number;
  epoch: number;
  /** The handshake message type, for unencrypted (epoch 0) handshake records. */
  handshakeType?: number;
}

/** Splits a run of records into their byte ranges; a truncated tail is kept as the last piece. */
export function splitRecords(run: Buffer): Buffer[] {
  const records: Buffer[] = [];
  let offset = 0;
  while (offset < run.length) {
    const length = offset + RECORD_HEADER_LENGTH <= run.length ? run.readUInt16BE(offset + 11) : run.length;
    const end = Math.min(run.length, offset + RECORD_HEADER_LENGTH + length);
    records.push(run.subarray(offset, end));
    offset = end;
  }
  return records;
}

/** Packs records into datagrams of at most `mtu` bytes (a larger record travels alone). */
export function packDatagrams(run: Buffer, mtu: number): Buffer[] {
  const datagrams: Buffer[] = [];
  let current: Buffer[] = [];
  let size = 0;
  for (const record of splitRecords(run)) {
    if (size > 0 && size + record.length > mtu) {
      datagrams.push(Buffer.concat(current, size));
      current = [];
      size = 0;
    }
    current.push(record);
    size += record.length;
  }
  if (size > 0) datagrams.push(current.length === 1 ? current[0] : Buffer.concat(current, size));
  return datagrams;
}

/** Content type, epoch and (for epoch 0 handshake) message type of each record in a datagram. */
export function summarizeRecords(datagram: Buffer): RecordSummary[] {
  return splitRecords(datagram).map((record) => {
    const contentType = record[0];
    const epoch = record.length >= 5 ? record.readUInt16BE(3) : -1;
    const summary: RecordSummary = { contentType, epoch };
    if (contentType === CONTENT_HANDSHAKE && epoch === 0 && record.length > RECORD_HEADER_LENGTH) summary.handshakeType = record[RECORD_HEADER_LENGTH];
    return summary;
  });
}

/** RFC 6347 §4.2.8: an epoch-0 ClientHello starts a new association (also from a known peer). */
export function isClientHello(datagram: Buffer): boolean {
  const first = summarizeRecords(datagram)[0];
  return first !== undefined && first.handshakeType === HANDSHAKE_CLIENT_HELLO;
}
