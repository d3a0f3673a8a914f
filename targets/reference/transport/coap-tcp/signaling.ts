/**
 * RFC 8323 §5 signaling messages (code class 7) and their options. Signaling option numbers are
 * scoped to their code (§5.2): option 2 is Max-Message-Size in a CSM but Custody in a Ping.
 */
import type { CoapMessage, CoapOption } from '../coap-udp/types';
import { optionNumber } from '../coap-udp/options';
import { encodeUint } from '../coap-udp/options';

/** §11.1 signaling codes. */
export const SIGNAL = { CSM: '7.01', Ping: '7.02', Pong: '7.03', Release: '7.04', Abort: '7.05' } as const;

/** §5.3.1 base value of Max-Message-Size before a CSM says otherwise. */
export const BASE_MAX_MESSAGE_SIZE = 1152;

/** §11.2 signaling option numbers per code. */
const SIGNAL_OPTIONS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  [SIGNAL.CSM]: { 2: 'Max-Message-Size', 4: 'Block-Wise-Transfer' },
  [SIGNAL.Ping]: { 2: 'Custody' },
  [SIGNAL.Pong]: { 2: 'Custody' },
  [SIGNAL.Release]: { 2: 'Alternative-Address', 4: 'Hold-Off' },
  [SIGNAL.Abort]: { 2: 'Bad-CSM-Option' },
};

export const isSignal = (code: string): boolean => code.startsWith('7.');

/** Renames the options of a decoded signaling message by the §5 table of its code (unknown ones keep their number). */
export function nameSignalOptions(message: CoapMessage): CoapMessage {
  const table = SIGNAL_OPTIONS[message.code] ?? {};
  const options = message.options.map((o) => {
    const n = optionNumber(o.name)!;
    return { name: table[n] ?? String(n), value: o.value };
  });
  return { ...message, options };
}

/** The wire (numeric) option names of a signaling message, for the RFC 7252 option encoder. */
export function numberSignalOptions(message: CoapMessage): CoapMessage {
  const table = SIGNAL_OPTIONS[message.code] ?? {};
  const byName = new Map(Object.entries(table).map(([n, name]) => [name, n]));
  const options = message.options.map((o) => ({ name: byName.get(o.name) ?? o.name, value: o.value }));
  return { ...message, options };
}

/** Elective options have even numbers, critical ones odd (RFC 7252 §5.4.1, RFC 8323 §5.2). */
export function unknownCriticalSignalOption(message: CoapMessage): number | undefined {
  const table = SIGNAL_OPTIONS[message.code] ?? {};
  for (const o of message.options) {
    const known = Object.values(table).includes(o.name);
    const n = Number(o.name);
    if (!known && Number.isInteger(n) && n % 2 === 1) return n;
  }
  return undefined;
}

const EMPTY: Buffer = Buffer.alloc(0);

function signal(code: string, options: CoapOption[], payload = EMPTY, token = EMPTY): CoapMessage {
  return { type: 'CON', transport: 'tcp', code, messageId: 0, token, options, payload };
}

/** §5.3 CSM announcing our Max-Message-Size and (optionally) Block-Wise-Transfer support. */
export function csm(maxMessageSize: number, blockWise: boolean): CoapMessage {
  const options: CoapOption[] = [{ name: 'Max-Message-Size', value: encodeUint(maxMessageSize) }];
  if (blockWise) options.push({ name: 'Block-Wise-Transfer', value: EMPTY });
  return signal(SIGNAL.CSM, options);
}

export const ping = (token: Buffer): CoapMessage => signal(SIGNAL.Ping, [], EMPTY, token);
/** §5.4: a Pong answers a Ping with the Ping's token. */
export const pong = (token: Buffer): CoapMessage => signal(SIGNAL.Pong, [], EMPTY, token);
/** §5.5 Release: graceful close, with an optional diagnostic payload. */
export const release = (diagnostic = ''): CoapMessage => signal(SIGNAL.Release, [], Buffer.from(diagnostic, 'utf8'));
/** §5.6 Abort: the connection is closed at once; the payload says why. */
export function abort(diagnostic: string, badCsmOption?: number): CoapMessage {
  const options = badCsmOption === undefined ? [] : [{ name: 'Bad-CSM-Option', value: encodeUint(badCsmOption) }];
  return signal(SIGNAL.Abort, options, Buffer.from(diagnostic, 'utf8'));
}
