/**
 * Every row of the CoAP ⇄ LwM2M-over-MQTT table (mapping.ts), both directions: the CoAP request the
 * sender's LwM2M layer makes → the operation map on the wire (checked against TS-Transport 1.2 Tables
 * 8.3.1-1 … 8.3.4-1) → the CoAP request the receiver's LwM2M layer sees. Results ⇄ codes (§8.5).
 */
import { compositeCodecFor } from '../../lwm2m/codecs/registry';
import { parsePath } from '../../lwm2m/model/path';
import type { CoapRequestSpec } from '../coap-udp/types';
import { MqttMappingError, mqttToRequest, mqttToResponse, notificationToMqtt, requestToMqtt, responseToMqtt, type MqttRequest, type Sender } from './mapping';
import { coapCodeOf, OP, resultOf, type Interface } from './operations';
import { decodeMessage, encodeMessage } from './payload';

const EP = 'urn:dev:ops:32473-node-1';
const links = Buffer.from('</1/0>,</3/0>');
const tlv = Buffer.from([0xc1, 0x00, 0x2a]);
const senmlCbor = compositeCodecFor(112)!;
const pathList = senmlCbor.encodePathList([parsePath('/3/0/0'), parsePath('/1/0/1')]);

interface Row {
  name: string;
  iface: Interface;
  sender: Sender;
  coap: CoapRequestSpec;
  wire: MqttRequest;
  /** What the receiver's LwM2M layer sees, when it differs from `coap`. */
  seen?: CoapRequestSpec;
}

