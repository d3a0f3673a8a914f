import { formatCoapMessage } from '../coap-udp/format';
import { HttpBindingUnsupportedError } from './errors';
import { fromHttpRequest, requestTarget, splitTarget, toHttpRequest } from './request-mapping';

const PEER = { address: '127.0.0.1', port: 40000 };

describe('CoAP request → HTTP request (TS-Transport 1.2 §7.1)', () => {
  it.each(['GET', 'POST', 'PUT', 'DELETE'] as const)('keeps the method %s', (method) => {
    expect(toHttpRequest({ method, path: '/3/0' }).method).toBe(method);
  });

  it('Register: path and Uri-Query → /rd?ep=...&lt=...&b=H&Q, Content-Format 40 → Content-Type', () => {
    const http = toHttpRequest({ method: 'POST', path: '/rd', query: ['ep=node 1', 'lt=20', 'lwm2m=1.2', 'b=H', 'Q'], contentFormat: 40, payload: Buffer.from('</1/0>,</3/0>') });
    expect(http.target).toBe('/rd?ep=node%201&lt=20&lwm2m=1.2&b=H&Q');
    expect(http.headers).toEqual({ 'content-type': 'application/link-format' });
    expect(http.body.toString()).toBe('</1/0>,</3/0>');
  });

  it('Read: Accept → Accept header with the LwM2M media type', () => {
    expect(toHttpRequest({ method: 'GET', path: '/3/0', accept: 11542 }).headers).toEqual({ accept: 'application/vnd.oma.lwm2m+tlv' });
  });

  it('percent-encodes path segments and query names/values (RFC 7252 §6.5, RFC 3986 §2.1)', () => {
    expect(requestTarget('/a b/c&d', ['pid="oma:x,y"', 'k=v=w'])).toBe('/a%20b/c%26d?pid=%22oma%3Ax%2Cy%22&k=v%3Dw');
    expect(requestTarget('/')).toBe('/');
  });

  it('refuses Observe and Cancel Observation: §7.1.5 has Send only', () => {
    expect(() => toHttpRequest({ method: 'GET', path: '/3/0/13', observe: 0 })).toThrow(HttpBindingUnsupportedError);
    expect(() => toHttpRequest({ method: 'GET', path: '/3/0/13', observe: 1 })).toThrow(/§7\.1\.5/);
  });

  it.each(['FETCH', 'iPATCH', 'PATCH'] as const)('refuses %s (composite operations, §7.1.4)', (method) => {
    expect(() => toHttpRequest({ method, path: '/' })).toThrow(/only GET, POST, PUT and DELETE/);
  });

  it('refuses CoAP options it cannot carry (Block1)', () => {
    expect(() => toHttpRequest({ method: 'PUT', path: '/5/0/0', options: [{ name: 'Block1', value: Buffer.of(0x0e) }] })).toThrow(/Block1 have no form/);
  });
});

describe('HTTP request → CoAP request', () => {
  const read = (method: string, target: string, headers: Record<string, string> = {}, body = '') =>
    fromHttpRequest({ method, target, headers, body: Buffer.from(body) }, PEER);

  it('Register: path segments, query arguments, Content-Format, payload and a CoAP-shaped message', () => {
    const result = read('POST', '/rd?ep=node%201&lt=20&b=H&Q', { 'content-type': 'application/link-format' }, '</3/0>');
    if (!('request' in result)) throw new Error(result.refusal.reason);
    const req = result.request;
    expect([req.method, req.path, req.pathSegments, req.query, req.contentFormat, req.payload.toString()]).toEqual(['POST', '/rd', ['rd'], ['ep=node 1', 'lt=20', 'b=H', 'Q'], 40, '</3/0>']);
    expect(req.peer).toBe(PEER);
    expect(formatCoapMessage(req.message)).toBe('CON 0.02 POST mid=0 Uri-Path=rd Content-Format=40 Uri-Query=ep=node 1&lt=20&b=H&Q | </3/0>');
  });

  it('keeps "+" literal in queries (RFC 3986, not form encoding) and an empty query means none', () => {
    const r = read('GET', '/3/0?x=a+b');
    expect('request' in r && r.request.query).toEqual(['x=a+b']);
    const empty = read('GET', '/3/0?');
    expect('request' in empty && empty.request.query).toEqual([]);
  });

  it('Accept: first mappable range, */* or none = no Accept', () => {
    const accept = (header: string) => {
      const r = read('GET', '/3/0', { accept: header });
      return 'request' in r ? r.request.accept : r.refusal.status;
    };
    expect(accept('application/vnd.oma.lwm2m+cbor')).toBe(11544);
    expect(accept('text/html, application/senml+json;q=0.5')).toBe(110);
    expect(accept('*/*')).toBeUndefined();
    expect(accept('text/html')).toBe(406);
  });

  it.each([
    ['PATCH', '/3/0', {}, 405, /PATCH is not part/],
    ['GET', '3/0', {}, 400, /not origin-form/],
    ['GET', '/3/%zz', {}, 400, /malformed percent-encoding/],
    ['GET', '/rd?ep=%E0%A4%A', {}, 400, /malformed percent-encoding/],
    ['PUT', '/3/0/1', { 'content-type': 'text/html' }, 415, /no CoAP Content-Format/],
    ['PUT', '/3/0/1', { 'content-type': ';;' }, 415, /is not a media type/],
  ] as const)('refuses %s %s %j with %i', (method, target, headers, status, reason) => {
    const r = read(method, target, headers);
    expect('refusal' in r && r.refusal.status).toBe(status);
    expect('refusal' in r && r.refusal.reason).toMatch(reason);
  });

  it('answers a foreign method 405 with Allow', () => {
    const r = read('OPTIONS', '/');
    expect('refusal' in r && r.refusal.headers).toEqual({ allow: 'GET, POST, PUT, DELETE' });
  });

  it('splits "/" into no segments and keeps empty segments otherwise (RFC 7252 §6.4 step 8)', () => {
    expect(splitTarget('/')).toEqual({ segments: [], query: [] });
    expect(splitTarget('/3/0/')).toEqual({ segments: ['3', '0', ''], query: [] });
  });
});
