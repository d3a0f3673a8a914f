import { coapCodeOf, httpStatusOf } from './status-codes';

describe('CoAP response code → HTTP status (TS-Transport 1.2 §7.3, RFC 8075 §7)', () => {
  it.each([
    ['2.01', true, 201],
    ['2.01', false, 201],
    ['2.02', false, 204],
    ['2.02', true, 200],
    ['2.03', false, 200],
    ['2.04', false, 204],
    ['2.04', true, 200],
    ['2.05', true, 200],
    ['4.00', true, 400],
    ['4.01', false, 401],
    ['4.02', false, 400],
    ['4.03', false, 403],
    ['4.04', false, 404],
    ['4.05', false, 405],
    ['4.06', false, 406],
    ['4.09', false, 409],
    ['4.12', false, 412],
    ['4.13', false, 413],
    ['4.15', false, 415],
    ['5.00', false, 500],
    ['5.01', false, 501],
    ['5.02', false, 502],
    ['5.03', false, 503],
    ['5.04', false, 504],
    ['5.05', false, 502],
  ])('%s (body %s) → %i', (code, body, status) => {
    expect(httpStatusOf(code, body)).toBe(status);
  });

  it.each(['2.31', '4.08', '0.01', '3.00', '7.01', 'x'])('%s has no HTTP status', (code) => {
    expect(httpStatusOf(code, false)).toBeUndefined();
  });
});

describe('HTTP status → CoAP response code, by the request it answers', () => {
  it.each([
    [201, 'POST', '/rd', '2.01'],
    [200, 'GET', '/3/0', '2.05'],
    [204, 'PUT', '/1/0/1', '2.04'],
    [200, 'PUT', '/1/0/1', '2.04'],
    [204, 'POST', '/1/0/8', '2.04'],
    [204, 'POST', '/rd/5', '2.04'],
    [200, 'POST', '/bs', '2.04'],
    [204, 'POST', '/dp', '2.04'],
    [204, 'DELETE', '/rd/5', '2.02'],
    [200, 'DELETE', '/5/0', '2.02'],
    [204, 'POST', '/5', '2.01'],
    [200, 'POST', '/lwm2m/5', '2.01'],
    [400, 'POST', '/rd', '4.00'],
    [401, 'GET', '/3', '4.01'],
    [403, 'GET', '/3', '4.03'],
    [404, 'POST', '/rd/x', '4.04'],
    [405, 'GET', '/3', '4.05'],
    [406, 'GET', '/3', '4.06'],
    [409, 'POST', '/rd', '4.09'],
    [412, 'POST', '/rd', '4.12'],
    [413, 'PUT', '/5/0/0', '4.13'],
    [415, 'PUT', '/3/0/1', '4.15'],
    [402, 'GET', '/3', '4.00'],
    [408, 'GET', '/3', '4.00'],
    [451, 'GET', '/3', '4.00'],
    [500, 'GET', '/3', '5.00'],
    [502, 'GET', '/3', '5.02'],
    [503, 'GET', '/3', '5.03'],
    [505, 'GET', '/3', '5.00'],
    [599, 'GET', '/3', '5.00'],
  ] as const)('%i to %s %s → %s', (status, method, path, code) => {
    expect(coapCodeOf(status, method, path)).toBe(code);
  });

  it.each([100, 301, 302, 304, 600, 99])('%i has no CoAP code', (status) => {
    expect(coapCodeOf(status, 'GET', '/3')).toBeUndefined();
  });
});
