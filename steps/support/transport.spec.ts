import { bindingOf, familyDescription, isLwm2mTransport, serverHarnessGap, transportGate } from './transport';

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

  it('family tags of the bindings: MQTT lacks Accept, URI registrations, query attributes, Location-Path, Block; HTTP lacks Observe and Block', () => {
    const tags = ['@transport:content-negotiation', '@transport:registration-query', '@transport:query-attributes', '@transport:location-path', '@transport:block-wise', '@transport:server-addresses'];
    expect(transportGate(tags, 'mqtt').unmetFamilies).toEqual(tags);
    expect(transportGate(tags, 'coaps+tcp').unmetFamilies).toEqual([]);
    expect(transportGate([...tags, '@transport:observe'], 'http').unmetFamilies).toEqual(['@transport:block-wise', '@transport:observe']);
    expect(transportGate(['@transport:observe'], 'mqtt').unmetFamilies).toEqual([]);
    expect(familyDescription('@transport:content-negotiation')).toMatch(/Table 8\.7-1.*runs over coap, coaps, coap\+tcp, coaps\+tcp, http only/);
  });

  it('server-under-test scenarios need a scripted client on the transport: not over http (TS-Transport 1.2 §7)', () => {
    expect(serverHarnessGap('http')).toMatch(/HTTP URL/);
    expect(['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt'].map((t) => serverHarnessGap(t as never))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
