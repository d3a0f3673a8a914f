/**
 * The run folder's metadata.json, written by `testfest run` (cli/run/metadata.ts). Reports read it
 * leniently: every field is optional (an old or hand-made run folder still renders) and unknown
 * fields are kept, but a field of the wrong type is an error, since it means the writer changed.
 */
import { z } from 'zod';

const text = z.string().nullish();

const RunMetadataSchema = z
  .object({
    runId: text,
    /** Optional column label; `testfest report` defaults it to the run folder name. */
    label: text,
    target: text,
    targetKind: text,
    suite: text,
    transport: text,
    format: text,
    timing: text,
    startedAt: text,
    finishedAt: text,
    durationMs: z.number().nullish(),
    versions: z.record(z.string().nullable()).nullish(),
    gitRevision: text,
    tags: z.union([z.string(), z.array(z.string())]).nullish(),
    command: z.union([z.string(), z.array(z.string())]).nullish(),
    /** The target's expectations file: absolute, or relative to the working directory or the run folder. */
    expectationsFile: text,
  })
  .passthrough();

export type RunMetadata = z.infer<typeof RunMetadataSchema>;

/** Validates parsed metadata.json; throws one line naming the file and the field. */
export function parseRunMetadata(data: unknown, file = 'metadata.json'): RunMetadata {
  const parsed = RunMetadataSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${file}: ${issue.path.join('.') || 'the file must be a JSON object'}: ${issue.message}`);
}
