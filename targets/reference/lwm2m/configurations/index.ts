/**
 * ETS Appendix C configurations as JSON-safe fixtures (what a harness provisions onto a client).
 * Only the configurations the implemented cases use are here; the rest arrive with their cases.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C1 } from './c1';
import { C3 } from './c3';
import { OBJECT_CONFIGURATIONS } from './object-configurations';

export { C1, SecurityMode, UNSET_SERVER_URI } from './c1';
export { C3 } from './c3';
export { withResource, withServerUri } from './with-server-uri';

export const CONFIGURATIONS: Readonly<Record<string, ClientConfiguration>> = { 'C.1': C1, 'C.3': C3, ...OBJECT_CONFIGURATIONS };

/** `C.1`, `c.1` or `C1` → the configuration, or undefined for one not (yet) provided. */
export function configurationByName(name: string): ClientConfiguration | undefined {
  const m = /^c\.?(\d+)$/i.exec(name.trim());
  return m ? CONFIGURATIONS[`C.${m[1]}`] : undefined;
}
