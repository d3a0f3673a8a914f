import { contentFormatOf, mediaTypeOf, MEDIA_TYPES, parseMediaType } from './media-types';

describe('Content-Format ⇄ Content-Type (RFC 8075 §6.2, TS-Core 1.2 Table 7.5-1)', () => {
  it.each([
    [0, 'text/plain;charset=utf-8'],
    [40, 'application/link-format'],
    [42, 'application/octet-stream'],
    [60, 'application/cbor'],
    [110, 'application/senml+json'],
    [112, 'application/senml+cbor'],
    [320, 'application/senml-etch+json'],
    [322, 'application/senml-etch+cbor'],
    [11542, 'application/vnd.oma.lwm2m+tlv'],
    [11543, 'application/vnd.oma.lwm2m+json'],
    [11544, 'application/vnd.oma.lwm2m+cbor'],
  ])('Content-Format %i ⇄ %s', (cf, type) => {
    expect(mediaTypeOf(cf)).toBe(type);
    expect(contentFormatOf(type)).toEqual({ contentFormat: cf });
  });

  it('maps every registered LwM2M format back to itself', () => {
    for (const cf of Object.keys(MEDIA_TYPES).map(Number)) expect(contentFormatOf(mediaTypeOf(cf))).toEqual({ contentFormat: cf });
  });

  it('carries a Content-Format without a media type as application/coap-payload;cf=N (RFC 8075 §6.2)', () => {
    expect(mediaTypeOf(1542)).toBe('application/coap-payload;cf=1542');
    expect(contentFormatOf('application/coap-payload; cf=1542')).toEqual({ contentFormat: 1542 });
    expect(contentFormatOf('application/coap-payload')).toEqual({ error: expect.stringContaining('needs cf=') });
    expect(contentFormatOf('application/coap-payload;cf=70000')).toEqual({ error: expect.stringContaining('needs cf=') });
  });

  it('reads media types case-insensitively, with spaces and quoted parameters', () => {
    expect(contentFormatOf('Application/VND.OMA.LWM2M+TLV')).toEqual({ contentFormat: 11542 });
    expect(contentFormatOf('text/plain; charset="UTF-8"')).toEqual({ contentFormat: 0 });
    expect(contentFormatOf('text/plain')).toEqual({ contentFormat: 0 });
  });

  it('refuses text/plain in another charset, unknown types and malformed headers with the reason', () => {
    expect(contentFormatOf('text/plain;charset=iso-8859-1')).toEqual({ error: expect.stringContaining('not iso-8859-1') });
    expect(contentFormatOf('text/html')).toEqual({ error: expect.stringContaining('has no CoAP Content-Format') });
    expect(contentFormatOf('garbage')).toEqual({ error: expect.stringContaining('is not a media type') });
    expect(contentFormatOf('a/b;x')).toEqual({ error: expect.stringContaining('is not a media type') });
  });

  it('parses parameters (RFC 9110 §8.3.1)', () => {
    expect(parseMediaType('application/coap-payload ; CF=60')).toEqual({ essence: 'application/coap-payload', parameters: { cf: '60' } });
    expect(parseMediaType('/json')).toBeUndefined();
  });
});
