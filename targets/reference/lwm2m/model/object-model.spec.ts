import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDdf } from './ddf-parse';
import { DEFAULT_DDF_DIR, ObjectModel, compareVersions, defaultModel, loadObjectModel } from './object-model';

describe('the bundled object model', () => {
  const model = defaultModel();

  it('holds the core objects and those the ETS uses', () => {
    expect(model.objectIds()).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 16, 19, 20, 21, 3303]));
  });

  it('describes the Server object as TS-Core App. E.2 does', () => {
    const server = model.object(1)!;
    expect(server).toMatchObject({ id: 1, name: 'LwM2M Server', version: '1.2', lwm2mVersion: '1.2', multiple: true, mandatory: true });
    expect(server.urn).toBe('urn:oma:lwm2m:oma:1:1.2');
    expect(server.resources.get(1)).toMatchObject({ name: 'Lifetime', type: 'integer', operations: 'RW', multiple: false, mandatory: true });
    expect(server.resources.get(8)).toMatchObject({ name: 'Registration Update Trigger', type: 'none', operations: 'E' });
    expect(server.resources.get(0)!.range).toEqual({ kind: 'value', min: 1, max: 65534 });
  });

  it('answers ModelLookup for multiple-instance and typed resources', () => {
    expect(model.resource(3, 11)).toMatchObject({ name: 'Error Code', type: 'integer', multiple: true });
    expect(model.resource(3, 13)).toMatchObject({ name: 'Current Time', type: 'time' });
    expect(model.resource(3303, 5700)).toMatchObject({ type: 'float' });
    expect(model.resource(3, 9999)).toBeUndefined();
    expect(model.resource(4242, 0)).toBeUndefined();
  });

  it('is loaded once', () => {
    expect(defaultModel()).toBe(model);
  });

  it('ships the DDF files byte for byte as listed in ddf/README.md', () => {
    const readme = readFileSync(join(DEFAULT_DDF_DIR, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+\.xml)$/gm)];
    expect(listed.length).toBeGreaterThanOrEqual(14);
    for (const [, sha, file] of listed) {
      const actual = createHash('sha256').update(readFileSync(join(DEFAULT_DDF_DIR, file!))).digest('hex');
      expect(`${file} ${actual}`).toBe(`${file} ${sha}`);
    }
  });
});

describe('ObjectModel versions', () => {
  const xml = (version: string) =>
    `<LWM2M><Object><Name>T</Name><ObjectID>9000</ObjectID><ObjectVersion>${version}</ObjectVersion><Resources/></Object></LWM2M>`;

  it('answers the newest version unless one is asked for', () => {
    const model = new ObjectModel([...parseDdf(xml('1.2')), ...parseDdf(xml('1.10')), ...parseDdf(xml('1.0'))]);
    expect(model.object(9000)!.version).toBe('1.10');
    expect(model.object(9000, '1.0')!.version).toBe('1.0');
    expect(model.object(9000, '2.0')).toBeUndefined();
  });

  it('refuses the same version twice', () => {
    expect(() => new ObjectModel([...parseDdf(xml('1.1')), ...parseDdf(xml('1.1'))])).toThrow(/9000 version 1.1 defined twice/);
  });

  it('compares dotted versions numerically', () => {
    expect(compareVersions('1.10', '1.2')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1')).toBe(0);
  });

  it('fails clearly on a folder without DDF files', () => {
    expect(() => loadObjectModel(__dirname + '/no-such-dir')).toThrow(/ENOENT/);
    expect(() => loadObjectModel(join(__dirname, '..'))).toThrow(/no DDF \*\.xml files/);
  });
});
