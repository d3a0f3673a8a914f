import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_ROOT = join(__dirname, '..');

function versionOf(pkgJson: string): string {
  try {
    return (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function packageVersion(): string {
  return versionOf(join(PROJECT_ROOT, 'package.json'));
}

/** Versions recorded in every run's metadata, so a result can be reproduced. */
export function toolVersions(): Record<string, string> {
  const dep = (name: string) => versionOf(join(PROJECT_ROOT, 'node_modules', name, 'package.json'));
  return {
    testfest: packageVersion(),
    node: process.version,
    openssl: process.versions.openssl,
    '@cucumber/cucumber': dep('@cucumber/cucumber'),
    'coap-packet': dep('coap-packet'),
  };
}

/** The git revision of the suite itself (`abc1234` or `abc1234+dirty`), or undefined outside a checkout. */
export function gitRevision(): string | undefined {
  try {
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).toString().trim();
    return dirty ? `${rev}+dirty` : rev;
  } catch {
    return undefined;
  }
}
