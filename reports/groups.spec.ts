import { compareGroups, groupOf } from './groups';
import { etsNumber, psaSuite, runIdFromTags, testIdFromTags } from './test-ids';

describe('test ids', () => {
  it('reads ETS and psa-arch-tests ids from tags, ignoring facets', () => {
    expect(testIdFromTags(['@role:client', '@LightweightM2M-1.1-int-101'])).toBe('LightweightM2M-1.1-int-101');
    expect(testIdFromTags(['@CONMGMT-1.1-int-1250'])).toBe('CONMGMT-1.1-int-1250');
    expect(testIdFromTags(['@run-201', '@psa-c001'])).toBe('psa-c001');
    expect(testIdFromTags(['@requires:alg=CCM', '@flaky'])).toBeUndefined();
    expect(runIdFromTags(['@psa-c001', '@run-201'])).toBe('run-201');
    expect(etsNumber('LightweightM2M-1.0-int-0')).toBe(0);
    expect(psaSuite('psa-fwu003')).toBe('fwu');
  });
});

describe('groupOf', () => {
  it.each([
    ['LightweightM2M-1.1-int-0', 'Bootstrap interface', 'LwM2M · Bootstrap'],
    ['LightweightM2M-1.2-int-19', '', 'LwM2M · Bootstrap'],
    ['LightweightM2M-1.1-int-199', '', 'LwM2M · Registration'],
    ['LightweightM2M-1.1-int-264', '', 'LwM2M · Device Management & Service Enablement'],
    ['LightweightM2M-1.1-int-310', '', 'LwM2M · Information Reporting'],
    ['LightweightM2M-1.1-int-405', '', 'LwM2M · Security'],
    ['LightweightM2M-1.1-int-770', 'Firmware Update', 'LwM2M · Core objects · Firmware Update'],
    ['CONMGMT-1.1-int-1250', 'APN Connection Profile', 'LwM2M · Additional objects · APN Connection Profile'],
    ['psa-c001', 'whatever', 'PSA · Crypto'],
    ['psa-s010', '', 'PSA · Storage'],
    ['psa-a001', '', 'PSA · Attestation'],
    ['psa-fwu001', '', 'PSA · Firmware Update'],
    ['psa-x001', 'Experimental', 'PSA · Experimental'],
  ])('%s (%s) → %s', (id, feature, group) => {
    expect(groupOf(id, feature, 'features/x.feature')).toBe(group);
  });

  it('falls back to the feature name, under the family its folder names', () => {
    expect(groupOf('Some scenario', 'Transport smoke', 'features/lwm2m/transport/smoke.feature')).toBe('LwM2M · Transport smoke');
    expect(groupOf('Some scenario', 'Harness smoke', 'features/misc/smoke.feature')).toBe('Other · Harness smoke');
  });

  it('orders sections by ETS interface, then PSA API, then the rest', () => {
    const groups = ['Other · A', 'PSA · Storage', 'LwM2M · Core objects · Device', 'PSA · Crypto', 'LwM2M · Zeta feature', 'LwM2M · Security', 'LwM2M · Bootstrap'];
    expect([...groups].sort(compareGroups)).toEqual([
      'LwM2M · Bootstrap',
      'LwM2M · Security',
      'LwM2M · Core objects · Device',
      'LwM2M · Zeta feature',
      'PSA · Crypto',
      'PSA · Storage',
      'Other · A',
    ]);
  });
  it('puts the security negatives with the ETS Security section', () => {
    expect(groupOf('security-wrong-psk', 'DTLS and TLS handshake failures', 'features/lwm2m/security/handshake-failures.feature')).toBe(groupOf('LightweightM2M-1.1-int-401', '', ''));
  });
});