const rows: Row[] = [
  {
    name: 'Register',
    iface: 'rd',
    sender: 'client',
    coap: { method: 'POST', path: '/rd', query: [`ep=${EP}`, 'lt=300', 'lwm2m=1.2', 'b=M'], contentFormat: 40, payload: links },
    wire: { operation: OP.register, lifetime: 300, version: '1.2', b: 'M', payload: links },
    seen: { method: 'POST', path: '/rd', query: [`ep=${EP}`, 'lt=300', 'b=M', 'lwm2m=1.2'], contentFormat: 40, payload: links },
  },
  {
    name: 'Update',
    iface: 'rd',
    sender: 'client',
    coap: { method: 'POST', path: `/rd/${EP}`, query: ['lt=60'] },
    wire: { operation: OP.update, lifetime: 60 },
    seen: { method: 'POST', path: '/rd/7f3a', query: ['lt=60'] },
  },
  { name: 'De-register', iface: 'rd', sender: 'client', coap: { method: 'DELETE', path: `/rd/${EP}` }, wire: { operation: OP.deregister }, seen: { method: 'DELETE', path: '/rd/7f3a' } },
  { name: 'Send', iface: 'rd', sender: 'client', coap: { method: 'POST', path: '/dp', contentFormat: 112, payload: tlv }, wire: { operation: OP.send, ct: 112, payload: tlv } },
  { name: 'Read', iface: 'rd', sender: 'server', coap: { method: 'GET', path: '/3/0/0' }, wire: { operation: OP.read, uri: '/3/0/0' } },
  { name: 'Discover', iface: 'rd', sender: 'server', coap: { method: 'GET', path: '/3', accept: 40, query: ['depth=2'] }, wire: { operation: OP.discover, uri: '/3', depth: 2 } },
  { name: 'Observe', iface: 'rd', sender: 'server', coap: { method: 'GET', path: '/3/0/13', observe: 0 }, wire: { operation: OP.observe, uri: '/3/0/13' } },
  {
    name: 'Cancel-Observe',
    iface: 'rd',
    sender: 'server',
    coap: { method: 'GET', path: '/3/0/13', observe: 1 },
    wire: { operation: OP.cancelObserve },
  },
  { name: 'Write-Replace', iface: 'rd', sender: 'server', coap: { method: 'PUT', path: '/1/0', contentFormat: 11542, payload: tlv }, wire: { operation: OP.writeReplace, uri: '/1/0', ct: 11542, payload: tlv } },
  {
    name: 'Write-Attributes',
    iface: 'rd',
    sender: 'server',
    coap: { method: 'PUT', path: '/3/0/9', query: ['pmin=5', 'pmax=60', 'gt=20.5', 'st=0.5', 'epmin=1', 'epmax=9', 'edge=1', 'hqmax=3'] },
    wire: { operation: OP.writeAttributes, uri: '/3/0/9', pmin: 5, pmax: 60, gt: 20.5, st: 0.5, epmin: 1, epmax: 9, edge: 1, hqmax: 3 },
  },
  { name: 'Execute', iface: 'rd', sender: 'server', coap: { method: 'POST', path: '/3/0/4', contentFormat: 0, payload: Buffer.from("0='a'") }, wire: { operation: OP.execute, uri: '/3/0/4', payload: Buffer.from("0='a'") } },
  { name: 'Write-Partial-Update', iface: 'rd', sender: 'server', coap: { method: 'POST', path: '/1/0', contentFormat: 11542, payload: tlv }, wire: { operation: OP.writePartialUpdate, uri: '/1/0', ct: 11542, payload: tlv } },
  { name: 'Create', iface: 'rd', sender: 'server', coap: { method: 'POST', path: '/1', contentFormat: 11542, payload: tlv }, wire: { operation: OP.create, uri: '/1', ct: 11542, payload: tlv } },
  { name: 'Delete', iface: 'rd', sender: 'server', coap: { method: 'DELETE', path: '/1/1' }, wire: { operation: OP.delete, uri: '/1/1' } },
  { name: 'Read-Composite', iface: 'rd', sender: 'server', coap: { method: 'FETCH', path: '/', contentFormat: 112, payload: pathList }, wire: { operation: OP.readComposite, paths: pathList } },
  {
    name: 'Observe-Composite',
    iface: 'rd',
    sender: 'server',
    coap: { method: 'FETCH', path: '/', contentFormat: 112, payload: pathList, observe: 0 },
    wire: { operation: OP.observeComposite, paths: pathList },
  },
  { name: 'Write-Composite', iface: 'rd', sender: 'server', coap: { method: 'iPATCH', path: '/', contentFormat: 112, payload: tlv }, wire: { operation: OP.writeComposite, ct: 112, payload: tlv } },
  { name: 'Bootstrap-Request', iface: 'bs', sender: 'client', coap: { method: 'POST', path: '/bs', query: [`ep=${EP}`, 'pct=11544'] }, wire: { operation: OP.bootstrapRequest, pct: 11544 } },
  { name: 'Bootstrap-Pack-Request', iface: 'bs', sender: 'client', coap: { method: 'GET', path: '/bspack' }, wire: { operation: OP.bootstrapPackRequest } },
  { name: 'Bootstrap-Write', iface: 'bs', sender: 'server', coap: { method: 'PUT', path: '/0/1', contentFormat: 11542, payload: tlv }, wire: { operation: OP.bootstrapWrite, uri: '/0/1', ct: 11542, payload: tlv } },
  { name: 'Bootstrap-Read', iface: 'bs', sender: 'server', coap: { method: 'GET', path: '/1' }, wire: { operation: OP.bootstrapRead, uri: '/1' } },
  { name: 'Bootstrap-Discover', iface: 'bs', sender: 'server', coap: { method: 'GET', path: '/', accept: 40 }, wire: { operation: OP.bootstrapDiscover } },
  { name: 'Bootstrap-Delete', iface: 'bs', sender: 'server', coap: { method: 'DELETE', path: '/1/0' }, wire: { operation: OP.bootstrapDelete, uri: '/1/0' } },
  { name: 'Bootstrap-Finish', iface: 'bs', sender: 'server', coap: { method: 'POST', path: '/bs' }, wire: { operation: OP.bootstrapFinish } },
];

const TOKEN = 0x1234n;
const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const canonical = (spec: CoapRequestSpec) => defined({ ...spec, query: spec.query?.length ? spec.query : undefined, payload: spec.payload?.length ? spec.payload : undefined });

