/**
 * ETS Appendix C configurations as JSON-safe fixtures (what a harness provisions onto a client).
 * Only the configurations the implemented cases use are here; the rest arrive with their cases.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C1 } from './c1';
import { C3 } from './c3';
import { C4 } from './c4';
import { C1_PORTFOLIO } from './c1-portfolio';
import { OBJECT_CONFIGURATIONS } from './object-configurations';
import { BOOTSTRAP_CONFIGURATIONS } from './bootstrap-configurations';

export { C1, SecurityMode, UNSET_SERVER_URI } from './c1';
export { C3 } from './c3';
export { C4 } from './c4';
export { C1_PORTFOLIO } from './c1-portfolio';
export { withResource, withServerUri } from './with-server-uri';
export { C8, C13, C14, UNSET_BOOTSTRAP_URI, withBootstrapServerUri, withServerAccountUri } from './bootstrap-configurations';

export const CONFIGURATIONS: Readonly<Record<string, ClientConfiguration>> = { 'C.1': C1, 'C.3': C3, 'C.4': C4, 'C.1+/16': C1_PORTFOLIO, ...OBJECT_CONFIGURATIONS, ...BOOTSTRAP_CONFIGURATIONS };

/** `C.1`, `c.1`, `C1` or a composite name such as `C.1+/16` → the configuration, or undefined for one not (yet) provided. */
export function configurationByName(name: string): ClientConfiguration | undefined {
  if (CONFIGURATIONS[name.trim()]) return CONFIGURATIONS[name.trim()]; // e.g. "C.1+/16"
  const m = /^c\.?(\d+)$/i.exec(name.trim());
  return m ? CONFIGURATIONS[`C.${m[1]}`] : undefined;
}
export { mqttAccountParts, object23Resources, object24Resources, type CoseValues, type MqttAccountValues, type MqttServerValues } from './mqtt-account';
export { generatedOscore, object21Resources, object21Values, type OscoreValues } from './oscore-account';
export { bindingForUri, hasPlaceholderUri, securityResources, withAccountSecurity, withUnsetServerAccounts, type AccountCredentials, type AccountPick, type AccountSecurity } from './with-security';
