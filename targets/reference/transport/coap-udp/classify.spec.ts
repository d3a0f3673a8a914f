import { classify } from './classify';
import type { CoapMessage, CoapType } from './types';

const message = (type: CoapType, code: string): CoapMessage => ({ type, code, messageId: 1, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) });

describe('classify (RFC 7252 §4.2, §4.3)', () => {
  it.each([
    ['CON', '0.01', 'request'],
    ['NON', '0.02', 'request'],
    ['CON', '2.05', 'response'],
    ['NON', '4.04', 'response'],
    ['ACK', '0.00', 'settle'],
    ['ACK', '2.05', 'settle'],
    ['RST', '0.00', 'settle'],
    ['CON', '0.00', 'reject'],
    ['NON', '0.00', 'ignore'],
    ['ACK', '0.01', 'ignore'],
    ['RST', '2.05', 'ignore'],
    ['CON', '1.00', 'reject'],
    ['NON', '7.01', 'ignore'],
    ['CON', '3.00', 'reject'],
  ] as const)('%s %s → %s', (type, code, kind) => {
    expect(classify(message(type, code)).kind).toBe(kind);
  });
});
