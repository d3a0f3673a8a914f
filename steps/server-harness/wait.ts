/**
 * Bounded waiting for the server-under-test steps.
 */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `probe` every `everyMs` until it returns something, or `timeoutMs` passes (then undefined). */
export async function poll<T>(probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 20): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() >= deadline) return undefined;
    await sleep(Math.min(everyMs, Math.max(1, deadline - Date.now())));
  }
}

/** Spec-second waits of the server-under-test steps (scaled by the timing profile). */
export const ServerWaits = {
  /** A request the Server under test should send right after the control API asked for it. */
  prompt: 5,
  /** After a notification: how long its ACK/RST may take (CoAP ACK_TIMEOUT). */
  reply: 5,
} as const;
