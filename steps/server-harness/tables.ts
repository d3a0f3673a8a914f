/**
 * Gherkin data tables of values: `| path | value |` rows, values as JSON (`101`, `true`, `"U"`).
 */
import type { DataTable } from '@cucumber/cucumber';
import { InconclusiveError } from '../support/verdict';
import { parseGherkinValue, type ContractRecord } from './contract-values';

export function tableRecords(table: DataTable): ContractRecord[] {
  return table.hashes().map((row) => {
    if (row['path'] === undefined || row['value'] === undefined) throw new InconclusiveError('harness: the table needs columns "path" and "value"');
    return { path: row['path'], value: parseGherkinValue(row['value']) };
  });
}
