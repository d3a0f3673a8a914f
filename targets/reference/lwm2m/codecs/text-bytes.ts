/** Strict UTF-8 and base64 for the text-based formats: bad input is a CodecError, never a U+FFFD. */
import { CodecError } from './types';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array, cf: number, where: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new CodecError(cf, `${where}: not valid UTF-8`);
  }
}

/** RFC 4648 §4 alphabet, padded to a multiple of 4 (TS-Core App. C: Opaque in plain text is base64). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function decodeBase64(text: string, cf: number, where: string): Buffer {
  if (!BASE64.test(text)) throw new CodecError(cf, `${where}: not padded base64: ${JSON.stringify(clip(text))}`);
  const bytes = Buffer.from(text, 'base64');
  // Non-zero bits in the last character's unused part (e.g. "QR==") are not canonical (RFC 4648 §3.5).
  if (bytes.toString('base64') !== text) throw new CodecError(cf, `${where}: non-canonical base64 padding bits`);
  return bytes;
}

export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
