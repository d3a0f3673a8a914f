import { describeQuery, parseRegisterQuery } from './register-query';

describe('parseRegisterQuery', () => {
  it('reads every Register parameter by name, in any order', () => {
    expect(parseRegisterQuery(['lwm2m=1.1', 'ep=node1', 'b=U', 'lt=300', 'sms=+123', 'Q', 'pid=6:27354b9a'])).toEqual({
      ep: 'node1',
      lt: '300',
      lwm2m: '1.1',
      b: 'U',
      sms: '+123',
      Q: true,
      pid: '6:27354b9a',
      repeated: [],
      unknown: [],
    });
  });

  it('leaves absent parameters undefined, so a criterion can say "none"', () => {
    expect(parseRegisterQuery(['ep=a', 'lt=20'])).toEqual({ ep: 'a', lt: '20', Q: false, repeated: [], unknown: [] });
  });

  it('records repeats and unknown parameters instead of refusing them', () => {
    const q = parseRegisterQuery(['ep=a', 'ep=b', 'lt', 'x=1', 'Q=1']);
    expect(q.ep).toBe('a');
    expect(q.lt).toBeUndefined();
    expect(q.Q).toBe(false);
    expect(q.repeated).toEqual(['ep']);
    expect(q.unknown).toEqual(['lt', 'x=1', 'Q=1']);
  });

  it('keeps values with "=" inside and empty values as sent', () => {
    expect(parseRegisterQuery(['ep=a=b', 'sms=']).ep).toBe('a=b');
    expect(parseRegisterQuery(['sms=']).sms).toBe('');
  });

  it('describes a query for failure messages', () => {
    expect(describeQuery([])).toBe('(no parameters)');
    expect(describeQuery(['lt=20', 'b=U'])).toBe('lt=20&b=U');
  });
});
