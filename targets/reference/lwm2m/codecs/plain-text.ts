/**
 * CF 0 `text/plain;charset=utf-8` (TS-Core §7.4.1): one Resource or Resource Instance value as text.
 * A resource the model does not know is treated as a String.
 */
import { formatPath } from '../model/path';
import { formatTextValue, parseTextValue } from './plain-text-values';
import { singleRecord, singleValueTarget } from './single-value';
import { decodeUtf8 } from './text-bytes';
import type { ContentCodec } from './types';
import { encodingType } from './values';

const CF = 0;
const FORMAT = 'Plain text (CF 0)';

export const plainTextCodec: ContentCodec = {
  contentFormat: CF,
  mediaType: 'text/plain;charset=utf-8',

  encode(records, requestPath, model) {
    const def = singleValueTarget(requestPath, model, CF, FORMAT);
    const { value } = singleRecord(records, requestPath, CF, FORMAT);
    return Buffer.from(formatTextValue(encodingType(def, value), value, CF, formatPath(requestPath)), 'utf8');
  },

  decode(payload, requestPath, model) {
    const def = singleValueTarget(requestPath, model, CF, FORMAT);
    const where = formatPath(requestPath);
    const text = decodeUtf8(payload, CF, where);
    return [{ path: { ...requestPath }, value: parseTextValue(def?.type ?? 'string', text, CF, where) }];
  },
};
