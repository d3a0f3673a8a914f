import { invalidValues, missingResources } from './objects-validity';

const r = (path: [number, number, number, number?], value: unknown) => ({
  path: { objectId: path[0], instanceId: path[1], resourceId: path[2], resourceInstanceId: path[3] },
  value: value as never,
});

describe('values checked against their definitions (ETS "in compliance with the TS")', () => {
  it('accepts values of their DDF type and range', () => {
    expect(invalidValues([r([4, 0, 0], 6), r([4, 0, 4, 0], '2001:db8::20'), r([6, 0, 0], 43.5723), r([6, 0, 5], 1367491215), r([7, 0, 2], 3)])).toEqual([]);
  });

  it('names each value that breaks its type, range or meaning', () => {
    const problems = invalidValues([
      r([4, 0, 0], 51), // Network Bearer 0..50
      r([4, 0, 4, 0], 'not-an-ip'),
      r([6, 0, 0], 91), // latitude
      r([6, 0, 5], Math.floor(Date.now() / 1000) + 86400), // a fix from tomorrow
      r([7, 0, 3], -1),
      r([3, 0, 0], 5), // Manufacturer is a string
      r([4, 0, 99], 1),
    ]);
    expect(problems).toEqual([
      '/4/0/0=51: outside 0..50',
      '/4/0/4/0="not-an-ip": not an IP address',
      '/6/0/0=91: not within -90..90 °',
      expect.stringMatching(/^\/6\/0\/5=\d+: not a past time$/),
      '/7/0/3=-1: not within 0..9007199254740991 kB',
      '/3/0/0=5: not a string',
      '/4/0/99=1: no such Resource in Object 4',
    ]);
  });

  it('lists the mandatory Resources a payload lacks', () => {
    expect(missingResources([r([4, 0, 0], 6), r([4, 0, 2], -90)], [0, 1, 2, 4])).toEqual([1, 4]);
  });
});
