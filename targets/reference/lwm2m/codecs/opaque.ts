/**
 * CF 42 `application/octet-stream` (TS-Core §7.4.2): the raw bytes of one Opaque Resource or Resource
 * Instance, e.g. a firmware image written to `/5/0/0`. Any other data type is a CodecError.
 */
import { formatPath } from '../model/path';
import { singleRecord, singleValueTarget } from './single-value';
import { CodecError, type ContentCodec, type ResourceDef } from './types';
import { opaqueOf } from './values';

const CF = 42;
const FORMAT = 'Opaque (CF 42)';

function requireOpaque(def: ResourceDef | undefined, where: string): void {
  // Executable resources have no DDF type; their Execute argument is not carried in CF 42 either.
  if (def && def.type !== 'opaque') throw new CodecError(CF, `${FORMAT} only carries Opaque resources; ${where} is ${def.type}`);
}

export const opaqueCodec: ContentCodec = {
  contentFormat: CF,
  mediaType: 'application/octet-stream',

  encode(records, requestPath, model) {
    const where = formatPath(requestPath);
    requireOpaque(singleValueTarget(requestPath, model, CF, FORMAT), where);
    return Buffer.from(opaqueOf(singleRecord(records, requestPath, CF, FORMAT).value, CF, where));
  },

  decode(payload, requestPath, model) {
    requireOpaque(singleValueTarget(requestPath, model, CF, FORMAT), formatPath(requestPath));
    return [{ path: { ...requestPath }, value: Buffer.from(payload) }];
  },
};
