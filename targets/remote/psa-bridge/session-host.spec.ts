import { SessionHost, type RoleProvider } from './server/session-host';

class Counter {
  n = 0;
  async psa_increment(by: number): Promise<{ status: number; value: number }> {
    this.n += by;
    return { status: 0, value: this.n };
  }
  async psa_fail(): Promise<number> {
    throw new Error('boom');
  }
  closed = false;
  async close(): Promise<void> {
    this.closed = true;
  }
}

const instances: Counter[] = [];
const provider: RoleProvider = {
  implementation: 'test counter',
  roles: ['psa-crypto'],
  capabilities: { role: ['psa-crypto'] },
  maxSessions: 2,
  createRole: async () => {
    const c = new Counter();
    instances.push(c);
    return c;
  },
};

const req = (id: number, fn: string, extra: Record<string, unknown> = {}) => ({ v: 1, id, fn, args: [], ...extra });

async function greeted(): Promise<SessionHost> {
  const host = new SessionHost(provider);
  const hello = await host.handle(req(1, 'hello', { args: [{ versions: [1], client: 'spec' }] }));
  expect(hello.response.result).toMatchObject({ v: 1, roles: ['psa-crypto'], maxSessions: 2, capabilities: { role: ['psa-crypto'] } });
  return host;
}

describe('SessionHost (the implementation side of the protocol)', () => {
  it('requires the hello first', async () => {
    const host = new SessionHost(provider);
    const r = await host.handle(req(1, 'open', { role: 'psa-crypto' }));
    expect(r.response).toEqual({ id: 1, error: { code: 'hello-required', message: expect.any(String) } });
  });

  it('answers a version mismatch and asks for the connection to close', async () => {
    const host = new SessionHost(provider);
    const offered = await host.handle(req(1, 'hello', { args: [{ versions: [2] }] }));
    expect(offered).toMatchObject({ close: true, response: { id: 1, error: { code: 'version-mismatch', supported: [1] } } });
    const wrongV = await host.handle({ ...req(2, 'hello'), v: 7 });
    expect(wrongV).toMatchObject({ close: true, response: { error: { code: 'version-mismatch' } } });
  });

  it('refuses a request that is not a request, naming the field', async () => {
    const host = await greeted();
    expect((await host.handle({ v: 1, id: 3, fn: 'x' })).response).toEqual({ id: 3, error: { code: 'bad-request', message: 'request "args" must be an array' } });
    expect((await host.handle('nonsense')).response).toMatchObject({ id: null, error: { code: 'bad-request' } });
  });

  it('opens sessions that are independent instances, dispatches by name, and closes them', async () => {
    const host = await greeted();
    const a = (await host.handle(req(2, 'open', { role: 'psa-crypto', args: [{}] }))).response.result as { session: number };
    const b = (await host.handle(req(3, 'open', { role: 'psa-crypto', args: [{}] }))).response.result as { session: number };
    expect(a.session).not.toBe(b.session);
    await host.handle(req(4, 'psa_increment', { session: a.session, args: [5] }));
    const r = await host.handle(req(5, 'psa_increment', { session: b.session, args: [1] }));
    expect(r.response).toEqual({ id: 5, result: { status: 0, value: 1 } });
    const busy = await host.handle(req(6, 'open', { role: 'psa-crypto', args: [{}] }));
    expect(busy.response.error?.code).toBe('busy');
    expect((await host.handle(req(7, 'close', { session: a.session }))).response).toEqual({ id: 7, result: null });
    expect(instances.some((i) => i.closed)).toBe(true);
    expect((await host.handle(req(8, 'psa_increment', { session: a.session, args: [1] }))).response.error?.code).toBe('unknown-session');
  });

  it('answers a PSA function the role lacks with unknown-function and PSA_ERROR_NOT_SUPPORTED', async () => {
    const host = await greeted();
    const { session } = (await host.handle(req(2, 'open', { role: 'psa-crypto', args: [{}] }))).response.result as { session: number };
    const r = await host.handle(req(3, 'psa_hash_suspend', { session, args: [1, 64] }));
    expect(r.response.error).toMatchObject({ code: 'unknown-function', status: -134 });
    expect((await host.handle(req(4, 'constructor', { session }))).response.error?.code).toBe('unknown-function');
  });

  it('reports a function that throws as an internal error, and an unknown role', async () => {
    const host = await greeted();
    const { session } = (await host.handle(req(2, 'open', { role: 'psa-crypto', args: [{}] }))).response.result as { session: number };
    expect((await host.handle(req(3, 'psa_fail', { session }))).response.error).toEqual({ code: 'internal', message: 'psa_fail threw: boom' });
    expect((await host.handle(req(4, 'open', { role: 'psa-storage' }))).response.error?.code).toBe('unknown-role');
  });
});
