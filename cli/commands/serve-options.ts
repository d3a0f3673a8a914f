/** What every `testfest serve …` subcommand shares: option parsing and running until interrupted. */
import { UsageError } from '../errors';

/** Resolves on the first SIGINT or SIGTERM: a served implementation runs until then. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

export function positive(name: string, v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new UsageError(`${name} must be a positive number (got "${v}")`);
  return n;
}

/** A UDP/TCP port option: 0..65535, 0 = any free port. */
export function portOption(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`${flag} must be 0..65535 (got "${v}")`);
  return n;
}
