/**
 * Deliberate deviations for the broken target (DESIGN.md "Quality bar": the self-test must fail
 * exactly the criteria a broken target breaks). The reference client runs with none.
 */
import type { ObjectFaults } from './objects/faults';
import type { ChannelSecurityFaults } from './transport/channel-faults';

/**
 * Object behaviours (client/objects/) add their own faults, e.g. statisticsIgnoreStop (int-901), and
 * the (D)TLS channel its own (transport/channel-faults.ts: skipServerNameCheck, trustAnyCertificate).
 */
export interface ClientFaults extends ObjectFaults, ChannelSecurityFaults {
  /** Register without the `lwm2m=` parameter (breaks ETS int-101 criterion A). */
  omitLwm2mVersion?: boolean;
  /** Answer a Write to /1/x/1 with 2.04 but neither store it nor send the Update (breaks int-102 B). */
  ignoreLifetimeWrite?: boolean;
  /** Notify every change at once, ignoring pmin (TS-Core Table 7.3.2-1; breaks int-301's pmin criterion). */
  ignorePmin?: boolean;
  /** TLV values longer than 7 bytes get length-type bits 00 plus an 8-bit length (faulty-tlv.ts; breaks int-203 A). */
  tlvWrongLengthBits?: boolean;
  /** Answer Bootstrap-Finish 2.04 even without a usable Server Account (breaks ETS int-9's 4.06 criterion). */
  acceptIncompleteBootstrap?: boolean;
  /**
   * Serve a request from any address that reaches a server's endpoint as if that server sent it, where
   * the client must answer only its servers (TS-Transport §6.4; breaks the foreign-request negative).
   */
  answerAnyPeer?: boolean;
}
