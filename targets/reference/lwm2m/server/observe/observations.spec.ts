import type { CoapResponse, PeerAddress } from '../../../transport/coap-udp/types';
import { isNewer, ObservationRegistry, type Observation } from './observations';

const peer: PeerAddress = { address: '127.0.0.1', port: 5000 };
const token = Buffer.from('0102030405060708', 'hex');

function observation(): Observation {
  return { id: token.toString('hex'), endpoint: 'ep', registrationId: '1', peer, token, request: { method: 'GET', path: '/3/0/7' }, kind: 'single', paths: ['/3/0/7'], createdAt: 0, notifications: [], received: 0, lastObserve: 5, lastAt: Date.now() };
}

function notification(observe: number | undefined, code = '2.05', from = peer): [CoapResponse, PeerAddress] {
  return [{ code, observe, locationPath: [], payload: Buffer.from('12'), message: { type: 'NON', code, messageId: 1, token, options: [], payload: Buffer.alloc(0) } }, from];
}

describe('RFC 7641 §3.4 notification order', () => {
  it.each([
    [5, 6, true],
    [6, 5, false],
    [2 ** 24 - 1, 1, true],
    [1, 2 ** 24 - 1, false],
  ])('%d then %d: newer = %s', (v1, v2, newer) => expect(isNewer(v1, v2)).toBe(newer));
});

describe('ObservationRegistry', () => {
  const decode = () => ({ code: '2.05', payload: Buffer.alloc(0) });

  it('matches notifications by token and sender, drops stale ones, ends on an error code', () => {
    const ended: string[] = [];
    const registry = new ObservationRegistry({ notification: () => {}, ended: (_o, why) => ended.push(why) }, 60_000);
    const o = observation();
    registry.add(o);
    expect(registry.offer(...notification(6), decode)).toBe(true);
    expect(registry.offer(...notification(4), decode)).toBe(true); // older: acknowledged, not kept
    expect(o.notifications.map((n) => n.observe)).toEqual([6]);
    expect(registry.offer(...notification(7, '2.05', { address: '127.0.0.1', port: 5001 }), decode)).toBe(false);
    expect(registry.offer(...notification(8, '4.04'), decode)).toBe(true);
    expect(ended).toEqual(['error-notification']);
    expect(registry.offer(...notification(9), decode)).toBe(false); // now unknown: the endpoint answers RST
  });

  it('drops the observations of a registration and keeps them listed as ended (TS-Core §6.4.1)', () => {
    const registry = new ObservationRegistry({ notification: () => {}, ended: () => {} }, 60_000);
    registry.add(observation());
    registry.dropRegistration('1', 're-registered');
    expect(registry.all('ep')).toHaveLength(0);
    expect(registry.get('ep', token.toString('hex'))?.ended?.reason).toBe('re-registered');
  });
});
