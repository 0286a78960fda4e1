import type { RowProblem } from '../../../shared/import/index.js';
import type { InvalidField } from '../common/validation.js';

/**
 * Columns no file may carry: who owns a record and its Beacon id come from the importer's token
 * and from Beacon, never from the data (no mass assignment).
 */
const FORBIDDEN_COLUMNS = ['id', 'ownerOrg', 'owner_org', 'owningInstitution', 'institution', 'org', 'role', 'roles'];

export function forbiddenColumnProblems(row: Readonly<Record<string, string>>): RowProblem[] {
  return FORBIDDEN_COLUMNS.filter((column) => column in row).map((field) => ({
    field,
    reason: "not importable: the owning institution is the importer's, and ids are Beacon's",
  }));
}

/** A list cell: `a;b;c`, blanks dropped. */
export function listCell(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * A problem found under a validator's path (`documents[1].issuingCountry`) reported against the
 * file's column (`documents`), the path kept in the reason so the cell part can be found.
 */
export function asRowProblems(problems: readonly InvalidField[], columnOf: (path: string) => string): RowProblem[] {
  return problems.map(({ field, reason }) => {
    const column = columnOf(field);
    return { field: column, reason: column === field ? reason : `${field}: ${reason}` };
  });
}
