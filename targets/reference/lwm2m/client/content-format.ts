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
