/**
 * A call log around any PsaCryptoTarget (simulator, C shim, bridge): every call is written with its
 * arguments and the returned status name, for the scenario's `psa-calls` evidence, e.g.
 * `+0.004s psa_import_key(type=PSA_KEY_TYPE_AES bits=128 usage=EXPORT alg=PSA_ALG_CTR, data=16 B 2b7e1516…) → PSA_SUCCESS key=0x40000001`.
 * A call that throws (a broken bridge) is logged as `→ threw …` and the error is passed on.
 */
import type {
  PsaAttributesResult,
  PsaCryptoTarget,
  PsaDataResult,
  PsaKeyAttributes,
  PsaKeyResult,
} from '../../targets/roles/psa-crypto';
import { statusName } from '../../targets/reference/psa/constants';
import { formatAttributes, formatBytes, formatKeyId } from './call-format';

export type CallLogSink = (line: string) => void;

export class LoggedPsaCrypto implements PsaCryptoTarget {
  constructor(
    private readonly target: PsaCryptoTarget,
    private readonly sink: CallLogSink,
    private readonly stamp: () => string,
  ) {}

  private async call<R>(what: string, run: () => Promise<R>, outcome: (r: R) => string): Promise<R> {
    const at = this.stamp();
    try {
      const result = await run();
      this.sink(`${at} ${what} → ${outcome(result)}`);
      return result;
    } catch (e) {
      this.sink(`${at} ${what} → threw ${(e as Error).message}`);
      throw e;
    }
  }

  psa_crypto_init(): Promise<number> {
    return this.call('psa_crypto_init()', () => this.target.psa_crypto_init(), statusName);
  }

  psa_generate_random(outputSize: number): Promise<PsaDataResult> {
    return this.call(`psa_generate_random(output_size=${outputSize})`, () => this.target.psa_generate_random(outputSize), withData);
  }

  psa_import_key(attributes: PsaKeyAttributes, data: Uint8Array): Promise<PsaKeyResult> {
    const what = `psa_import_key(${formatAttributes(attributes)}, data=${formatBytes(data)})`;
    return this.call(what, () => this.target.psa_import_key(attributes, data), withKey);
  }

  psa_generate_key(attributes: PsaKeyAttributes): Promise<PsaKeyResult> {
    return this.call(`psa_generate_key(${formatAttributes(attributes)})`, () => this.target.psa_generate_key(attributes), withKey);
  }

  psa_export_key(key: number, dataSize: number): Promise<PsaDataResult> {
    const what = `psa_export_key(key=${formatKeyId(key)}, data_size=${dataSize})`;
    return this.call(what, () => this.target.psa_export_key(key, dataSize), withData);
  }

  psa_export_public_key(key: number, dataSize: number): Promise<PsaDataResult> {
    const what = `psa_export_public_key(key=${formatKeyId(key)}, data_size=${dataSize})`;
    return this.call(what, () => this.target.psa_export_public_key(key, dataSize), withData);
  }

  psa_destroy_key(key: number): Promise<number> {
    return this.call(`psa_destroy_key(key=${formatKeyId(key)})`, () => this.target.psa_destroy_key(key), statusName);
  }

  psa_get_key_attributes(key: number): Promise<PsaAttributesResult> {
    const what = `psa_get_key_attributes(key=${formatKeyId(key)})`;
    return this.call(what, () => this.target.psa_get_key_attributes(key), (r) => `${statusName(r.status)} ${formatAttributes(r.attributes)}`);
  }

  close(): Promise<void> {
    return this.call('close()', () => this.target.close(), () => 'done');
  }
}

function withKey(r: PsaKeyResult): string {
  return `${statusName(r.status)} key=${formatKeyId(r.key)}`;
}

function withData(r: PsaDataResult): string {
  return r.data.length > 0 ? `${statusName(r.status)} data=${formatBytes(r.data)}` : statusName(r.status);
}

/** Wraps a target so that every call lands in `sink`, stamped by `stamp` (e.g. Evidence.stamp). */
export function withCallLog(target: PsaCryptoTarget, sink: CallLogSink, stamp: () => string): PsaCryptoTarget {
  return new LoggedPsaCrypto(target, sink, stamp);
}
