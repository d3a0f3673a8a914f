/**
 * The CoAP Content-Formats registry entries LwM2M uses (RFC 7252 §12.3; TS-Core 1.2 §7.5 Table 7.5-1):
 * Content-Format number → registered media type. A transport fact, shared by the LwM2M codec registry
 * and the HTTP binding (RFC 8075 §6.2), so it is written once.
 */
export const MEDIA_TYPES: Readonly<Record<number, string>> = {
  0: 'text/plain;charset=utf-8',
  40: 'application/link-format',
  42: 'application/octet-stream',
  50: 'application/json',
  60: 'application/cbor',
  110: 'application/senml+json',
  112: 'application/senml+cbor',
  320: 'application/senml-etch+json',
  322: 'application/senml-etch+cbor',
  11542: 'application/vnd.oma.lwm2m+tlv',
  11543: 'application/vnd.oma.lwm2m+json',
  11544: 'application/vnd.oma.lwm2m+cbor',
};
