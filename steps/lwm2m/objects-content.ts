/**
 * Reading what the Client answered in the object cases: the records of a 2.05 in whatever content
 * format it carries (codecs/registry.ts), the links of a Discover (CF 40), and the hex TLV vectors the
 * ETS prints. Anything a criterion cannot read fails that criterion with the reason.
 */
import { parseLinkFormat, type Link } from '../../targets/reference/lwm2m/codecs/link-format';
import { codecFor, contentFormatName } from '../../targets/reference/lwm2m/codecs/registry';
import { tlvCodec } from '../../targets/reference/lwm2m/codecs/tlv';
import { CodecError, type Lwm2mPath, type Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { parsePath } from '../../targets/reference/lwm2m/model/path';
import type { CoapResponse } from '../../targets/reference/transport/coap-udp/types';
import { describeOutcome } from '../harness/client-under-test';
import { CriterionFailed } from '../support/verdict';
import type { StepRequest } from './objects-state';

/** The response of a request, or the criterion fails with what happened instead. */
export function responseOf(name: string, r: StepRequest, code?: string): CoapResponse {
  const response = r.exchange.response;
  if (!response) throw new CriterionFailed(name, `an answer to ${r.description}`, describeOutcome(r.exchange));
  if (code !== undefined && response.code !== code) throw new CriterionFailed(name, `${code} to ${r.description}`, response.code);
  return response;
}

/** Decodes a payload addressed to `path` in its content format; undecodable content fails `name`. */
export function decodeContent(name: string, contentFormat: number | undefined, payload: Buffer, path: Lwm2mPath, what: string): Lwm2mRecord[] {
  if (contentFormat === undefined) throw new CriterionFailed(name, `a Content-Format on ${what}`, 'none');
  const codec = codecFor(contentFormat);
  if (!codec) throw new CriterionFailed(name, `${what} in a content format the Server decodes`, contentFormatName(contentFormat));
  try {
    return codec.decode(payload, path, defaultModel());
  } catch (e) {
    if (e instanceof CodecError) throw new CriterionFailed(name, `a valid ${contentFormatName(contentFormat)} payload in ${what}`, e.message);
    throw e;
  }
}

/** The records of a 2.05 answer to a Read or Observe. */
export function readRecords(name: string, r: StepRequest): Lwm2mRecord[] {
  const response = responseOf(name, r, '2.05');
  return decodeContent(name, response.contentFormat, response.payload, parsePath(r.spec.path), `the answer to ${r.description}`);
}

/** The links of a 2.05 answer to a Discover; targets compared as LwM2M paths (`/16/0/0/` = `/16/0/0`). */
export function discoveredLinks(name: string, r: StepRequest): Link[] {
  const response = responseOf(name, r, '2.05');
  if (response.contentFormat !== 40) throw new CriterionFailed(name, `Content-Format 40 (link format) in the answer to ${r.description}`, `Content-Format ${response.contentFormat ?? 'none'}`);
  try {
    return parseLinkFormat(response.payload.toString('utf8')).map((l) => ({ ...l, target: normalizeTarget(l.target) }));
  } catch (e) {
    if (e instanceof CodecError) throw new CriterionFailed(name, 'a valid link-format payload', e.message);
    throw e;
  }
}

export function normalizeTarget(target: string): string {
  return target.length > 1 ? target.replace(/\/+$/, '') : target;
}

/** `C4 0D 51 82` (any whitespace, line breaks included) → bytes; anything else is a feature error. */
export function hexBytes(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(compact)) throw new Error(`feature error: "${text}" is not hex bytes`);
  return Buffer.from(compact, 'hex');
}

/** The records a TLV vector of the feature carries; a malformed vector is a feature error. */
export function tlvVector(bytes: Buffer, path: Lwm2mPath): Lwm2mRecord[] {
  try {
    return tlvCodec.decode(bytes, path, defaultModel());
  } catch (e) {
    throw new Error(`feature error: the TLV vector ${bytes.toString('hex')} for ${JSON.stringify(path)} is malformed: ${(e as Error).message}`);
  }
}
