/**
 * Path lists as the features write them: `"/3/0/16", "/3/0/11/0" and "/1/0"`.
 */
import { InconclusiveError } from '../support/verdict';

export function pathList(text: string): string[] {
  const paths = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  if (paths.length === 0) throw new InconclusiveError(`harness: no quoted paths in ${JSON.stringify(text)}`);
  return paths;
}
