/**
 * Content-Format numbers (RFC 7252 §12.3 registry; TS-Core §7.4 / 1.2 §7.5 Table "LwM2M Data Formats")
 * and the codecs this folder implements. SenML, OMA-JSON and CBOR codecs plug in by adding to CODECS.
 */
import { cborCodec } from './cbor';
import { isCompositeCodec, type CompositeCodec } from './composite';
import { lwm2mCborCodec } from './lwm2m-cbor';
import { omaJsonCodec } from './oma-json';
import { opaqueCodec } from './opaque';
import { plainTextCodec } from './plain-text';
import { senmlCborCodec } from './senml-cbor';
import { senmlJsonCodec } from './senml-json';
import { tlvCodec } from './tlv';
import type { ContentCodec } from './types';
import { MEDIA_TYPES } from '../../transport/coap-udp/content-formats';

export { describePayload } from './describe';

export const CONTENT_FORMATS: Readonly<Record<number, string>> = {
  ...MEDIA_TYPES,
  // Pre-IANA numbers from LwM2M 1.0 drafts; still sent by some stacks (e.g. lwm2m-node-lib).
  1541: 'application/vnd.oma.lwm2m+text (legacy)',
  1542: 'application/vnd.oma.lwm2m+tlv (legacy)',
  1543: 'application/vnd.oma.lwm2m+json (legacy)',
};

/** Legacy numbers carry the same bytes as their registered successors. */
const LEGACY_ALIASES: Readonly<Record<number, number>> = { 1541: 0, 1542: 11542, 1543: 11543 };

const CODECS: readonly ContentCodec[] = [
  plainTextCodec,
  opaqueCodec,
  tlvCodec,
  cborCodec,
  senmlJsonCodec,
  senmlCborCodec,
  omaJsonCodec,
  lwm2mCborCodec,
];

/** The codec for a Content-Format number (legacy aliases included), or undefined if none is implemented. */
export function codecFor(contentFormat: number): ContentCodec | undefined {
  const cf = LEGACY_ALIASES[contentFormat] ?? contentFormat;
  return CODECS.find((c) => c.contentFormat === cf);
}

/** `11542` → `application/vnd.oma.lwm2m+tlv`; unknown numbers → `content-format 65000`. */
export function contentFormatName(contentFormat: number): string {
  return CONTENT_FORMATS[contentFormat] ?? `content-format ${contentFormat}`;
}

/** The codec with Read-/Write-/Observe-Composite and Send support (SenML JSON/CBOR, LwM2M CBOR), if any. */
export function compositeCodecFor(contentFormat: number): CompositeCodec | undefined {
  const codec = codecFor(contentFormat);
  return isCompositeCodec(codec) ? codec : undefined;
}
