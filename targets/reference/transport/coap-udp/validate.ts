/**
 * RFC 7252 §3 message-format checks that coap-packet's parser does not make.
 *
 * coap-packet 1.1.1 silently truncates a token or option value that runs past the end of the
 * datagram, accepts RFC 8974 extended token lengths 13/14 (reserved in RFC 7252) and accepts a
 * payload marker followed by nothing. Each of those is a "message format error" in RFC 7252 §3.
 */

/** Returns why `raw` is not a well-formed RFC 7252 message, or undefined if it is. */
export function formatErrorOf(raw: Buffer): string | undefined {
  if (raw.length < 4) return `truncated header: ${raw.length} bytes, a CoAP header is 4 bytes (RFC 7252 §3)`;
  const version = raw[0] >> 6;
  if (version !== 1) return `unsupported version ${version} (RFC 7252 §3: must be 1; silently ignored)`;
  const tokenLength = raw[0] & 0x0f;
  if (tokenLength > 8) return `token length ${tokenLength} is reserved (RFC 7252 §3: 9-15 are a message format error)`;
  if (raw.length < 4 + tokenLength) return `truncated token: length ${tokenLength} but ${raw.length - 4} bytes follow the header`;
  if (raw[1] === 0 && raw.length !== 4) {
    return `empty message (code 0.00) with ${raw.length - 4} bytes after the Message ID (RFC 7252 §4.1: must have none)`;
  }
  return optionsErrorOf(raw, 4 + tokenLength);
}

/** Walks the options (RFC 7252 §3.1) and the payload marker from `start`. */
function optionsErrorOf(raw: Buffer, start: number): string | undefined {
  let index = start;
  let number = 0;
  while (index < raw.length) {
    const byte = raw[index];
    if (byte === 0xff) {
      return index + 1 === raw.length ? 'payload marker followed by a zero-length payload (RFC 7252 §3)' : undefined;
    }
    index += 1;
    const delta = extended(raw, index, byte >> 4, 'delta');
    if (typeof delta === 'string') return delta;
    index += delta.bytes;
    const length = extended(raw, index, byte & 0x0f, 'length');
    if (typeof length === 'string') return length;
    index += length.bytes;
    number += delta.value;
    if (index + length.value > raw.length) {
      return `truncated option ${number}: length ${length.value} but ${raw.length - index} bytes remain`;
    }
    index += length.value;
  }
  return undefined;
}

/** Decodes an option delta or length nibble with its extended bytes (RFC 7252 §3.1). */
function extended(raw: Buffer, index: number, nibble: number, what: string): { value: number; bytes: number } | string {
  if (nibble < 13) return { value: nibble, bytes: 0 };
  if (nibble === 15) return `option ${what} nibble 15 is reserved (RFC 7252 §3.1: message format error)`;
  const bytes = nibble === 13 ? 1 : 2;
  if (index + bytes > raw.length) return `truncated extended option ${what}`;
  return { value: nibble === 13 ? raw[index] + 13 : raw.readUInt16BE(index) + 269, bytes };
}
