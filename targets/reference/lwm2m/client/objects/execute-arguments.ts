/**
 * Arguments of an Execute (TS-Core 1.1 §5.4.5 "Execute Operation", ABNF):
 *
 *   arglist = arg *( "," arg )
 *   arg     = DIGIT [ "=" "'" *CHAR "'" ]     ; CHAR: any but "'"
 *
 * e.g. `0='1',3` → {0: '1', 3: ''}. An empty payload is no arguments.
 */
export class ExecuteArgumentError extends Error {
  override readonly name = 'ExecuteArgumentError';
}

const ARG = /^([0-9])(?:='([^']*)')?$/;

export function parseExecuteArguments(payload: Buffer): Map<number, string> {
  const args = new Map<number, string>();
  const text = payload.toString('utf8');
  if (text === '') return args;
  for (const part of text.split(',')) {
    const m = ARG.exec(part);
    if (!m) throw new ExecuteArgumentError(`"${part}" is not an Execute argument (TS-Core §5.4.5: digit ['=' "'" text "'"])`);
    args.set(Number(m[1]), m[2] ?? '');
  }
  return args;
}
