import type { CoapRequestSpec, CoapResponse } from '../../transport/coap-udp/types';
import { RegistrationEngine, type RegistrationHost } from './registration-engine';

/** A host whose server answers from a script; records what the client sent. */
function fakeHost(answer: (spec: CoapRequestSpec) => string, lifetime = { value: 20 }) {
  const sent: CoapRequestSpec[] = [];
  const host: RegistrationHost = {
    send: async (spec) => {
      sent.push(spec);
      const code = answer(spec);
      return { code, locationPath: code === '2.01' ? ['rd', '7'] : [], payload: Buffer.alloc(0) } as unknown as CoapResponse;
    },
    registerParameters: () => ({ endpoint: 'ep1', lifetime: lifetime.value, binding: 'U' }),
    objectLinks: () => '</1/0>,</3/0>',
    log: () => undefined,
  };
  return { host, sent, lifetime };
}

const describeSpec = (s: CoapRequestSpec) => `${s.method} ${s.path}${s.query?.length ? '?' + s.query.join('&') : ''}`;
const settle = () => new Promise((r) => setTimeout(r, 5));

describe('RegistrationEngine (TS-Core §6.2)', () => {
  const engines: RegistrationEngine[] = [];
  afterEach(() => engines.splice(0).forEach((e) => e.stop()));
  const make = (host: RegistrationHost, timeScale = 1) => {
    const e = new RegistrationEngine(host, timeScale);
    engines.push(e);
    return e;
  };

  it('registers with ep, lt, lwm2m and b and the object list, then keeps the location', async () => {
    const { host, sent } = fakeHost(() => '2.01');
    const engine = make(host);
    await engine.start();
    expect(describeSpec(sent[0]!)).toBe('POST /rd?ep=ep1&lt=20&lwm2m=1.1&b=U');
    expect(sent[0]!.payload!.toString()).toBe('</1/0>,</3/0>');
    expect(engine.status).toBe('registered');
    expect(engine.registrationLocation).toEqual(['rd', '7']);
  });

  it('sends an Update with lt= after a lifetime change and an empty Update on the trigger', async () => {
    const { host, sent } = fakeHost((s) => (s.path === '/rd' ? '2.01' : '2.04'));
    const engine = make(host);
    await engine.start();
    engine.lifetimeChanged(40);
    await settle();
    engine.triggerUpdate();
    await settle();
    expect(sent.slice(1).map(describeSpec)).toEqual(['POST /rd/7?lt=40', 'POST /rd/7']);
  });

  it('updates periodically at half the lifetime (scaled)', async () => {
    const { host, sent } = fakeHost((s) => (s.path === '/rd' ? '2.01' : '2.04'));
    await make(host, 0.001).start(); // lt 20 s → an Update every 10 ms
    await new Promise((r) => setTimeout(r, 60));
    expect(sent.filter((s) => s.path === '/rd/7').length).toBeGreaterThanOrEqual(2);
  });

  it('registers again when the server answers the Update 4.04 (ETS int-105)', async () => {
    let forget = true;
    const { host, sent } = fakeHost((s) => (s.path === '/rd' ? '2.01' : forget ? ((forget = false), '4.04') : '2.04'));
    const engine = make(host);
    await engine.start();
    engine.triggerUpdate();
    await settle();
    expect(sent.map(describeSpec)).toEqual(['POST /rd?ep=ep1&lt=20&lwm2m=1.1&b=U', 'POST /rd/7', 'POST /rd?ep=ep1&lt=20&lwm2m=1.1&b=U']);
    expect(engine.status).toBe('registered');
  });

  it('de-registers on Disable and registers again after the disable timeout (scaled)', async () => {
    const { host, sent } = fakeHost((s) => (s.method === 'DELETE' ? '2.02' : '2.01'));
    const engine = make(host, 0.001);
    await engine.start();
    engine.disable(20);
    await settle();
    expect(describeSpec(sent[1]!)).toBe('DELETE /rd/7');
    expect(engine.status).toBe('disabled');
    await new Promise((r) => setTimeout(r, 40));
    expect(sent[2]!.path).toBe('/rd');
  });

  it('omits lwm2m= when the fault asks for it', async () => {
    const { host, sent } = fakeHost(() => '2.01');
    const params = host.registerParameters;
    host.registerParameters = () => ({ ...params(), omitVersion: true });
    await make(host).start();
    expect(describeSpec(sent[0]!)).toBe('POST /rd?ep=ep1&lt=20&b=U');
  });

  it('sends nothing after stop', async () => {
    const { host, sent } = fakeHost(() => '2.01');
    const engine = make(host, 0.001);
    await engine.start();
    engine.stop();
    engine.triggerUpdate();
    await new Promise((r) => setTimeout(r, 30));
    expect(sent).toHaveLength(1);
  });

  it('sends Q and pid when asked, and no payload when the Profile ID covers every object (ETS int-108, int-110)', async () => {
    const { host, sent } = fakeHost(() => '2.01');
    host.registerParameters = () => ({ endpoint: 'ep1', lifetime: 20, binding: 'U', version: '1.2', queueMode: true, profileId: '6:0a1b2c3d' });
    host.objectLinks = () => '';
    await make(host).start();
    expect(describeSpec(sent[0]!)).toBe('POST /rd?ep=ep1&lt=20&lwm2m=1.2&b=U&Q&pid=6:0a1b2c3d');
    expect(sent[0]!.payload).toBeUndefined();
    expect(sent[0]!.contentFormat).toBeUndefined();
  });

  it('gives up after the retry policy and reports the failure once (TS-Core 1.1 §6.2.1.1, ETS int-7)', async () => {
    const { host, sent } = fakeHost(() => '4.03');
    const failed = jest.fn();
    host.registrationFailed = failed;
    host.retryPolicy = () => ({ retryCount: 3, retryTimerS: 1, sequenceDelayS: 1000, sequenceRetryCount: 1 });
    const engine = make(host, 0.001); // retries 1 s and 2 s apart → 1 ms, 2 ms
    await engine.start();
    await new Promise((r) => setTimeout(r, 30));
    expect(sent).toHaveLength(3);
    expect(failed).toHaveBeenCalledTimes(1);
    expect(engine.status).toBe('failed');
  });

  it('updates MAX_TRANSMIT_WAIT before a long lifetime runs out, at half a short one', async () => {
    const { host, sent } = fakeHost((s) => (s.path === '/rd' ? '2.01' : '2.04'), { value: 240 });
    await make(host, 0.0001).start(); // 240 s → Update at 147 s = 14.7 ms
    await new Promise((r) => setTimeout(r, 10));
    expect(sent.filter((s) => s.path === '/rd/7')).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 15));
    expect(sent.filter((s) => s.path === '/rd/7').length).toBeGreaterThanOrEqual(1);
  });

  it('carries the new object list in the next Update after instances changed (TS-Core §6.2.2, ETS 1250)', async () => {
    const links = { value: '</1/0>,</3/0>' };
    const { host, sent } = fakeHost((s) => (s.path === '/rd' ? '2.01' : '2.04'));
    host.objectLinks = () => links.value;
    const engine = make(host);
    await engine.start();
    links.value = '</1/0>,</3/0>,</11/1>';
    engine.triggerUpdate();
    await settle();
    engine.triggerUpdate();
    await settle();
    expect(sent[1]!.payload?.toString()).toBe('</1/0>,</3/0>,</11/1>');
    expect(sent[2]!.payload).toBeUndefined();
  });
});
