import { objectConstName, pascalCase, resourceConstNames } from './names';

describe('names in the spec words', () => {
  it.each([
    ['Registration Update Trigger', 'RegistrationUpdateTrigger'],
    ['Manufacturer', 'Manufacturer'],
    ['Error Code', 'ErrorCode'],
    ['Bootstrap-Server', 'BootstrapServer'],
    ['SMS Binding Secret Key(s)', 'SMSBindingSecretKeys'],
    ['DTLS/TLS Ciphersuite', 'DTLSTLSCiphersuite'],
    ['Connection end time (1)', 'ConnectionEndTime'],
    ['Validity (MCC, MNC)', 'ValidityMCCMNC'],
    ['eDRX parameters for WB-S1 mode', 'EDRXParametersForWBS1Mode'],
    ['On/Off', 'OnOff'],
    ['1st value', 'R1stValue'],
  ])('%j → %s', (name, id) => {
    expect(pascalCase(name)).toBe(id);
  });

  it('drops the enabler prefix from object names', () => {
    expect(objectConstName(1, 'LwM2M Server')).toBe('Server');
    expect(objectConstName(0, 'LWM2M Security')).toBe('Security');
    expect(objectConstName(3441, 'LwM2M v1.0 Test Object')).toBe('TestObjectV1_0');
  });

  it('keeps clashing resource names addressable', () => {
    const names = resourceConstNames([{ id: 1, name: 'Value' }, { id: 2, name: 'value' }, { id: 3, name: 'Other' }]);
    expect([...names]).toEqual([[1, 'Value_1'], [2, 'Value_2'], [3, 'Other']]);
  });

  it('refuses a name without letters or digits', () => {
    expect(() => pascalCase('()')).toThrow(/cannot make an identifier/);
  });
});
