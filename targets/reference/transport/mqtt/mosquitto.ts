/**
 * Debian's mosquitto broker (2.0, MQTT 3.1.1 and 5) for tests and benches: a generated configuration
 * (`listener <free port> 127.0.0.1`, optionally TLS with certificates or PSKs and user passwords;
 * otherwise `allow_anonymous true`; persistence off, TCP_NODELAY on client
 * sockets so small PUBLISHes are not held by Nagle's algorithm) in a temporary folder,
 * started as a child process and stopped with SIGTERM; every wait bounded. A client picks its MQTT
 * version at CONNECT, so one broker serves both; `protocol` is what the caller means to use.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PSK_CIPHERS } from '../coap-tcp/tls-options';
import type { TestBroker } from './aedes-broker';
import { freeTcpPort, startBrokerProcess } from './broker-process';

export const MOSQUITTO_BIN = '/usr/sbin/mosquitto';
export const MOSQUITTO_INSTALL_HINT = 'apt-get install mosquitto';

export function hasMosquitto(): boolean {
  return spawnSync(MOSQUITTO_BIN, ['-h']).error === undefined;
}

export interface MosquittoBroker extends TestBroker {
  protocol: 4 | 5;
  log(): string;
}

/**
 * A TLS listener (mosquitto.conf(5) "Certificate based SSL/TLS Support" / "Pre-shared-key based SSL/TLS
 * Support"): certificates (PEM text; `ca` + `requireCertificate` ask for a client certificate from
 * that CA), or PSKs (identity → key; TLS 1.2 PSK suites, as coaps+tcp offers them).
 */
export type MosquittoTls =
  | { cert: string; key: string; ca?: string; requireCertificate?: boolean }
  | { psk: Record<string, Buffer>; hint?: string };

/**
 * mosquitto.conf(5) `log_type` values. Naming any replaces the default (error, warning, notice,
 * information), so `debug` alone would drop the "New client connected" (notice) and OpenSSL error lines.
 */
export type MosquittoLogType = 'debug' | 'error' | 'warning' | 'notice' | 'information' | 'subscribe' | 'unsubscribe' | 'websockets' | 'none' | 'all';

/**
 * `port`: a fixed port (e.g. to restart a broker where clients expect it); default a free one.
 * `tls`: the listener speaks TLS and the URL is `mqtts://127.0.0.1:<port>`.
 * `passwords`: user name → password; CONNECTs without one of them are refused (`allow_anonymous false`,
 * a `password_file` made with mosquitto_passwd).
 * `logTypes`: `log_type` lines (default: mosquitto's own); `all` or `debug` make mosquitto 2.0 print
 * each control packet it sends or receives ("Sending CONNACK to <id> (0, 0)", "Sending SUBACK to <id>",
 * "Sending PUBACK to <id> (m<id>, rc0)", …), the evidence of a broker's answers.
 */
export async function startMosquitto(options: { protocol: 4 | 5; timeoutMs?: number; port?: number; tls?: MosquittoTls; passwords?: Record<string, string>; logTypes?: readonly MosquittoLogType[] }): Promise<MosquittoBroker> {
  if (!hasMosquitto()) throw new Error(`${MOSQUITTO_BIN} is missing (${MOSQUITTO_INSTALL_HINT})`);
  const dir = mkdtempSync(join(tmpdir(), 'testfest-mosquitto-'));
  // Bounded retries: the free port can be taken between probing and mosquitto binding it.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freeTcpPort());
    const config = join(dir, 'mosquitto.conf');
    // `user`: started as root, mosquitto drops to user `mosquitto`, which could not read our 0600 key and password files.
    const listener = [`user ${userInfo().username}`, `listener ${port} 127.0.0.1`, ...tlsLines(dir, options.tls)];
    const access = options.passwords ? ['allow_anonymous false', `password_file ${passwordFile(dir, options.passwords)}`] : ['allow_anonymous true'];
    const logging = ['log_dest stderr', ...(options.logTypes ?? []).map((type) => `log_type ${type}`)];
    writeFileSync(config, [...listener, ...access, 'persistence false', 'set_tcp_nodelay true', ...logging, ''].join('\n'));
    try {
      const { process } = await startBrokerProcess(MOSQUITTO_BIN, ['-c', config], () => port, options.timeoutMs ?? 5000);
      const stop = async (): Promise<void> => {
        await process.stop();
        rmSync(dir, { recursive: true, force: true });
      };
      return { url: `${options.tls ? 'mqtts' : 'mqtt'}://127.0.0.1:${port}`, port, mode: 'child-process', protocol: options.protocol, log: process.log, stop };
    } catch (e) {
      if (attempt >= 3 || options.port !== undefined) {
        rmSync(dir, { recursive: true, force: true });
        throw e;
      }
    }
  }
}

/** The listener lines of a TLS listener; key material is written to files in the broker's folder. */
function tlsLines(dir: string, tls: MosquittoTls | undefined): string[] {
  if (!tls) return [];
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };
  if ('psk' in tls) {
    // psk_file: one `identity:hexkey` per line (mosquitto.conf(5)); ':' cannot occur in an identity.
    const lines = Object.entries(tls.psk).map(([identity, key]) => {
      if (identity.includes(':') || /[\r\n]/.test(identity)) throw new RangeError(`PSK identity ${JSON.stringify(identity)} cannot be written to a mosquitto psk_file`);
      return `${identity}:${key.toString('hex')}`;
    });
    // TLS 1.2 PSK suites only: Node's pskCallback is TLS 1.2 PSK (coap-tcp/tls-options.ts).
    return [`psk_hint ${tls.hint ?? 'testfest'}`, `psk_file ${file('psk.txt', lines.join('\n') + '\n')}`, 'tls_version tlsv1.2', `ciphers ${DEFAULT_PSK_CIPHERS}`];
  }
  const lines = [`certfile ${file('server.pem', tls.cert)}`, `keyfile ${file('server.key', tls.key)}`];
  if (tls.ca !== undefined) lines.push(`cafile ${file('ca.pem', tls.ca)}`);
  if (tls.requireCertificate) lines.push('require_certificate true');
  return lines;
}

export const MOSQUITTO_PASSWD_BIN = '/usr/bin/mosquitto_passwd';

/** A mosquitto password file (hashed entries, as the broker requires) written by mosquitto_passwd -b. */
function passwordFile(dir: string, passwords: Record<string, string>): string {
  const path = join(dir, 'passwords');
  writeFileSync(path, '', { mode: 0o600 });
  for (const [user, password] of Object.entries(passwords)) {
    const r = spawnSync(MOSQUITTO_PASSWD_BIN, ['-b', path, user, password], { timeout: 10_000, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${MOSQUITTO_PASSWD_BIN} failed for ${user}: ${r.error?.message ?? r.stderr}`);
  }
  return path;
}
