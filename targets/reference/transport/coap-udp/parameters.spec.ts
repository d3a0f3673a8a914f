import { ACK_TIMEOUT, EXCHANGE_LIFETIME, MAX_TRANSMIT_SPAN, MAX_TRANSMIT_WAIT, NON_LIFETIME, resolveTiming } from './parameters';

describe('RFC 7252 §4.8 transmission parameters', () => {
  it('derives the §4.8.2 values from the defaults', () => {
    expect(ACK_TIMEOUT).toBe(2000);
    expect(MAX_TRANSMIT_SPAN).toBe(45_000);
    expect(MAX_TRANSMIT_WAIT).toBe(93_000);
    expect(EXCHANGE_LIFETIME).toBe(247_000);
    expect(NON_LIFETIME).toBe(145_000);
    expect(resolveTiming()).toMatchObject({ ackTimeoutMs: 2000, maxTransmitWaitMs: 93_000, exchangeLifetimeMs: 247_000, nonLifetimeMs: 145_000 });
  });

  it('scales every time value by timeScale', () => {
    const timing = resolveTiming({}, 0.01);
    expect(timing.ackTimeoutMs).toBeCloseTo(20);
    expect(timing.maxTransmitWaitMs).toBeCloseTo(930);
    expect(timing.exchangeLifetimeMs).toBeCloseTo(2470);
  });

  it('applies overrides before the formulas', () => {
    const timing = resolveTiming({ ackTimeoutMs: 1000, ackRandomFactor: 1, maxRetransmit: 2 });
    expect(timing.maxTransmitSpanMs).toBe(3000);
    expect(timing.maxTransmitWaitMs).toBe(7000);
  });

  it('rejects nonsense', () => {
    expect(() => resolveTiming({}, 0)).toThrow(/timeScale/);
    expect(() => resolveTiming({ ackRandomFactor: 0.5 })).toThrow(/ackRandomFactor/);
    expect(() => resolveTiming({ maxRetransmit: -1 })).toThrow(/maxRetransmit/);
  });
});
