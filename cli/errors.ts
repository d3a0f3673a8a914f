import { ConfigError } from '../targets/config/load';
import { EXIT_CONFIG_OR_HARNESS } from './exit-codes';

/** A problem with the user's input (flags, files); printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Prints a top-level error the way a user can act on it, and returns the exit code. */
export function reportFatal(err: unknown): number {
  if (err instanceof ConfigError || err instanceof UsageError) {
    process.stderr.write(`testfest: configuration error: ${err.message}\n`);
  } else {
    process.stderr.write(`testfest: harness error: ${(err as Error)?.stack ?? String(err)}\n`);
  }
  return EXIT_CONFIG_OR_HARNESS;
}
