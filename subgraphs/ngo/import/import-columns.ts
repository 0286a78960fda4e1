import type { RowProblem } from '../../../shared/import/index.js';

/** Splits a multi-value cell: `;`, `|` or `,`, and with `words` also spaces (ODK exports multi-selects space-separated). */
export function splitCell(raw: string | undefined, { words = false }: { words?: boolean } = {}): string[] {
  if (raw === undefined) return [];
  return raw
    .split(words ? /[;|,\s]+/ : /[;|,]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Where each field of a row comes from: the first of its column names the file has. A field's
 * problems are reported under that column, so the rejected-rows report points into the file.
 */
export class ColumnReader {
  private readonly source = new Map<string, string>();

  constructor(
    private readonly row: Readonly<Record<string, string>>,
    private readonly columns: Readonly<Record<string, readonly string[]>>,
  ) {}

  /** The cell for `field`, trimmed; undefined when no column for it exists or the cell is empty. */
  cell(field: string): string | undefined {
    for (const column of this.columns[field] ?? [field]) {
      const value = this.row[column];
      if (value !== undefined && value.trim() !== '') {
        this.source.set(field, column);
        return value.trim();
      }
    }
    return undefined;
  }

  /** Whether the file has a column for `field` at all (an empty cell then clears it). */
  has(field: string): boolean {
    return (this.columns[field] ?? [field]).some((column) => column in this.row);
  }

  /** A validation problem (`typesOfExploitation[2]`, `addresses[0].country`) under the column it came from. */
  problem(problem: { field: string; reason: string }): RowProblem {
    const base = /^[A-Za-z]+/.exec(problem.field)?.[0] ?? problem.field;
    const column = this.source.get(base) ?? this.source.get(ADDRESS_FIELD_OF[problem.field] ?? '') ?? problem.field;
    const position = problem.field.slice(base.length);
    return { field: column === problem.field ? column : `${column}${/^\[\d+\]$/.test(position) ? position : ''}`, reason: problem.reason };
  }
}

/** Address problems are named `addresses[0].city`; the cell was the city column. */
const ADDRESS_FIELD_OF: Readonly<Record<string, string>> = {
  'addresses[0].street': 'street',
  'addresses[0].city': 'city',
  'addresses[0].state': 'state',
  'addresses[0].postalCode': 'postalCode',
  'addresses[0].country': 'country',
  'addresses[0]': 'street',
};
