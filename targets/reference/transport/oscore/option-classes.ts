/**
 * Which CoAP options OSCORE encrypts (RFC 8613 §4.1). Class E (Inner: encrypted and integrity
 * protected) is the default, so options unknown to us are protected too (§4.1: unknown options are
 * processed as class E). Class U (Outer: visible to proxies) are Uri-Host, Uri-Port, Proxy-Uri,
 * Proxy-Scheme (§4.1.3.2, §4.1.3.3), OSCORE itself and Hop-Limit (RFC 8768 §3). Observe is both
 * (§4.1.3.5): its Outer value is what intermediaries see, the Inner one is protected.
 */
import type { CoapOption } from '../coap-udp/types';
import { optionNumber } from '../coap-udp/options';

/** Outer-only option numbers. */
const CLASS_U = new Set<number>([3 /* Uri-Host */, 7 /* Uri-Port */, 9 /* OSCORE */, 16 /* Hop-Limit */, 35 /* Proxy-Uri */, 39 /* Proxy-Scheme */]);

export const OBSERVE = 6;
export const OSCORE_OPTION = 9;
/** RFC 9175 §2.2: Echo, class E for OSCORE (§2.2.1). Not in the coap-udp name table, so named by number. */
export const ECHO = 252;

export function numberOf(option: CoapOption): number | undefined {
  return optionNumber(option.name);
}

/** Splits options into the Inner (class E) and Outer (class U) sets; Observe goes to both. */
export function splitOptions(options: readonly CoapOption[]): { inner: CoapOption[]; outer: CoapOption[] } {
  const inner: CoapOption[] = [];
  const outer: CoapOption[] = [];
  for (const option of options) {
    const n = numberOf(option);
    if (n === OSCORE_OPTION) continue; // never protected inside itself; the caller writes the new one
    if (n === OBSERVE) {
      inner.push(option);
      outer.push(option);
    } else if (n !== undefined && CLASS_U.has(n)) outer.push(option);
    else inner.push(option);
  }
  return { inner, outer };
}

/** The Outer options a receiver keeps next to the decrypted Inner ones (class U only, §8.2 step 7). */
export function outerClassU(options: readonly CoapOption[]): CoapOption[] {
  return options.filter((o) => {
    const n = numberOf(o);
    return n !== undefined && CLASS_U.has(n) && n !== OSCORE_OPTION;
  });
}
