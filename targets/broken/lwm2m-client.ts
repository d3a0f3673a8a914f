/**
 * The broken LwM2M client of the self-test: the reference client with deliberate faults (client/
 * faults.ts). Against it the suite must fail exactly the criteria test/broken-criteria.ts lists — among
 * them ETS int-101 criterion A (no `lwm2m=` in Register), the criteria that need the lifetime write
 * to take effect (int-102 B, the Update with `lt=20`), int-301's pmin criterion and int-203's TLV
 * structure, and the security negatives of features/lwm2m/security/ (server certificate not checked,
 * requests from strangers answered) — nothing else.
 */
import { createReferenceClient, type ReferenceLwm2mClient } from '../reference/lwm2m/client';

export function createBrokenLwm2mClient(): ReferenceLwm2mClient {
  return createReferenceClient({
    faults: {
      omitLwm2mVersion: true,
      ignoreLifetimeWrite: true,
      // Notifies every value change at once, ignoring pmin (breaks int-301's pmin criterion).
      ignorePmin: true,
      // TLV length-type bits wrong for values over 7 bytes (breaks int-203's TLV structure criterion).
      tlvWrongLengthBits: true,
      // Answers Bootstrap-Finish 2.04 without a usable Server Account (breaks int-9's 4.06 criterion).
      acceptIncompleteBootstrap: true,
      // Connectivity Statistics keep counting after Stop /7/0/7 (breaks int-901's counter criterion).
      statisticsIgnoreStop: true,
      // coaps: the server certificate need not name the host of /0/x/0 (breaks int-403, RFC 6125 §6).
      skipServerNameCheck: true,
      // coaps, coaps+tcp: any server certificate is taken (breaks the untrusted-CA and expired negatives).
      trustAnyCertificate: true,
      // Answers requests from hosts that are not its server (breaks the foreign-request negative, TS-Transport §6.4).
      answerAnyPeer: true,
    },
  });
}
