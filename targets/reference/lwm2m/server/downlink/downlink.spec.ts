import type { CoapResponse } from '../../../transport/coap-udp/types';
import { DownlinkQueue, type ClientPresence } from './downlink';

const ok = (code = '2.05'): CoapResponse => ({ code, locationPath: [], payload: Buffer.alloc(0), message: {} as CoapResponse['message'] });

function deferred() {
  let resolve!: (r: CoapResponse) => void;
  const promise = new Promise<CoapResponse>((r) => (resolve = r));
  return { promise, resolve };
}

describe('DownlinkQueue (NSTART = 1, queue mode)', () => {
  it('sends one request at a time per client, in order (RFC 7252 §4.7)', async () => {
    const presence: ClientPresence = { queueMode: false, lastUplinkAt: Date.now() };
    const queue = new DownlinkQueue(() => presence, 1000);
    const first = deferred();
    const sent: string[] = [];
    const a = queue.submit('ep', 'GET /1', () => (sent.push('a'), first.promise), (r) => r.code);
    const b = queue.submit('ep', 'GET /3', () => (sent.push('b'), Promise.resolve(ok('2.04'))), (r) => r.code);
    expect(sent).toEqual(['a']);
    expect(b.state).toBe('queued');
    first.resolve(ok());
    expect(await a.result).toBe('2.05');
    expect(await b.result).toBe('2.04');
    expect(sent).toEqual(['a', 'b']);
  });

  it('holds requests for a sleeping queue-mode client until it wakes (TS-Transport §6.5)', async () => {
    const presence: ClientPresence = { queueMode: true, lastUplinkAt: Date.now() - 5000 };
    const queue = new DownlinkQueue(() => presence, 1000);
    const transmit = jest.fn(() => Promise.resolve(ok()));
    const request = queue.submit('ep', 'GET /3/0/0', transmit, (r) => r.code);
    expect(queue.isAwake('ep')).toBe(false);
    expect(transmit).not.toHaveBeenCalled();
    expect(queue.pending('ep').map((r) => r.id)).toEqual([request.id]);
    presence.lastUplinkAt = Date.now();
    queue.wake('ep');
    expect(await request.result).toBe('2.05');
    expect(queue.get(request.id)?.state).toBe('done');
  });

  it('fails what is still queued when the client goes away', async () => {
    const queue = new DownlinkQueue(() => ({ queueMode: true, lastUplinkAt: 0 }), 1000);
    const request = queue.submit('ep', 'GET /3', () => Promise.resolve(ok()), (r) => r.code);
    queue.abandon('ep', new Error('gone'));
    await expect(request.result).rejects.toThrow('gone');
    expect(request.state).toBe('failed');
  });

  it('turns a decode failure into a failed request, and keeps going', async () => {
    const queue = new DownlinkQueue(() => ({ queueMode: false, lastUplinkAt: 0 }), 1000);
    const bad = queue.submit('ep', 'GET /1', () => Promise.resolve(ok()), () => {
      throw new Error('cannot decode');
    });
    const good = queue.submit('ep', 'GET /3', () => Promise.resolve(ok()), (r) => r.code);
    await expect(bad.result).rejects.toThrow('cannot decode');
    expect(await good.result).toBe('2.05');
  });
});
