import { InvalidPathError, formatPath, isUnder, parsePath, pathDepth } from './path';

describe('parsePath', () => {
  it.each([
    ['/3', { objectId: 3 }],
    ['/3/0', { objectId: 3, instanceId: 0 }],
    ['/1/0/1', { objectId: 1, instanceId: 0, resourceId: 1 }],
    ['/3/0/11/1', { objectId: 3, instanceId: 0, resourceId: 11, resourceInstanceId: 1 }],
    ['/65534/65534', { objectId: 65534, instanceId: 65534 }],
  ])('parses %s', (text, path) => {
    expect(parsePath(text)).toEqual(path);
    expect(formatPath(path)).toBe(text);
  });

  it.each([
    ['', /must start with "\/"/],
    ['3/0', /must start with "\/"/],
    ['/', /empty Object ID segment/],
    ['/3//1', /empty Object Instance ID segment/],
    ['/3/0/', /empty Resource ID segment/],
    ['/3/x', /Object Instance ID "x" is not a decimal number/],
    ['/3/-1', /not a decimal number/],
    ['/3/01', /not a decimal number/],
    ['/3/ 1', /not a decimal number/],
    ['/3/1e2', /not a decimal number/],
    ['/65536', /exceeds 16 bits/],
    ['/3/0/11/99999999999999999999', /exceeds 16 bits/],
    ['/3/65535', /65535 is reserved/],
    ['/3/0/1/2/3', /more than 4 segments/],
  ])('rejects %j', (text, message) => {
    expect(() => parsePath(text)).toThrow(InvalidPathError);
    expect(() => parsePath(text)).toThrow(message);
  });
});

describe('formatPath and friends', () => {
  it('refuses a path with a gap', () => {
    expect(() => formatPath({ objectId: 3, resourceId: 1 })).toThrow(/gap/);
  });

  it('knows depth and containment', () => {
    expect(pathDepth({ objectId: 3, instanceId: 0, resourceId: 1 })).toBe(3);
    expect(isUnder(parsePath('/3/0/1'), parsePath('/3'))).toBe(true);
    expect(isUnder(parsePath('/3/0/1'), parsePath('/3/0/1'))).toBe(true);
    expect(isUnder(parsePath('/3/1/1'), parsePath('/3/0'))).toBe(false);
    expect(isUnder(parsePath('/3'), parsePath('/3/0'))).toBe(false);
  });
});
