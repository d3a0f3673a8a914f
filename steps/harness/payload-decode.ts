/**
 * Decoding what the client answered, in whatever Content-Format it chose (ETS int-237: "the Server
 * must decode whatever arrives"): through the same codec registry the reference implementations use.
 * A payload the suite cannot decode fails the criterion that needed its values, with the codec's reason.
 */
import { codecFor, contentFormatName } from '../../targets/reference/lwm2m/codecs/registry';
import { isCompositeCodec } from '../../targets/reference/lwm2m/codecs/composite';
import { CodecError, type Lwm2mPath, type Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { CriterionFailed } from '../support/verdict';

export interface Answer {
  code: string;
  contentFormat?: number;
  payload: Buffer;
}

/** The values of an answer to a request on `path` ('composite': a Read-/Observe-Composite or a Send). */
export function decodeAnswer(criterion: string, answer: Answer, path: Lwm2mPath | 'composite', what: string): Lwm2mRecord[] {
  const cf = answer.contentFormat;
  if (cf === undefined) throw new CriterionFailed(criterion, `${what} with a Content-Format`, 'no Content-Format option');
  const codec = codecFor(cf);
  if (!codec) throw new CriterionFailed(criterion, `${what} in an LwM2M data format`, contentFormatName(cf));
  try {
    if (path !== 'composite') return codec.decode(answer.payload, path, defaultModel());
    if (!isCompositeCodec(codec)) throw new CriterionFailed(criterion, `${what} in a composite format (SenML JSON/CBOR, LwM2M CBOR)`, contentFormatName(cf));
    return codec.decodeComposite(answer.payload, defaultModel());
  } catch (e) {
    if (e instanceof CodecError) throw new CriterionFailed(criterion, `${what}: a valid ${contentFormatName(cf)} payload`, e.message);
    throw e;
  }
}
