import { parseDdf } from './ddf-parse';

const ddf = (resources: string, object = '') => `<?xml version="1.0" encoding="UTF-8"?>
<!-- header comment kept by the registry -->
<LWM2M>
  <Object ObjectType="MODefinition">
    <Name>Test Thing</Name>
    <Description1><![CDATA[A <b>test</b> object]]></Description1>
    <ObjectID>4242</ObjectID>
    <ObjectURN>urn:oma:lwm2m:x:4242:1.1</ObjectURN>
    ${object}
    <MultipleInstances>Multiple</MultipleInstances>
    <Mandatory>Optional</Mandatory>
    <Resources>${resources}</Resources>
  </Object>
</LWM2M>`;

const item = (id: string, type: string, extra = '') => `
  <Item ID="${id}"><Name>R ${id}</Name><Operations>RW</Operations><MultipleInstances>Single</MultipleInstances>
  <Mandatory>Mandatory</Mandatory><Type>${type}</Type><RangeEnumeration>0..10</RangeEnumeration><Units>s</Units>${extra}</Item>`;

describe('parseDdf', () => {
  it('reads object header fields as text, not numbers', () => {
    const [o] = parseDdf(ddf(item('0', 'Integer'), '<LWM2MVersion>1.1</LWM2MVersion><ObjectVersion>1.10</ObjectVersion>'));
    expect(o).toMatchObject({ id: 4242, name: 'Test Thing', version: '1.10', lwm2mVersion: '1.1', multiple: true, mandatory: false });
    expect(o!.urn).toBe('urn:oma:lwm2m:x:4242:1.1');
  });

  it('defaults versions to 1.0 when the 1.0 schema has no version elements', () => {
    const [o] = parseDdf(ddf(item('0', 'Integer')));
    expect(o).toMatchObject({ version: '1.0', lwm2mVersion: '1.0' });
  });

  it.each([
    ['String', 'string'],
    ['Integer', 'integer'],
    ['Unsigned Integer', 'unsigned'],
    ['Float', 'float'],
    ['Boolean', 'boolean'],
    ['Opaque', 'opaque'],
    ['Time', 'time'],
    ['Objlnk', 'objlnk'],
    ['Corelnk', 'corelnk'],
    ['', 'none'],
  ])('maps DDF type %j to %j', (ddfType, type) => {
    const [o] = parseDdf(ddf(item('7', ddfType)));
    expect(o!.resources.get(7)).toMatchObject({
      id: 7, name: 'R 7', type, multiple: false, mandatory: true, operations: 'RW',
      rangeEnumeration: '0..10', range: { kind: 'value', min: 0, max: 10 }, units: 's',
    });
  });

  it('names the file in errors', () => {
    expect(() => parseDdf(ddf(item('0', 'Decimal')), 'x.xml')).toThrow(/x\.xml: object 4242: resource 0 has unknown <Type> "Decimal"/);
    expect(() => parseDdf(ddf(item('0', 'String') + item('0', 'String')), 'x.xml')).toThrow(/resource 0 defined twice/);
    expect(() => parseDdf('<LWM2M/>', 'y.xml')).toThrow(/y\.xml: no <LWM2M><Object>/);
    expect(() => parseDdf(ddf(item('70000', 'String')))).toThrow(/not an id in 0\.\.65534/);
  });
});
