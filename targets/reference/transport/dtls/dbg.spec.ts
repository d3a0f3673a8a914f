import { createDtlsClientEndpoint, createDtlsServerEndpoint } from './index';
it('dbg', async () => {
  const KEY = Buffer.from('k'); const FAST = { timeScale: 0.05, handshakeTimeoutMs: 1500 };
  const t0 = Date.now(); const log = (m: string) => console.log(Date.now() - t0, m);
  const s = await createDtlsServerEndpoint({ psk: () => KEY, ...FAST });
  s.onRequest(() => ({ code: '2.05' }));
  const c = await createDtlsClientEndpoint({ peer: s.local, psk: { identity: 'ep1', key: KEY }, ...FAST });
  log('connected');
  const closed = new Promise((resolve) => s.dtls.onEvent((e) => e.type === 'closed' && resolve(e.reason)));
  await c.close(); log('client closed');
  await closed; log('server saw');
  await s.close(); log('server closed');
});
