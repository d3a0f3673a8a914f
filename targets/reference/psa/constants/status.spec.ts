import { PSA_ERROR_BAD_STATE, PSA_ERROR_NOT_PERMITTED, PSA_STATUS, PSA_SUCCESS, statusByName, statusName } from './status';

describe('PSA status codes', () => {
  it('have the spec values', () => {
    expect(PSA_SUCCESS).toBe(0);
    expect(PSA_ERROR_NOT_PERMITTED).toBe(-133);
    expect(PSA_ERROR_BAD_STATE).toBe(-137);
    expect(PSA_STATUS.PSA_ERROR_DATA_INVALID).toBe(-153);
    expect(PSA_STATUS.PSA_OPERATION_INCOMPLETE).toBe(-248);
    expect(PSA_STATUS.PSA_SUCCESS_RESTART).toBe(2);
  });

  it('are all distinct', () => {
    const values = Object.values(PSA_STATUS);
    expect(new Set(values).size).toBe(values.length);
  });

  it('print by name, unknown values as a number', () => {
    expect(statusName(-133)).toBe('PSA_ERROR_NOT_PERMITTED');
    expect(statusName(0)).toBe('PSA_SUCCESS');
    expect(statusName(-999)).toBe('PSA status -999');
  });

  it.each([
    ['NOT_PERMITTED', -133],
    ['PSA_ERROR_NOT_PERMITTED', -133],
    ['ERROR_NOT_PERMITTED', -133],
    ['SUCCESS', 0],
    ['PSA_SUCCESS', 0],
    [' bad_state ', -137],
    ['OPERATION_INCOMPLETE', -248],
  ])('parse %s', (name, value) => {
    expect(statusByName(name)).toBe(value);
  });

  it('reject names the spec does not define', () => {
    expect(() => statusByName('NOT_ALLOWED')).toThrow(/unknown PSA status/);
  });
});
