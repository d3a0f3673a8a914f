/** CoAP Content-Format numbers the reference client uses (TS-Core 1.2 §7.5 Table 7.5-1; RFC 7252 §12.3). */
export const ContentFormat = {
  PlainText: 0,
  LinkFormat: 40,
  Opaque: 42,
  Cbor: 60,
  SenmlJson: 110,
  SenmlCbor: 112,
  Tlv: 11542,
  OmaJson: 11543,
  Lwm2mCbor: 11544,
} as const;

/** Formats that name every value absolutely and so carry composite payloads (TS-Core §6.3.8, §6.4.6). */
export const COMPOSITE_FORMATS: readonly number[] = [ContentFormat.SenmlCbor, ContentFormat.SenmlJson, ContentFormat.Lwm2mCbor];
