/**
 * Everything a scenario creates (sockets, processes, keys) registers its cleanup here; the After hook
 * runs them last-in first-out, each bounded in time, and keeps going when one fails.
 */
export class Teardown {
  private readonly tasks: Array<{ label: string; run: () => unknown }> = [];

  add(label: string, run: () => unknown): void {
    this.tasks.push({ label, run });
  }

  /** Runs every task; returns the failures as messages (never throws). */
  async runAll(timeoutMs = 5000): Promise<string[]> {
    const problems: string[] = [];
    while (this.tasks.length > 0) {
      const task = this.tasks.pop()!;
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          Promise.resolve().then(task.run),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
      } catch (e) {
        problems.push(`teardown "${task.label}": ${(e as Error).message}`);
      } finally {
        clearTimeout(timer);
      }
    }
    return problems;
  }
}
