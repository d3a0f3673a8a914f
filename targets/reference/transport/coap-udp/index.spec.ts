import * as coapUdp from './index';

describe('coap-udp public surface', () => {
  it('exports the endpoint factory, errors, formatter and RFC 7252 helpers', () => {
    expect(typeof coapUdp.createUdpEndpoint).toBe('function');
    expect(new coapUdp.CoapTimeoutError({ peer: { address: '::1', port: 5683 }, method: 'GET', path: '/3' }, 5, 'no ACK').message).toBe(
      'CoAP GET /3 to [::1]:5683: no ACK after 5 transmissions',
    );
    expect(new coapUdp.CoapResetError({ peer: { address: '10.0.0.1', port: 1 }, method: 'PUT', path: '/1' }).name).toBe('CoapResetError');
    expect(coapUdp.CODE_NAMES['2.04']).toBe('Changed');
    expect(coapUdp.METHOD_CODES.iPATCH).toBe('0.07');
    expect(coapUdp.decodeUint(coapUdp.encodeUint(60))).toBe(60);
    expect(coapUdp.EXCHANGE_LIFETIME).toBe(247_000);
    expect(typeof coapUdp.formatCoapMessage).toBe('function');
  });
});
