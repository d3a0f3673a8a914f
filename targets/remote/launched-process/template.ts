/**
 * Command templates for launched targets: `./client -s {serverUri} -n {endpoint}`. Substitution is done
 * per argument after splitting on whitespace, and the process is spawned without a shell, so a value
 * can never inject a command.
 */
import { ConfigError } from '../../config/load';

export const PLACEHOLDERS = {
  serverUri: 'URI of the suite\'s LwM2M Server, e.g. coap://127.0.0.1:41234',
  host: 'host part of serverUri',
  port: 'port part of serverUri',
  endpoint: 'Endpoint Client Name to register with (ep=)',
  lifetime: 'registration lifetime in seconds from the configuration (/1/0/1)',
  configFile: 'path of a JSON file holding the provisioned configuration (ETS App. C)',
  timeScale: 'wall-clock seconds per spec second (1 under --timing spec)',
  pskId: 'PSK identity from the configuration (/0/x/3), empty for NoSec',
  pskKey: 'PSK key in hex from the configuration (/0/x/5), empty for NoSec',
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;
export type TemplateValues = Record<Placeholder, string>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Throws a ConfigError naming the first unknown placeholder. */
export function validateTemplate(targetName: string, template: string): void {
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (!(m[1] in PLACEHOLDERS)) {
      throw new ConfigError(`targets.${targetName}.command: unknown placeholder {${m[1]}}; known: ${Object.keys(PLACEHOLDERS).map((p) => `{${p}}`).join(' ')}`);
    }
  }
}

/** Splits the template into argv and fills the placeholders. */
export function expandTemplate(template: string, values: TemplateValues): string[] {
  return template
    .trim()
    .split(/\s+/)
    .map((arg) => arg.replace(PLACEHOLDER, (_, name: string) => values[name as Placeholder] ?? `{${name}}`));
}
