/**
 * Pass criteria as the ETS letters them: `(B) the Server receives an Update request with lt=20`.
 * A failed check throws CriterionFailed with the criterion, the expected and the actual value.
 */
import { CriterionFailed } from '../support/verdict';

export const criterion = (letter: string, text: string): string => `(${letter}) ${text}`;

export function check(name: string, ok: boolean, expected: string, actual: string): void {
  if (!ok) throw new CriterionFailed(name, expected, actual);
}
