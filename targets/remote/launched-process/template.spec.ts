import { expandTemplate, validateTemplate } from './template';

const values = {
  serverUri: 'coap://127.0.0.1:5683',
  host: '127.0.0.1',
  port: '5683',
  endpoint: 'ep 1',
  lifetime: '86400',
  configFile: '/tmp/c.json',
  timeScale: '1',
  pskId: '',
  pskKey: '',
};

describe('command templates', () => {
  it('fills placeholders per argument without a shell', () => {
    expect(expandTemplate('./client -s {serverUri} -n {endpoint}  -p {port}', values)).toEqual(['./client', '-s', 'coap://127.0.0.1:5683', '-n', 'ep 1', '-p', '5683']);
  });

  it('names an unknown placeholder', () => {
    expect(() => validateTemplate('acme', './c {serverURI}')).toThrow('targets.acme.command: unknown placeholder {serverURI}; known: {serverUri}');
  });
});
