import { linkProblems } from './link-check';

describe('linkProblems (Discover criteria)', () => {
  it('accepts the printed links in any order and with attributes in any order', () => {
    expect(linkProblems('</3/0/7>;dim=2;lt=1;gt=6;st=1;pmax=200;pmin=10,</3/0/7/0>,</3/0/7/1>', '</3/0/7>;pmin=10;pmax=200;dim=2;lt=1;gt=6;st=1', '/3/0/7')).toEqual([]);
  });

  it('reports a missing link, a missing or extra attribute and a different value', () => {
    expect(linkProblems('</3>,</3/0>', '</3>,</3/0>,</3/0/0>', '/3')).toEqual(['</3/0/0> is missing']);
    expect(linkProblems('</3/0/11>', '</3/0/11>;dim=1', '/3/0/11')).toEqual(['</3/0/11>;dim=1 was listed as </3/0/11>']);
    expect(linkProblems('</3>;pmin=1;pmax=10,</3/0>', '</3>,</3/0>', '/3')).toEqual(['</3> was listed as </3>;pmin=1;pmax=10']);
    expect(linkProblems('</3>;pmin=11', '</3>;pmin=10', '/3')).toHaveLength(1);
    expect(linkProblems('</3>;pmin=10.0', '</3>;pmin=10', '/3')).toEqual([]);
  });

  it('allows extra links only under the path, within the depth and without attributes', () => {
    expect(linkProblems('</3>,</3/0>,</3/0/13>', '</3>,</3/0>', '/3')).toEqual([]);
    expect(linkProblems('</3>,</3/0>,</4/0>', '</3>,</3/0>', '/3')).toEqual(['<4/0> is not under /3'.replace('<4', '</4')]);
    expect(linkProblems('</3>,</3/0>,</3/0/1>', '</3>,</3/0>', '/3', 1)).toEqual(['</3/0/1> is deeper than depth=1 allows']);
    expect(linkProblems('</3>,</3/0>;pmax=5', '</3>', '/3')).toEqual(['</3/0>;pmax=5 carries attributes the Server never wrote there']);
    expect(linkProblems('</3>,</3>', '</3>', '/3')).toEqual(['</3> is listed twice']);
  });

  it('reports an answer that is not link format', () => {
    expect(linkProblems('<3', '</3>', '/3')[0]).toMatch(/not CoRE Link Format/);
  });
});
