/**
 * The reference LwM2M Client: a device whose memory is provisioned from an ETS Appendix C
 * configuration (Factory Bootstrap), that registers to every LwM2M Server Account it holds — or
 * bootstraps from its Bootstrap-Server Account — and serves each server's requests: coap:// accounts
 * over ONE CoAP/UDP endpoint per power-on (TS-Transport §6.4.3: the server sees requests and responses
 * from the address it registered), coaps, coap+tcp, coaps+tcp and http(s) accounts — and any account
 * with OSCORE (/0/x/17 → /21/y) — over their own endpoint. For an http:// account the client runs
 * its own HTTP server for the Server's requests; `httpUrl()` tells whoever runs it where that is.
 * What one power-on does lives in runtime/client-runtime.ts; this class is the device around it: its
 * memory survives a reboot, a smartcard can be inserted (ETS int-3, int-6), and an operator can act on
 * it (`trigger`).
 */
import type { ClientConfiguration, Lwm2mClientStartOptions, Lwm2mClientTarget } from '../../../roles/lwm2m-client';
import { defaultModel, type ObjectModel } from '../model/object-model';
import type { ClientFaults } from './faults';
import type { ObjectTree } from './object-tree';
import { ClientRuntime } from './runtime/client-runtime';
import { factoryTree, withSmartcard } from './runtime/provision';
import { settingsOf, type ReferenceClientSettings } from './runtime/settings';

/** How long a graceful shutdown waits for the De-registers to be answered. */
const SHUTDOWN_GRACE_MS = 3000;
/** Diagnostics lines kept (oldest dropped first). */
const MAX_LOG_LINES = 300;
/** Spec seconds between a Reboot's 2.04 and the power going off (the response must leave first). */
const REBOOT_DELAY_S = 1;

interface Device {
  endpoint: string;
  timeScale: number;
  model: ObjectModel;
  settings: ReferenceClientSettings;
  /** Static hosts table for Server URIs (start option `hosts`). */
  hosts?: Record<string, string>;
  /** The device's memory: what Factory Bootstrap, bootstrap and DM writes leave behind. */
  flash: ObjectTree;
}

export class ReferenceLwm2mClient implements Lwm2mClientTarget {
  private device?: Device;
  private runtime?: ClientRuntime;
  /** Serialises power-on/off, so a reboot never overlaps a stop. */
  private power: Promise<void> = Promise.resolve();
  private readonly logLines: string[] = [];
  /** The card in the slot (it can go in before power-on); read at every power-on, never copied into flash. */
  private smartcard?: ClientConfiguration;

  constructor(private readonly faults: ClientFaults = {}) {}

  async start(options: Lwm2mClientStartOptions): Promise<void> {
    if (this.device) throw new Error('the reference client is already started');
    const model = defaultModel();
    this.device = {
      endpoint: options.endpoint,
      timeScale: options.timeScale,
      model,
      settings: settingsOf(options.configuration),
      hosts: options.hosts,
      flash: factoryTree(options.configuration, options.serverUri, model),
    };
    await this.powered(() => this.powerOn());
  }

  /** Switches the device off for good: memory and smartcard go with it (a later start provisions afresh). */
  async stop(): Promise<void> {
    this.device = undefined;
    this.smartcard = undefined;
    await this.powered(() => this.powerOff());
  }

  /** De-registers (waiting at most `graceMs` for the servers) and stops: a graceful power-off. */
  async shutdown(graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
    const deregistered = this.runtime?.deregisterAll();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([deregistered, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    await this.stop();
  }

  /**
   * The URL of the client's own HTTP server for an http:// account (TS-Transport 1.2 §7 gives the
   * LwM2M Server no way to learn it, so whoever runs the client passes it on, e.g. as the server's
   * `clientUrl`): `account` is a Short Server ID, 'bootstrap', or omitted (the account bootstrapping
   * now, else the first http:// account). Known from the moment that account's first request
   * (Register, Bootstrap-Request) goes out; undefined before, after stop(), and for other transports.
   */
  httpUrl(account?: number | 'bootstrap'): string | undefined {
    return this.runtime?.httpUrl(account);
  }

  diagnostics(): string {
    return this.logLines.join('\n');
  }

  /**
   * Operator actions: `reboot` power-cycles the device (no De-register, as when the plug is pulled),
   * `insert-smartcard` (detail: a configuration holding the card's Bootstrap Information) and
   * `remove-smartcard` take effect at the next power-on; anything else (`send`, …) goes to a server session.
   */
  async trigger(action: string, detail?: unknown): Promise<void> {
    switch (action) {
      case 'insert-smartcard':
        if (!detail || typeof detail !== 'object' || !Array.isArray((detail as ClientConfiguration).instances)) {
          throw new Error('insert-smartcard needs the card content as a configuration ({ id, instances })');
        }
        this.smartcard = detail as ClientConfiguration;
        this.log(`smartcard inserted (${this.smartcard.id})`);
        return;
      case 'remove-smartcard':
        this.smartcard = undefined;
        this.log('smartcard removed');
        return;
    }
    if (!this.device) throw new Error('the reference client is not started');
    if (action === 'reboot') return this.reboot();
    if (!this.runtime) throw new Error('the reference client is rebooting');
    return this.runtime.trigger(action, detail);
  }

  /** Power off and on again; the memory (flash) is kept, the smartcard read again. */
  private reboot(): Promise<void> {
    return this.powered(async () => {
      await this.powerOff();
      await this.powerOn();
    });
  }

  private async powerOn(): Promise<void> {
    const device = this.device;
    if (!device || this.runtime) return;
    const card = this.smartcard;
    const tree = card ? withSmartcard(device.flash, card, device.model) : device.flash;
    this.log(card ? `power on with smartcard ${card.id}` : 'power on');
    this.runtime = await ClientRuntime.start({
      endpoint: device.endpoint,
      tree,
      model: device.model,
      settings: device.settings,
      faults: this.faults,
      timeScale: device.timeScale,
      hosts: device.hosts,
      log: (line) => this.log(line),
      reboot: () => {
        const delay = Math.max(1, REBOOT_DELAY_S * 1000 * device.timeScale);
        setTimeout(() => void this.reboot().catch((e: unknown) => this.log(`reboot failed: ${(e as Error).message}`)), delay);
      },
    });
  }

  private async powerOff(): Promise<void> {
    const runtime = this.runtime;
    this.runtime = undefined;
    if (runtime) {
      this.log('power off');
      await runtime.stop();
    }
  }

  private powered(step: () => Promise<void>): Promise<void> {
    const next = this.power.then(step);
    this.power = next.catch(() => undefined);
    return next;
  }

  private log(line: string): void {
    this.logLines.push(`${new Date().toISOString()} ${line}`);
    if (this.logLines.length > MAX_LOG_LINES) this.logLines.shift();
  }
}
