import { bindingOf, isLwm2mTransport, transportGate } from './transport';

describe('run transports and scenario transport tags', () => {
  it('knows the six transports and their binding letters (TS-Core 1.2 §6.2.1.2)', () => {
    expect(['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt', 'http'].every(isLwm2mTransport)).toBe(true);
    expect(isLwm2mTransport('coap+udp')).toBe(false);
    expect(['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt', 'http'].map((t) => bindingOf(t as never))).toEqual(['U', 'U', 'T', 'T', 'M', 'H']);
  });

  it('a scenario that pins its transport is judged by its own @requires:transport tag only', () => {
    expect(transportGate(['@requires:transport=coaps', '@transport:nosec'], 'coap+tcp')).toEqual({ pinned: true, unmetFamilies: [] });
  });

  it('@transport:udp admits coap and coaps, @transport:nosec only coap', () => {
    expect(transportGate(['@transport:udp'], 'coaps').unmetFamilies).toEqual([]);
    expect(transportGate(['@transport:udp'], 'coap+tcp').unmetFamilies).toEqual(['@transport:udp']);
    expect(transportGate(['@transport:nosec', '@x'], 'coaps').unmetFamilies).toEqual(['@transport:nosec']);
    expect(transportGate(['@transport:nosec'], 'coap')).toEqual({ pinned: false, unmetFamilies: [] });
  });
});
