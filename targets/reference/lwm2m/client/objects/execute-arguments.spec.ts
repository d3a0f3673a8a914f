import { ExecuteArgumentError, parseExecuteArguments } from './execute-arguments';

describe('Execute arguments (TS-Core §5.4.5)', () => {
  it('parses digits with and without quoted values', () => {
    expect(parseExecuteArguments(Buffer.from("0='1',3,5='a b=c'"))).toEqual(
      new Map([
        [0, '1'],
        [3, ''],
        [5, 'a b=c'],
      ]),
    );
  });

  it('reads an empty payload as no arguments', () => {
    expect(parseExecuteArguments(Buffer.alloc(0)).size).toBe(0);
  });

  it.each(["10='x'", "0=x", "0='x", 'a', "0='1',"])('refuses %p', (text) => {
    expect(() => parseExecuteArguments(Buffer.from(text))).toThrow(ExecuteArgumentError);
  });
});
