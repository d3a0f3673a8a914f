/**
 * Allure HTML from allure-results through allure-commandline 2.x, which needs Java. Without Java the
 * run is still complete (allure-results is kept); we print one line saying so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../versions';

const ALLURE_TIMEOUT_MS = 180_000;

export function javaAvailable(): boolean {
  const r = spawnSync('java', ['-version'], { stdio: 'ignore', timeout: 20_000 });
  return r.status === 0;
}

/** Returns a one-line notice for the console. */
export function generateAllureReport(resultsDir: string, reportDir: string): string {
  if (!existsSync(resultsDir)) return `allure: no allure-results in ${resultsDir}; skipped`;
  if (!javaAvailable()) return 'allure: Java not found, so no Allure HTML; allure-results is kept (run `allure generate` where Java is)';
  const bin = join(PROJECT_ROOT, 'node_modules', 'allure-commandline', 'bin', 'allure');
  const r = spawnSync(bin, ['generate', resultsDir, '-o', reportDir, '--clean', '--single-file'], {
    // Allure 2 embeds a Google Tag Manager script unless told not to (toolchain.md §3).
    env: { ...process.env, ALLURE_NO_ANALYTICS: 'true' },
    encoding: 'utf8',
    timeout: ALLURE_TIMEOUT_MS,
  });
  if (r.error) return `allure: could not run allure-commandline: ${r.error.message}`;
  if (r.status !== 0) return `allure: allure generate exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').pop()}`;
  return `allure: ${join(reportDir, 'index.html')}`;
}
