/**
 * What a scenario attached: text evidence (transcripts, PSA call logs) for the reports, and the
 * verdict attachment that turns a skipped scenario into Not Applicable or Out of Time
 * (steps/support/verdict.ts). The media type string is repeated here on purpose: reports read run
 * output only and never import step code (DESIGN.md "Layout").
 */
import type { Attachment } from '@cucumber/messages';

export const VERDICT_MEDIA_TYPE = 'application/vnd.testfest.verdict+json';

/** cucumber-js `this.log()` attachments. */
const LOG_MEDIA_TYPE = 'text/x.cucumber.log+plain';

export interface Evidence {
  name: string;
  mediaType: string;
  text: string;
}

export type VerdictRead =
  | { ok: true; verdict: 'not-applicable' | 'out-of-time'; reason: string }
  | { ok: false; problem: string };

export function decodeBody(a: Attachment): string {
  return String(a.contentEncoding) === 'BASE64' ? Buffer.from(a.body, 'base64').toString('utf8') : a.body;
}

/** Text attachments only: binary ones (pcap) stay in the cucumber HTML and Allure reports. */
export function textEvidence(attachments: readonly Attachment[]): Evidence[] {
  return attachments
    .filter((a) => a.mediaType !== VERDICT_MEDIA_TYPE && isText(a.mediaType))
    .map((a, i) => ({
      name: a.fileName ?? (a.mediaType === LOG_MEDIA_TYPE ? 'log' : `attachment-${i + 1}`),
      mediaType: a.mediaType,
      text: decodeBody(a),
    }));
}

/** The last verdict attachment, if any; undefined when there is none. */
export function readVerdict(attachments: readonly Attachment[]): VerdictRead | undefined {
  const a = attachments.filter((x) => x.mediaType === VERDICT_MEDIA_TYPE).at(-1);
  if (!a) return undefined;
  try {
    const v = JSON.parse(decodeBody(a)) as { verdict?: unknown; reason?: unknown };
    if ((v.verdict === 'not-applicable' || v.verdict === 'out-of-time') && typeof v.reason === 'string') {
      return { ok: true, verdict: v.verdict, reason: v.reason };
    }
    return { ok: false, problem: `verdict attachment has no valid verdict/reason: ${decodeBody(a).slice(0, 200)}` };
  } catch {
    return { ok: false, problem: `verdict attachment is not JSON: ${decodeBody(a).slice(0, 200)}` };
  }
}

function isText(mediaType: string): boolean {
  const type = mediaType.split(';')[0].trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type.endsWith('+json') ||
    type === 'application/xml' ||
    type.endsWith('+xml') ||
    type === 'application/x-ndjson'
  );
}
