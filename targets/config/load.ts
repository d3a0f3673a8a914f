import { readFileSync } from 'node:fs';
import { extname, resolve, dirname, isAbsolute } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ZodError } from 'zod';
import { ConfigSchema, type TestfestConfig } from './schema';

/** A configuration problem: the CLI prints `message` as one line and exits with EXIT_CONFIG_ERROR. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** `targets.acme.command: Required` — the first issue only, so the user gets one clear line. */
export function describeZodError(file: string, err: ZodError): string {
  const issue = err.issues[0];
  const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  let problem = issue.message;
  if (issue.code === 'unrecognized_keys') problem = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_union_discriminator') problem = `must be one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}`;
  const more = err.issues.length > 1 ? ` (and ${err.issues.length - 1} more problem${err.issues.length > 2 ? 's' : ''})` : '';
  return `${file}: ${field}: ${problem}${more}`;
}

export function parseConfig(text: string, file: string): TestfestConfig {
  let raw: unknown;
  try {
    raw = extname(file).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`);
  }
  const result = ConfigSchema.safeParse(raw ?? {});
  if (!result.success) throw new ConfigError(describeZodError(file, result.error));
  return result.data;
}

/** Loads and validates a config file; relative paths inside it resolve against its folder. */
export function loadConfig(file: string): { config: TestfestConfig; baseDir: string } {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read config file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return { config: parseConfig(text, file), baseDir: dirname(path) };
}

export function resolveFrom(baseDir: string, p: string): string {
  return isAbsolute(p) ? p : resolve(baseDir, p);
}
