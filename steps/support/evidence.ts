/**
 * Evidence a scenario gathers (message transcripts, PSA call logs, process output). The After hook
 * attaches every section to the scenario, so it lands in the NDJSON, the HTML report and Allure.
 */
export class Evidence {
  private readonly sections = new Map<string, string[]>();
  private readonly started = Date.now();

  /** Appends one line to a named section (e.g. `transcript`, `psa-calls`). */
  line(section: string, text: string): void {
    let lines = this.sections.get(section);
    if (!lines) this.sections.set(section, (lines = []));
    lines.push(text);
  }

  /** Milliseconds since the scenario started, formatted `+0.123s`, for transcript timestamps. */
  stamp(at = Date.now()): string {
    return `+${((at - this.started) / 1000).toFixed(3)}s`;
  }

  entries(): Array<{ name: string; text: string }> {
    return [...this.sections].map(([name, lines]) => ({ name, text: lines.join('\n') + '\n' }));
  }
}
