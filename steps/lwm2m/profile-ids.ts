/**
 * The Profile IDs the suite's LwM2M Server knows (TS-Core 1.2 §6.2.1: a server resolves a `pid` to the
 * list of Objects and Object Instances it stands for, or answers 4.09). ETS int-110/111 require the
 * server to know C.1's profile (/1/0 and /3/0): the value the ETS prints, and the value the reference
 * client computes over the same list (runtime/profile-id.ts documents how; the TS leaves the hashed
 * bytes to the implementation).
 */
import { dynamicProfileId } from '../../targets/reference/lwm2m/client/runtime/profile-id';

/** The ETS's own example for C.1 (int-110, int-111). */
export const ETS_C1_PROFILE_ID = '6:27354b9a';

const C1_PROFILE = ['/1/0', '/3/0'];

export function knownProfiles(): Map<string, string[]> {
  const reference = dynamicProfileId(
    [
      { objectId: 1, instances: [0] },
      { objectId: 3, instances: [0] },
    ],
    '1.2',
  );
  return new Map([
    [ETS_C1_PROFILE_ID, C1_PROFILE],
    [reference, C1_PROFILE],
  ]);
}

/** TS-Core 1.2 §6.2.1 ABNF: dynamicID = suite ":" lowercase hex; suite 6 (sha-256-32) has 8 hex digits. */
export const SHA256_32_PID = /^6:[0-9a-f]{8}$/;
