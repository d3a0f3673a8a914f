import { NOT_REGISTERED_OBJECTS, parseRegistrationLinks, registrationObjectLinks } from './registration-links';
import { CodecError } from './types';

describe('registrationObjectLinks (TS-Core §6.2.1)', () => {
  it('lists instances, versions and empty objects, without a root link by default', () => {
    expect(
      registrationObjectLinks([
        { objectId: 3, instances: [0] },
        { objectId: 1, version: '1.1', instances: [1, 0] },
        { objectId: 5, instances: [] },
      ]),
    ).toBe('</1>;ver=1.1,</1/0>,</1/1>,</3/0>,</5>');
  });

  it('never lists Security /0, OSCORE /21 or COSE /23 (ETS int-101)', () => {
    const text = registrationObjectLinks([0, 1, 3, 21, 23].map((objectId) => ({ objectId, instances: [0] })));
    expect(text).toBe('</1/0>,</3/0>');
    expect(NOT_REGISTERED_OBJECTS).toEqual([0, 21, 23]);
  });

  it('writes the root link with ct, one value bare and several quoted', () => {
    expect(registrationObjectLinks([{ objectId: 3, instances: [0] }], { contentFormats: [11542] })).toBe('</>;rt="oma.lwm2m";ct=11542,</3/0>');
    expect(registrationObjectLinks([], { contentFormats: [60, 110] })).toBe('</>;rt="oma.lwm2m";ct="60 110"');
    expect(registrationObjectLinks([], { rootLink: true })).toBe('</>;rt="oma.lwm2m"');
  });

  it('prefixes every object link with an alternate path', () => {
    expect(registrationObjectLinks([{ objectId: 3, instances: [0] }], { rootPath: '/lwm2m/' })).toBe('</lwm2m>;rt="oma.lwm2m",</lwm2m/3/0>');
  });
});

describe('parseRegistrationLinks', () => {
  it('reads what Wakaama sends', () => {
    expect(parseRegistrationLinks('</>;rt="oma.lwm2m";ct=110,</1>;ver=1.1,</1/0>,</2/0>,</3/0>,</5>')).toEqual({
      rootPath: '/',
      contentFormats: [110],
      objects: [
        { objectId: 1, version: '1.1', instances: [0] },
        { objectId: 2, instances: [0] },
        { objectId: 3, instances: [0] },
        { objectId: 5, instances: [] },
      ],
    });
  });

  it('reads what Anjay sends (no root link) and keeps forbidden objects visible', () => {
    expect(parseRegistrationLinks('</0/0>,</1/0>,</3/0>')).toEqual({
      rootPath: '/',
      contentFormats: [],
      objects: [{ objectId: 0, instances: [0] }, { objectId: 1, instances: [0] }, { objectId: 3, instances: [0] }],
    });
  });

  it('strips an alternate path and reads a quoted ct list', () => {
    expect(parseRegistrationLinks('</lwm2m>;rt="oma.lwm2m";ct="60 11542",</lwm2m/3/0>')).toEqual({
      rootPath: '/lwm2m',
      contentFormats: [60, 11542],
      objects: [{ objectId: 3, instances: [0] }],
    });
  });

  it('round-trips with registrationObjectLinks', () => {
    const objects = [{ objectId: 1, version: '1.2', instances: [0, 1] }, { objectId: 3303, instances: [] }];
    expect(parseRegistrationLinks(registrationObjectLinks(objects, { contentFormats: [112] }))).toEqual({ rootPath: '/', contentFormats: [112], objects });
  });

  it.each([
    ['</3/0/1>', /names a Resource/],
    ['</lwm2m>;rt="oma.lwm2m",</3/0>', /not an Object or Object Instance under \/lwm2m/],
    ['</rd>', /not an Object or Object Instance/],
    ['</>;rt="oma.lwm2m";ct=tlv', /not a list of content-format numbers/],
    ['</>;rt="oma.lwm2m";ct', /not a list of content-format numbers/],
    ['</3/0', /unterminated/],
  ])('rejects %j', (text, message) => {
    expect(() => parseRegistrationLinks(text)).toThrow(CodecError);
    expect(() => parseRegistrationLinks(text)).toThrow(message);
  });
});
