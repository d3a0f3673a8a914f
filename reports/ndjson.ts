/**
 * Reads a Cucumber Messages NDJSON stream, the canonical artefact of a run. Reports must still be
 * produced from a run that was killed (Ctrl-C twice, CI timeout, OOM): its last line may be cut off
 * mid-object, and that must be reported, not thrown, so the results already gathered are kept.
 */
import { readFileSync } from 'node:fs';
import type { Envelope } from '@cucumber/messages';

export interface NdjsonRead {
  envelopes: Envelope[];
  /** One line per problem, each naming the file and line; empty for a clean stream. */
  problems: string[];
  /** The last line was incomplete (the writer was stopped mid-line). */
  truncated: boolean;
}

export function parseNdjson(text: string, source = 'messages.ndjson'): NdjsonRead {
  const envelopes: Envelope[] = [];
  const problems: string[] = [];
  let truncated = false;
  const lines = text.split('\n');
  // A complete stream ends with '\n', so the last element is ''; anything else there was cut off.
  const lastIndex = lines.length - 1;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const parsed = tryParse(line);
    if (parsed.ok && isEnvelope(parsed.value)) {
      envelopes.push(parsed.value);
    } else if (i === lastIndex && !parsed.ok) {
      truncated = true;
      problems.push(`${source}: line ${i + 1} is incomplete (${line.length} characters, the run was probably killed while writing it); ignored`);
    } else {
      const why = parsed.ok ? 'is not a message object' : `is not JSON (${parsed.error})`;
      problems.push(`${source}: line ${i + 1} ${why}; ignored`);
    }
  });
  return { envelopes, problems, truncated };
}

/** Reads and parses a file; only a missing or unreadable file throws. */
export function readNdjson(file: string): NdjsonRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read the Cucumber Messages file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseNdjson(text, file);
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function tryParse(line: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(line) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** An envelope is an object with exactly one message key; we only check it is a plain object. */
function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
