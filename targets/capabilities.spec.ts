import { parseRequirementTag, supports, unmetRequirements } from './capabilities';

describe('capability manifests', () => {
  it('parses @requires tags and ignores other tags', () => {
    expect(parseRequirementTag('@requires:key=AES:128')).toEqual({ dimension: 'key', value: 'AES:128' });
    expect(parseRequirementTag('@psa-c002')).toBeUndefined();
  });

  it('rejects an unknown dimension with a message naming it', () => {
    expect(() => parseRequirementTag('@requires:colour=red')).toThrow(/unknown capability dimension "colour"/);
  });

  it('a value listed without bits covers every size', () => {
    expect(supports({ key: ['AES'] }, { dimension: 'key', value: 'AES:192' })).toBe(true);
    expect(supports({ key: ['AES:128'] }, { dimension: 'key', value: 'AES:192' })).toBe(false);
  });

  it('reports exactly the unmet requirements', () => {
    const unmet = unmetRequirements({ transport: ['coap'] }, ['@requires:transport=coap', '@requires:transport=mqtt', '@x']);
    expect(unmet).toEqual([{ dimension: 'transport', value: 'mqtt' }]);
  });
});
