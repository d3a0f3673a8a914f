/**
 * The harness keeps its promises: no window starts more operations than its count bound, none
 * starts one after its time bound, and a stuck operation ends the run with an error instead of
 * hanging it. No speed figure is asserted here: speed is for `npm run bench`, not for tests.
 */
import { bracketed, formatTable, measure, MeasureStuckError, pooled, ratio, rowOf } from './harness';

/** A fake clock that moves only when told: time bounds become exact, whatever the machine's load. */
function fakeClock() {
  let now = 0;
  return { clock: () => now, advance: (ms: number) => void (now += ms) };
}

describe('measure()', () => {
  it('stops at maxIterations, for the warm-up and for the window alike', async () => {
    let calls = 0;
    const m = await measure('count', () => void calls++, { maxMs: 60_000, maxIterations: 250, warmupMs: 60_000 });
    expect(m.ops).toBe(250);
    expect(m.stoppedBy).toBe('count');
    expect(m.warmup.ops).toBe(250);
    expect(calls).toBe(500);
  });

  it('starts no operation once maxMs has passed', async () => {
    const time = fakeClock();
    let calls = 0;
    // Each op takes 10 fake ms: ops start at 0, 10, ..., 90; at 100 the window is over.
    const m = await measure('time', () => {
      calls++;
      time.advance(10);
    }, { maxMs: 100, maxIterations: 1_000_000, clock: time.clock });
    expect(m.ops).toBe(10);
    expect(calls).toBe(10);
    expect(m.stoppedBy).toBe('time');
    expect(m.elapsedMs).toBe(100);
    expect(m.opsPerSec).toBe(100);
  });

  it('bounds the warm-up by warmupMs, not by maxMs', async () => {
    const time = fakeClock();
    const m = await measure('warm', () => time.advance(1), { maxMs: 50, warmupMs: 20, maxIterations: 1_000_000, clock: time.clock });
    expect(m.warmup).toEqual({ ops: 20, elapsedMs: 20, stoppedBy: 'time' });
    expect(m.ops).toBe(50);
  });

  it('never overshoots the count with concurrent workers, and keeps exactly `concurrency` in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const seenWorkers = new Set<number>();
    const m = await measure('concurrent', async (w) => {
      seenWorkers.add(w);
      peak = Math.max(peak, ++inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
    }, { maxMs: 60_000, maxIterations: 101, concurrency: 16 });
    expect(m.ops).toBe(101);
    expect(peak).toBe(16);
    expect([...seenWorkers].sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });

  it('rejects, instead of hanging, when an operation never completes', async () => {
    const never = () => new Promise<void>(() => {});
    await expect(measure('stuck', never, { maxMs: 20, maxIterations: 10, stuckAfterMs: 50 })).rejects.toThrow(MeasureStuckError);
  });

  it('passes an operation error through', async () => {
    await expect(measure('fails', () => Promise.reject(new Error('boom')), { maxMs: 1000, maxIterations: 5 })).rejects.toThrow('boom');
  });

  it('refuses bounds that would not bound anything', async () => {
    await expect(measure('bad', () => {}, { maxMs: 0, maxIterations: 10 })).rejects.toThrow(RangeError);
    await expect(measure('bad', () => {}, { maxMs: 10, maxIterations: 0 })).rejects.toThrow(RangeError);
  });
});

describe('figures', () => {
  it('ratio() is a ÷ b and n/a for an empty baseline', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(3, 0)).toBeNaN();
  });

  it('pools a bracket as total ops over total time', async () => {
    const time = fakeClock();
    let cost = 1;
    const op = () => time.advance(cost);
    const result = await bracketed(
      async () => {
        const m = await measure('base', op, { maxMs: 10, maxIterations: 1_000, clock: time.clock });
        cost = 2; // the machine "slows down" after the first baseline
        return m;
      },
      () => measure('subject', op, { maxMs: 10, maxIterations: 1_000, clock: time.clock }),
    );
    expect(result.baseline.ops).toBe(15);
    expect(result.baseline.elapsedMs).toBe(20);
    expect(result.drift).toBe(0.5);
    const row = rowOf('demo', 'subject', result, 'op/s', 'base');
    expect(row.ratio).toBeCloseTo(500 / 750);
    expect(formatTable([row])).toMatch(/demo: subject .* 0\.67× .*baseline drifted 0\.50×/);
    expect(pooled('p', result.subject, result.subject).opsPerSec).toBe(result.subject.opsPerSec);
  });
});
