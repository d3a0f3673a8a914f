/** Public API of the LwM2M content-format codecs (TS-Core §7.4). */
export * from './types';
export { plainTextCodec } from './plain-text';
export { formatTextValue, parseTextValue, plainDecimal } from './plain-text-values';
export { opaqueCodec } from './opaque';
export { tlvCodec } from './tlv';
export { readTlvs, writeTlv, MAX_TLV_LENGTH, type TlvEntry, type TlvKind } from './tlv-frame';
export { decodeTlvValue, encodeTlvValue } from './tlv-value';
export { linkFormatCodec, parseLinkFormat, serializeLinkFormat, type Link } from './link-format';
export {
  NOT_REGISTERED_OBJECTS,
  parseRegistrationLinks,
  registrationObjectLinks,
  type RegisteredObject,
  type RegistrationLinks,
  type RegistrationLinksOptions,
} from './registration-links';
export { CONTENT_FORMATS, codecFor, compositeCodecFor, contentFormatName } from './registry';
export { describePayload, formatValue, hex } from './describe';
export { cborCodec } from './cbor';
export { senmlJsonCodec } from './senml-json';
export { senmlCborCodec } from './senml-cbor';
export { omaJsonCodec, decodeOmaJsonAbsolute } from './oma-json';
export { lwm2mCborCodec } from './lwm2m-cbor';
export { isCompositeCodec, type CompositeCodec } from './composite';
export { MAX_PAYLOAD_BYTES, type TimedRecord } from './senml-common';
export { CborTag, readCbor, type CborItem, type CborMap } from './cbor-reader';
export { cborToValue, encodeCbor, valueToCbor } from './cbor-values';
