import { formatCoapMessage } from '../coap-udp/format';
import { HttpBindingError } from './errors';
import { fromHttpResponse, locationSegments, toHttpResponse } from './response-mapping';

const GET = { method: 'GET' as const, path: '/3/0', token: Buffer.from('a1', 'hex') };

describe('CoAP response → HTTP response', () => {
  it('Register 2.01 with Location-Path → 201 and Location: /rd/<id> (TS-Transport §7.1.3)', () => {
    expect(toHttpResponse({ code: '2.01', locationPath: ['rd', 'a b'] })).toEqual({ status: 201, headers: { location: '/rd/a%20b' }, body: Buffer.alloc(0), warning: undefined });
  });

  it('Read 2.05 with Content-Format → 200 and Content-Type', () => {
    const http = toHttpResponse({ code: '2.05', contentFormat: 11542, payload: Buffer.of(0xc8, 0x00, 0x01, 0x41) });
    expect([http.status, http.headers['content-type'], http.body.length]).toEqual([200, 'application/vnd.oma.lwm2m+tlv', 4]);
  });

  it('Write 2.04 without body → 204, and an error keeps its diagnostic payload', () => {
    expect(toHttpResponse({ code: '2.04' }).status).toBe(204);
    const bad = toHttpResponse({ code: '4.00', payload: Buffer.from('lt missing') });
    expect([bad.status, bad.body.toString()]).toEqual([400, 'lt missing']);
  });

  it('a code without an HTTP status becomes 500 with the reason; dropped options are reported', () => {
    const http = toHttpResponse({ code: '2.31' });
    expect(http.status).toBe(500);
    expect(http.body.toString()).toMatch(/2\.31 has no HTTP status/);
    expect(toHttpResponse({ code: '2.05', observe: 3, payload: Buffer.from('1') }).warning).toBe('not carried over HTTP: Observe');
  });
});

describe('HTTP response → CoAP response', () => {
  it('200 + Content-Type → 2.05 + Content-Format, token kept in the CoAP-shaped message', () => {
    const response = fromHttpResponse(GET, 200, { 'content-type': 'text/plain;charset=utf-8' }, Buffer.from('Open Mobile Alliance'));
    expect([response.code, response.contentFormat, response.payload.toString()]).toEqual(['2.05', 0, 'Open Mobile Alliance']);
    expect(formatCoapMessage(response.message)).toBe('CON 2.05 Content mid=0 token=a1 Content-Format=0 | Open Mobile Alliance');
  });

  it('201 + Location → 2.01 + Location-Path, also from an absolute URI', () => {
    const register = { method: 'POST' as const, path: '/rd', token: Buffer.alloc(0) };
    expect(fromHttpResponse(register, 201, { location: '/rd/5a3f' }, Buffer.alloc(0)).locationPath).toEqual(['rd', '5a3f']);
    expect(fromHttpResponse(register, 201, { location: 'http://127.0.0.1:1/rd/x%2Fy' }, Buffer.alloc(0)).locationPath).toEqual(['rd', 'x/y']);
  });

  it('an empty body ignores Content-Type', () => {
    expect(fromHttpResponse(GET, 200, { 'content-type': 'text/html' }, Buffer.alloc(0)).contentFormat).toBeUndefined();
  });

  it.each([
    [302, {}, 'x', /HTTP status 302 has no CoAP response code/],
    [200, { 'content-type': 'text/html' }, '<p>', /response Content-Type "text\/html" has no CoAP Content-Format/],
    [201, { location: '/rd/%zz' }, '', /malformed percent-encoding/],
  ] as const)('refuses status %i %j with a clear error', (status, headers, body, message) => {
    expect(() => fromHttpResponse(GET, status, headers, Buffer.from(body))).toThrow(HttpBindingError);
    expect(() => fromHttpResponse(GET, status, headers, Buffer.from(body))).toThrow(message);
  });

  it('reads Location paths', () => {
    expect(locationSegments('/rd/1')).toEqual(['rd', '1']);
  });
});
