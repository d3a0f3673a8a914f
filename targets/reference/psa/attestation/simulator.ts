/**
 * The reference PSA Initial Attestation target (Attestation API 1.0/2.0, psa-api
 * doc/attestation/api.rst): tokens are RFC 9783 COSE_Sign1 ES256 by default, or the PSA 2.0.0 draft or
 * legacy PSA_IOT_PROFILE_1 claims-set, or COSE_Mac0 with a symmetric IAK. Rules:
 * - challenge sizes are PSA_INITIAL_ATTEST_CHALLENGE_SIZE_32/48/64 only, others → INVALID_ARGUMENT
 *   ("must not support other sizes");
 * - a token buffer smaller than the token → BUFFER_TOO_SMALL;
 * - psa_initial_attest_get_token_size reports exactly the size psa_initial_attest_get_token returns;
 * - the boot seed is fresh at every boot (`boot()`), the software components come from a source
 *   (the Firmware Update simulator's installed images when one is attached).
 */
import { createHash, randomBytes } from 'node:crypto';
import type {
  PsaAttestationTarget,
  PsaAttestationTokenResult,
  PsaAttestationTokenSizeResult,
  PsaAttestationVerificationKey,
} from '../../../roles/psa-attestation';
import { PSA_ERROR_BUFFER_TOO_SMALL, PSA_ERROR_INVALID_ARGUMENT, PSA_SUCCESS } from '../constants/status';
import { cborEncode } from './cbor';
import { PSA_LIFECYCLE_SECURED, type ProfileId } from './claim-keys';
import { ecdsaIak, type Iak } from './iak';
import { FIXED_SOFTWARE_COMPONENTS, type SoftwareComponentSource } from './software-components';
import { claimsSet, type DeviceClaims } from './token-claims';

/** PSA_INITIAL_ATTEST_CHALLENGE_SIZE_32, _48, _64. */
export const PSA_INITIAL_ATTEST_CHALLENGE_SIZES: readonly number[] = [32, 48, 64];

export interface PsaAttestationSimulatorOptions {
  /** Claims-set profile (default RFC 9783 "psa#tfm"). */
  profile?: ProfileId;
  /** The IAK (default: a fresh ES256 key pair). */
  iak?: Iak;
  /** Partition id of the caller the simulator reports (default −1, the Non-secure client). */
  clientId?: number;
  softwareComponents?: SoftwareComponentSource;
  lifecycle?: number;
  /** Called by close(). */
  onClose?: () => void;
}

const EMPTY = new Uint8Array(0);

export class PsaAttestationSimulator implements PsaAttestationTarget {
  private readonly iak: Iak;
  private bootSeed = randomBytes(32);

  constructor(private readonly options: PsaAttestationSimulatorOptions = {}) {
    this.iak = options.iak ?? ecdsaIak('ES256');
  }

  /** A (simulated) system boot: a new boot seed. */
  boot(): void {
    this.bootSeed = randomBytes(32);
  }

  async psa_initial_attest_get_token(challenge: Uint8Array, tokenBufSize: number): Promise<PsaAttestationTokenResult> {
    if (!PSA_INITIAL_ATTEST_CHALLENGE_SIZES.includes(challenge.length)) return { status: PSA_ERROR_INVALID_ARGUMENT, token: EMPTY };
    const token = this.token(challenge);
    if (tokenBufSize < token.length) return { status: PSA_ERROR_BUFFER_TOO_SMALL, token: EMPTY };
    return { status: PSA_SUCCESS, token: new Uint8Array(token) };
  }

  async psa_initial_attest_get_token_size(challengeSize: number): Promise<PsaAttestationTokenSizeResult> {
    if (!PSA_INITIAL_ATTEST_CHALLENGE_SIZES.includes(challengeSize)) return { status: PSA_ERROR_INVALID_ARGUMENT, tokenSize: 0 };
    // Every claim and the P1363 signature have a fixed length, so a token over any challenge of this size has this size.
    return { status: PSA_SUCCESS, tokenSize: this.token(new Uint8Array(challengeSize)).length };
  }

  async verification_key(): Promise<PsaAttestationVerificationKey> {
    return this.iak.verificationKey;
  }

  async close(): Promise<void> {
    this.options.onClose?.();
  }

  private token(challenge: Uint8Array): Buffer {
    const device: DeviceClaims = {
      profile: this.options.profile ?? 'psa-tfm',
      clientId: this.options.clientId ?? -1,
      lifecycle: this.options.lifecycle ?? PSA_LIFECYCLE_SECURED,
      implementationId: createHash('sha256').update('testfest reference PSA RoT').digest(),
      bootSeed: this.bootSeed,
      instanceId: this.iak.instanceId,
      softwareComponents: (this.options.softwareComponents ?? FIXED_SOFTWARE_COMPONENTS)(),
      certificationReference: '0604565272829-10010',
    };
    return this.iak.seal(cborEncode(claimsSet(challenge, device)));
  }
}
