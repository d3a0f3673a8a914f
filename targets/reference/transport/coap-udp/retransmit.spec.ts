import { backoffSchedule, initialTimeoutMs, ReliableSender } from './retransmit';
import { resolveTiming } from './parameters';
import type { CoapMessage } from './types';

const timing = resolveTiming();
const peer = { address: '127.0.0.1', port: 5683 };
const con: CoapMessage = { type: 'CON', code: '0.01', messageId: 42, token: Buffer.from('01', 'hex'), options: [], payload: Buffer.alloc(0) };

describe('RFC 7252 §4.2 back-off', () => {
  it('starts between ACK_TIMEOUT and ACK_TIMEOUT × ACK_RANDOM_FACTOR', () => {
    expect(initialTimeoutMs(timing, () => 0)).toBe(2000);
    expect(initialTimeoutMs(timing, () => 0.999999)).toBeCloseTo(3000, 0);
    for (let i = 0; i < 100; i++) {
      const t = initialTimeoutMs(timing);
      expect(t).toBeGreaterThanOrEqual(2000);
      expect(t).toBeLessThanOrEqual(3000);
    }
  });

  it('doubles each time; the waits sum to MAX_TRANSMIT_WAIT at the upper bound', () => {
    expect(backoffSchedule(timing, () => 0)).toEqual([2000, 4000, 8000, 16000, 32000]);
    const sum = backoffSchedule(timing, () => 1).reduce((a, b) => a + b, 0);
    expect(sum).toBe(timing.maxTransmitWaitMs);
  });
});

describe('ReliableSender', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends 1 + MAX_RETRANSMIT times on the schedule, then times out', async () => {
    const sent: (string | undefined)[] = [];
    const sender = new ReliableSender(async (_p, _m, note) => void sent.push(note), timing, () => 0);
    sender.send(peer, con);
    expect(sent).toEqual([undefined]);
    await jest.advanceTimersByTimeAsync(1999);
    expect(sent).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([undefined, 'retransmission 1/4']);
    await jest.advanceTimersByTimeAsync(4000 + 8000 + 16000);
    expect(sent).toHaveLength(5);
    await jest.advanceTimersByTimeAsync(31999);
    expect(sender.settle(peer, { ...con, type: 'ACK', code: '0.00' })).toBe(true); // still in flight just before the end
  });

  it('gives up after the last wait with the transmission count', async () => {
    const sender = new ReliableSender(async () => {}, timing, () => 0);
    const transmission = sender.send(peer, con);
    await jest.advanceTimersByTimeAsync(62000);
    await expect(transmission.outcome).resolves.toEqual({ kind: 'timeout', transmissions: 5 });
  });

  it('stops on the matching ACK or RST (same peer and Message ID only)', async () => {
    const transmit = jest.fn(async () => {});
    const sender = new ReliableSender(transmit, timing, () => 0);
    const a = sender.send(peer, con);
    const b = sender.send(peer, { ...con, messageId: 43 });
    expect(sender.settle({ ...peer, port: 1 }, { ...con, type: 'ACK' })).toBe(false);
    expect(sender.settle(peer, { ...con, type: 'ACK', code: '2.05' })).toBe(true);
    expect(sender.settle(peer, { ...con, messageId: 43, type: 'RST', code: '0.00' })).toBe(true);
    await expect(a.outcome).resolves.toMatchObject({ kind: 'ack', transmissions: 1 });
    await expect(b.outcome).resolves.toMatchObject({ kind: 'reset' });
    await jest.advanceTimersByTimeAsync(100_000);
    expect(transmit).toHaveBeenCalledTimes(2);
  });

  it('ends with the send error', async () => {
    const sender = new ReliableSender(async () => Promise.reject(new Error('EHOSTUNREACH')), timing);
    await expect(sender.send(peer, con).outcome).resolves.toMatchObject({ kind: 'error', error: { message: 'EHOSTUNREACH' } });
  });

  it('cancels everything', async () => {
    const sender = new ReliableSender(async () => {}, timing);
    const t = sender.send(peer, con);
    sender.cancelAll();
    await expect(t.outcome).resolves.toMatchObject({ kind: 'cancelled' });
    expect(jest.getTimerCount()).toBe(0);
  });
});
