/**
 * Device settings of the reference client that are not LwM2M Objects: what a vendor would set in the
 * device's own configuration (which enabler version it speaks, whether it registers in queue mode or
 * with a Profile ID, which bootstrap request it makes, how much flash and RAM a firmware update may
 * use). They travel with the provisioned configuration as its optional `settings` field, so the
 * launched-process target's `{configFile}` carries them too; a vendor client ignores the field and is
 * set up by its operator instead.
 */
import type { ClientConfiguration } from '../../../../roles/lwm2m-client';

export interface ReferenceClientSettings {
  /** Enabler version sent as `lwm2m=` (TS-Core §6.2.1); default `1.1`. */
  lwm2mVersion?: '1.1' | '1.2';
  /** Register with `Q` and sleep after MAX_TRANSMIT_WAIT (TS-Transport §6.5; 1.1 queue mode). */
  queueMode?: boolean;
  /** 1.2: Register with a dynamic Profile ID `pid=` for the core objects (TS-Core 1.2 §6.2.1). */
  profileId?: boolean;
  /** 1.2: bootstrap with Bootstrap-Pack-Request `GET /bspack` (TS-Core 1.2 §6.1.7.7). */
  bootstrapPack?: boolean;
  /** mqtt(s):// accounts: the MQTT protocol level of CONNECT, 4 = MQTT 3.1.1 (default) or 5 = MQTT 5 (TS-Transport 1.2 §8 allows both). */
  mqttVersion?: 4 | 5;
  /** Firmware Update (/5) limits: flash for the package and RAM for unpacking, in bytes. */
  firmware?: { storageBytes?: number; ramBytes?: number };
}

/** A configuration as the reference client reads it: ETS Appendix C instances plus device settings. */
export type ReferenceClientConfiguration = ClientConfiguration & { settings?: ReferenceClientSettings };

export function settingsOf(configuration: ClientConfiguration): ReferenceClientSettings {
  return (configuration as ReferenceClientConfiguration).settings ?? {};
}

/** A copy of `configuration` with `settings` merged over the ones it already has. */
export function withSettings(configuration: ClientConfiguration, settings: ReferenceClientSettings): ReferenceClientConfiguration {
  return { ...configuration, settings: { ...settingsOf(configuration), ...settings } };
}
