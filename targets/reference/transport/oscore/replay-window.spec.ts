/**
 * RFC 8613 §7.4 replay window: 32 wide, sliding.
 */
import { ReplayWindow } from './replay-window';

function receive(window: ReplayWindow, n: number): boolean {
  if (!window.check(n)) return false;
  window.accept(n);
  return true;
}

describe('ReplayWindow (RFC 8613 §7.4)', () => {
  it('accepts each number once, in or out of order', () => {
    const w = new ReplayWindow();
    expect(receive(w, 0)).toBe(true);
    expect(receive(w, 0)).toBe(false);
    expect(receive(w, 5)).toBe(true);
    expect(receive(w, 3)).toBe(true);
    expect(receive(w, 3)).toBe(false);
    expect(receive(w, 5)).toBe(false);
    expect(receive(w, 4)).toBe(true);
  });

  it('refuses numbers that fell below the 32-wide window, accepts the oldest one still in it', () => {
    const w = new ReplayWindow(32);
    receive(w, 100);
    expect(w.check(68)).toBe(false);
    expect(w.check(69)).toBe(true);
    receive(w, 200);
    expect(w.check(168)).toBe(false);
    expect(w.check(169)).toBe(true);
    expect(w.check(100)).toBe(false);
  });

  it('check alone never moves the window (a forged message must not)', () => {
    const w = new ReplayWindow();
    receive(w, 1);
    expect(w.check(1000)).toBe(true);
    expect(w.check(2)).toBe(true);
    expect(w.highest).toBe(1);
  });

  it('resetTo starts a window at a verified number (Appendix B.1.2)', () => {
    const w = new ReplayWindow();
    receive(w, 50);
    w.resetTo(10);
    expect(w.check(10)).toBe(false);
    expect(w.check(11)).toBe(true);
    expect(w.check(9)).toBe(true);
  });
});
