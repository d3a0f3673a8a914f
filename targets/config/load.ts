import { readFileSync } from 'node:fs';
import { extname, resolve, dirname, isAbsolute } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ZodError } from 'zod';
import { ConfigSchema, type TestfestConfig } from './schema';

/** A configuration problem: the CLI prints `message` as one line and exits with EXIT_CONFIG_ERROR. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Edit distance, for "did you mean" hints on misspelt fields. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/**
 * `targets.acme: unknown field "comand" (did you mean "command"?)` — one issue only, so the user gets
 * one clear line. A misspelt field shows up as two issues (unknown key, missing required key); the
 * unknown key is the one to report, with the missing key as the hint.
 */
export function describeZodError(file: string, err: ZodError): string {
  const issues = [...err.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const issue = issues[0];
  const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  let problem = issue.message;
  let hinted = 0;
  if (issue.code === 'unrecognized_keys') {
    const missing = err.issues.filter((i) => i.code === 'invalid_type' && i.received === 'undefined' && i.path.slice(0, -1).join('.') === issue.path.join('.')).map((i) => String(i.path[i.path.length - 1]));
    problem = issue.keys
      .map((k) => {
        const hint = missing.find((m) => distance(m, k) <= 2);
        if (hint) hinted++;
        return `unknown field "${k}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
      })
      .join(', ');
  }
  if (issue.code === 'invalid_union_discriminator') problem = `must be one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}`;
  // A missing field named as the hint is the same problem, not one more.
  const rest = err.issues.length - 1 - hinted;
  const more = rest > 0 ? ` (and ${rest} more problem${rest > 1 ? 's' : ''})` : '';
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