describe('CoAP ⇄ LwM2M-over-MQTT operation table (TS-Transport 1.2 §8.3)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s: CoAP → operation map → CoAP', (_name, row) => {
    const { message, dropped } = requestToMqtt(row.coap, row.iface, row.sender);
    expect(defined(message)).toEqual(row.wire);
    expect(dropped).toEqual([]);
    // Through the CBOR bytes, as on the broker.
    const onWire = decodeMessage(encodeMessage({ ...message, token: TOKEN }));
    expect(onWire.token).toBe(TOKEN);
    const seen = mqttToRequest(onWire, row.iface, {
      endpoint: EP,
      location: '/rd/7f3a',
      observation: (t) => (t === TOKEN ? { uri: '/3/0/13' } : undefined),
    });
    expect(canonical(seen)).toEqual(canonical(row.seen ?? row.coap));
  });

  it('Register: ep travels in the topic; an ep key that contradicts it is refused (§8.2)', () => {
    expect(() => mqttToRequest({ operation: OP.register, token: 1n, ep: 'other' }, 'rd', { endpoint: EP })).toThrow(/does not match the topic's ENDPOINT/);
  });

  it('Update and De-register from an endpoint with no registration are refused', () => {
    expect(() => mqttToRequest({ operation: OP.update, token: 1n }, 'rd', { endpoint: EP })).toThrow(MqttMappingError);
    expect(() => mqttToRequest({ operation: OP.deregister, token: 1n }, 'rd', { endpoint: EP })).toThrow(/not registered/);
  });

  it('Cancel-Observe of an Observe-Composite becomes FETCH Observe=1 with the same path list', () => {
    const spec = mqttToRequest({ operation: OP.cancelObserve, token: 9n }, 'rd', { endpoint: EP, observation: () => ({ paths: pathList }) });
    expect(spec).toEqual({ method: 'FETCH', path: '/', observe: 1, contentFormat: 112, payload: pathList });
    expect(() => mqttToRequest({ operation: OP.cancelObserve, token: 9n }, 'rd', { endpoint: EP })).toThrow(/names no observation/);
  });

  it('a SenML JSON path list is re-encoded as SenML-ETCH CBOR for key 6', () => {
    const json = compositeCodecFor(110)!.encodePathList([parsePath('/3/0/0')]);
    const { message } = requestToMqtt({ method: 'FETCH', path: '/', contentFormat: 110, payload: json }, 'rd', 'server');
    expect(senmlCbor.decodePathList(message.paths!)).toEqual([parsePath('/3/0/0')]);
  });

  it('what Table 8.7-1 has no key for: Accept and Q are dropped and reported; lt / con / unset attributes and Observe attributes are refused', () => {
    expect(requestToMqtt({ method: 'GET', path: '/3/0', accept: 11542 }, 'rd', 'server').dropped).toEqual(['Accept 11542']);
    expect(requestToMqtt({ method: 'POST', path: '/rd', query: [`ep=${EP}`, 'Q'] }, 'rd', 'client').dropped).toEqual(['Q']);
    expect(() => requestToMqtt({ method: 'PUT', path: '/3/0/9', query: ['lt=3'] }, 'rd', 'server')).toThrow(/"lt" has no key/);
    expect(() => requestToMqtt({ method: 'PUT', path: '/3/0/9', query: ['pmin'] }, 'rd', 'server')).toThrow(/without a value/);
    expect(() => requestToMqtt({ method: 'GET', path: '/3/0/9', observe: 0, query: ['pmin=1'] }, 'rd', 'server')).toThrow(/no attribute keys/);
    expect(() => requestToMqtt({ method: 'PATCH', path: '/3/0' }, 'rd', 'server')).toThrow(MqttMappingError);
    expect(() => requestToMqtt({ method: 'GET', path: '/3/0' }, 'rd', 'client')).toThrow(/client GET/);
  });

  it('responses ⇄ results: class × 100 + detail (§8.5); Register 201 gets Location-Path rd/<ep>; Observe 205 the Observe option', () => {
    expect(['2.01', '2.02', '2.04', '2.05', '4.00', '4.04', '4.05', '5.01'].map(resultOf)).toEqual([201, 202, 204, 205, 400, 404, 405, 501]);
    expect([201, 231, 404, 415, 503, 600, 199, 299].map(coapCodeOf)).toEqual(['2.01', '2.31', '4.04', '4.15', '5.03', '5.00', '5.00', '5.00']);
    expect(responseToMqtt({ code: '2.05', contentFormat: 0, payload: Buffer.from('x') })).toEqual({ result: 205, ct: 0, payload: Buffer.from('x') });
    const registered = mqttToResponse({ token: 1n, result: 201 }, { operation: OP.register, iface: 'rd', endpoint: EP });
    expect(registered).toMatchObject({ code: '2.01', locationPath: ['rd', EP] });
    expect(mqttToResponse({ token: 1n, result: 205, ct: 0, payload: Buffer.from('7') }, { operation: OP.observe, iface: 'rd', endpoint: EP })).toMatchObject({ code: '2.05', observe: 0, contentFormat: 0 });
    expect(mqttToResponse({ token: 1n, result: 205 }, { operation: OP.read, iface: 'rd', endpoint: EP }).observe).toBeUndefined();
    // Bootstrap-Pack-Request (code 6 on bs) is not a Register: no location.
    expect(mqttToResponse({ token: 1n, result: 201 }, { operation: 6, iface: 'bs', endpoint: EP }).locationPath).toBeUndefined();
  });

  it('notifications: 2.05 → Notify (23); an error ending the observation → its result', () => {
    expect(notificationToMqtt({ code: '2.05', contentFormat: 0, payload: Buffer.from('21') })).toEqual({ operation: OP.notify, ct: 0, payload: Buffer.from('21') });
    expect(notificationToMqtt({ code: '4.04' })).toEqual({ result: 404, ct: undefined, payload: undefined });
  });
});
