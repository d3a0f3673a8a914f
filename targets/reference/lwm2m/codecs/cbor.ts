/**
 * CF 60 `application/cbor` (TS-Core 1.1/1.2 §7.4.6 "CBOR"): one Resource or Resource Instance value as a
 * single CBOR data item — integer, float, boolean, text, byte string; Objlnk as text "oid:iid"; Time as
 * an integer (tag 1 epoch seconds and tag 0 RFC 3339 text are accepted on decode). Like plain text it
 * cannot carry a multiple-instance Resource or anything above a Resource (CodecError); see cbor-values.ts.
 */
import { formatPath } from '../model/path';
import { readCbor } from './cbor-reader';
import { cborToValue, encodeCbor, valueToCbor } from './cbor-values';
import { checkPayload } from './senml-common';
import { singleRecord, singleValueTarget } from './single-value';
import type { ContentCodec } from './types';
import { encodingType } from './values';

const CF = 60;
const FORMAT = 'CBOR (CF 60)';

export const cborCodec: ContentCodec = {
  contentFormat: CF,
  mediaType: 'application/cbor',

  encode(records, requestPath, model) {
    const def = singleValueTarget(requestPath, model, CF, FORMAT);
    const { value } = singleRecord(records, requestPath, CF, FORMAT);
    return encodeCbor(valueToCbor(encodingType(def, value), value, CF, formatPath(requestPath)));
  },

  decode(payload, requestPath, model) {
    const def = singleValueTarget(requestPath, model, CF, FORMAT);
    checkPayload(payload, CF);
    const value = cborToValue(def?.type, readCbor(payload, CF), CF, formatPath(requestPath));
    return [{ path: { ...requestPath }, value }];
  },
};
