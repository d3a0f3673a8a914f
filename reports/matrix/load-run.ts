/**
 * Loads one run folder (as written by `testfest run`) and classifies it. A run folder without
 * messages.ndjson is an error; everything else that is wrong with it (a cut-off stream, a missing
 * metadata.json or expectations file) is reported in `result.harnessErrors` and the report is still
 * produced, because results already gathered must never be lost.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { readNdjson } from '../ndjson';
import { classifyRun, type RunResult } from '../classify';
import { loadExpectations, type Expectation } from '../expectations';
import { parseRunMetadata, type RunMetadata } from '../metadata';

export const MESSAGES_FILE = 'messages.ndjson';
export const METADATA_FILE = 'metadata.json';

export interface LoadedRun {
  dir: string;
  metadata: RunMetadata;
  result: RunResult;
}

export interface LoadRunOptions {
  /** Overrides the expectations named by metadata.expectationsFile. */
  expectations?: readonly Expectation[];
}

export function loadRun(dir: string, options: LoadRunOptions = {}): LoadedRun {
  const messagesFile = join(dir, MESSAGES_FILE);
  if (!existsSync(messagesFile)) {
    throw new Error(`${dir}: not a run folder: it has no ${MESSAGES_FILE} (the canonical Cucumber Messages output of \`testfest run\`)`);
  }
  const notes: string[] = [];
  const metadata = readMetadata(dir, notes);
  const expectations = options.expectations ?? readExpectations(dir, metadata, notes);
  const stream = readNdjson(messagesFile);
  const result = classifyRun(stream.envelopes, expectations);
  result.harnessErrors.unshift(...stream.problems, ...notes);
  return { dir, metadata, result };
}

function readMetadata(dir: string, notes: string[]): RunMetadata {
  const file = join(dir, METADATA_FILE);
  if (!existsSync(file)) {
    notes.push(`${file}: missing; the run is shown without target, transport or date`);
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    notes.push(`${file}: not valid JSON (${(e as Error).message}); ignored`);
    return {};
  }
  return parseRunMetadata(data, file);
}

function readExpectations(dir: string, metadata: RunMetadata, notes: string[]): Expectation[] {
  const named = metadata.expectationsFile;
  if (!named) return [];
  // The CLI writes paths relative to where it ran; a copied run folder may carry its own file.
  const candidates = isAbsolute(named) ? [named] : [resolve(named), join(dir, named)];
  const found = candidates.find((f) => existsSync(f));
  if (!found) {
    notes.push(`expectations file ${named} (named in ${METADATA_FILE}) not found; every deviation counts as a regression`);
    return [];
  }
  return loadExpectations(found);
}
