/** CoAP Content-Format numbers the reference client uses (TS-Core §7.4 Table 7.4-1). */
export const ContentFormat = {
  PlainText: 0,
  LinkFormat: 40,
  Opaque: 42,
  Tlv: 11542,
} as const;
