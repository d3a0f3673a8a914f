/**
 * Claim presence and type checks per profile (RFC 9783 §4 and its CDDL for "psa#tfm"; the PSA 2.0.0
 * draft; Attestation API 1.0 for PSA_IOT_PROFILE_1, as psa-arch-tests VAL checks it: presence and CBOR
 * type of mandatory claims, not their values). Each problem names the claim key and what was wrong.
 */
import { CLAIM_KEYS, SW_COMPONENT, type ProfileId } from '../claim-keys';

type Check = (v: unknown) => string | undefined;

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;
const isInt = (v: unknown) => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';

const bytes = (sizes: (n: number) => boolean, what: string): Check => (v) =>
  !isBytes(v) ? `must be a byte string, got ${describe(v)}` : sizes(v.length) ? undefined : `must be ${what}, got ${v.length} bytes`;
const text = (pattern?: RegExp): Check => (v) =>
  typeof v !== 'string' ? `must be a text string, got ${describe(v)}` : pattern && !pattern.test(v) ? `${JSON.stringify(v)} does not match ${pattern}` : undefined;
const integer: Check = (v) => (isInt(v) ? undefined : `must be an integer, got ${describe(v)}`);
const uint16: Check = (v) => (isInt(v) && Number(v) >= 0 && Number(v) <= 0xffff ? undefined : `must be an unsigned 16-bit integer, got ${describe(v)}`);

const HASH_SIZES = (n: number) => n === 32 || n === 48 || n === 64;
const nonce = bytes(HASH_SIZES, '32, 48 or 64 bytes');
const instanceId: Check = (v) => bytes((n) => n === 33, '33 bytes')(v) ?? ((v as Uint8Array)[0] !== 0x01 ? 'must start with 0x01 (UEID type RAND)' : undefined);
const CERT_REF = /^[0-9]{13}(-[0-9]{5})?$/;

function describe(v: unknown): string {
  if (isBytes(v)) return `a ${v.length}-byte byte string`;
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Map) return 'a map';
  return `${typeof v} ${JSON.stringify(typeof v === 'bigint' ? String(v) : v)}`;
}

function softwareComponents(signerIdMandatory: boolean): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length === 0) return 'must be a non-empty array of software components';
    for (const [i, c] of v.entries()) {
      if (!(c instanceof Map)) return `component ${i} must be a map`;
      const fields: Array<[number, string, Check, boolean]> = [
        [SW_COMPONENT.type, 'measurement type', text(), false],
        [SW_COMPONENT.measurementValue, 'measurement value', bytes(HASH_SIZES, '32, 48 or 64 bytes'), true],
        [SW_COMPONENT.version, 'version', text(), false],
        [SW_COMPONENT.signerId, 'signer ID', bytes(HASH_SIZES, '32, 48 or 64 bytes'), signerIdMandatory],
        [SW_COMPONENT.measurementDescription, 'measurement description', text(), false],
      ];
      for (const [key, name, check, mandatory] of fields) {
        if (!c.has(key)) {
          if (mandatory) return `component ${i} lacks ${name} (key ${key})`;
          continue;
        }
        const problem = check(c.get(key));
        if (problem) return `component ${i} ${name} (key ${key}) ${problem}`;
      }
    }
    return undefined;
  };
}

interface Rule {
  key: number;
  name: string;
  mandatory: boolean;
  check: Check;
}

function rules(profile: ProfileId): Rule[] {
  const k = CLAIM_KEYS[profile];
  const legacy = profile === 'psa-iot-1';
  return [
    { key: k.nonce, name: 'nonce', mandatory: true, check: nonce },
    { key: k.instanceId, name: 'instance ID', mandatory: true, check: instanceId },
    { key: k.profile, name: 'profile', mandatory: !legacy, check: text() },
    { key: k.clientId, name: 'client ID', mandatory: true, check: integer },
    { key: k.lifecycle, name: 'security lifecycle', mandatory: true, check: uint16 },
    { key: k.implementationId, name: 'implementation ID', mandatory: true, check: bytes((n) => n === 32, '32 bytes') },
    { key: k.bootSeed, name: 'boot seed', mandatory: legacy, check: legacy ? bytes((n) => n === 32, '32 bytes') : bytes((n) => n >= 8 && n <= 32, '8 to 32 bytes') },
    { key: k.certificationReference, name: 'certification reference', mandatory: false, check: text(CERT_REF) },
    { key: k.softwareComponents, name: 'software components', mandatory: !legacy, check: softwareComponents(!legacy) },
    { key: k.verificationService, name: 'verification service indicator', mandatory: false, check: text() },
  ];
}

/** Every problem with the claims-set for its profile; empty when it conforms. */
export function claimProblems(claims: Map<unknown, unknown>, profile: ProfileId): string[] {
  const problems: string[] = [];
  for (const r of rules(profile)) {
    if (!claims.has(r.key)) {
      if (r.mandatory) problems.push(`claim ${r.key} (${r.name}) is missing`);
      continue;
    }
    const problem = r.check(claims.get(r.key));
    if (problem) problems.push(`claim ${r.key} (${r.name}) ${problem}`);
  }
  const k = CLAIM_KEYS['psa-iot-1'];
  if (profile === 'psa-iot-1' && !claims.has(k.softwareComponents) && !claims.has(k.noSwMeasurements!)) {
    problems.push(`claim ${k.softwareComponents} (software components) or ${k.noSwMeasurements} (no software measurements) is required`);
  }
  return problems;
}
