import { parseConfig, ConfigError } from './load';

describe('config file validation', () => {
  const bad = (text: string, file = 'cfg.yaml') => {
    try {
      parseConfig(text, file);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('accepts a launched-process target and fills defaults', () => {
    const cfg = parseConfig('targets:\n  acme:\n    kind: launched-process\n    role: lwm2m-client\n    command: ./acme {serverUri}\n', 'c.yaml');
    expect(cfg.targets.acme).toMatchObject({ kind: 'launched-process', startupGraceSeconds: 0.2 });
  });

  it('takes the HTTP URL of a launched client (LwM2M over HTTP) and names a bad one', () => {
    const base = 'targets:\n  acme:\n    kind: launched-process\n    role: lwm2m-client\n    command: ./acme {serverUri}\n';
    expect(parseConfig(`${base}    httpUrl: http://192.0.2.10:8080\n`, 'c.yaml').targets.acme).toMatchObject({ httpUrl: 'http://192.0.2.10:8080' });
    expect(bad(`${base}    httpUrl: 192.0.2.10:8080\n`)).toBe("cfg.yaml: targets.acme.httpUrl: must be the http(s):// URL of the client's own HTTP server");
  });

  it('names the field of a missing command in one line', () => {
    const msg = bad('targets:\n  acme:\n    kind: launched-process\n    role: lwm2m-client\n');
    expect(msg).toBe('cfg.yaml: targets.acme.command: Required');
  });

  it('names an unknown field', () => {
    expect(bad('targets:\n  acme:\n    kind: reference\n    colour: red\n')).toBe('cfg.yaml: targets.acme: unknown field "colour"');
  });

  it('names a misspelt field with a hint, as one problem', () => {
    expect(bad('targets:\n  acme:\n    kind: launched-process\n    role: lwm2m-client\n    comand: ./a\n')).toBe('cfg.yaml: targets.acme: unknown field "comand" (did you mean "command"?)');
  });

  it('names a bad kind', () => {
    expect(bad('targets:\n  acme:\n    kind: telepathy\n')).toMatch(/^cfg.yaml: targets.acme.kind: must be one of "launched-process", "reference", "broken", "psa-bridge", "lwm2m-server"$/);
  });

  it('rejects an unknown capability dimension', () => {
    expect(bad('targets:\n  a:\n    kind: reference\n    capabilities:\n      colour: [red]\n')).toMatch(/^cfg.yaml: targets.a.capabilities.colour: /);
  });

  it('reports malformed JSON without a stack', () => {
    expect(bad('{"targets": ', 'c.json')).toMatch(/^c.json: not valid JSON: /);
  });
});
