import type { DateFormat, PersonIdentifiers } from '../../shared/linkage/index.js';
import { LinkInputError } from './link-input-error.js';

/** The identifiers `beacon link` understands, as named in `--map`. */
export const LINK_FIELDS = [
  'id', 'given_name', 'surname', 'full_name', 'date_of_birth',
  'street_number', 'street', 'address_2', 'locality', 'postcode', 'region', 'country',
] as const;

export type LinkField = (typeof LINK_FIELDS)[number];

/** `--map` parsed: each identifier and the CSV column holding it. */
export type FieldMap = ReadonlyMap<LinkField, string>;

/** Where each mapped field sits in one input's header. */
export type ColumnIndex = ReadonlyMap<LinkField, number>;

/**
 * Reads `--map id=rec_id,given_name=given_name,…`: identifier names on the left (see
 * {@link LINK_FIELDS}), column names on the right.
 *
 * @throws LinkInputError naming the entry when an identifier is unknown or repeated, an entry
 *   is not `name=column`, `id` is missing, or nothing to link on is mapped.
 */
export function parseFieldMap(spec: string): FieldMap {
  const map = new Map<LinkField, string>();
  for (const entry of spec.split(',').map((part) => part.trim()).filter(Boolean)) {
    const equals = entry.indexOf('=');
    const field = entry.slice(0, equals).trim();
    const column = entry.slice(equals + 1).trim();
    if (equals <= 0 || column === '') throw new LinkInputError('BAD_MAP', `--map entry "${entry}" is not identifier=column.`);
    if (!isLinkField(field)) throw new LinkInputError('BAD_MAP', `--map names "${field}", which is not one of ${LINK_FIELDS.join(', ')}.`);
    if (map.has(field)) throw new LinkInputError('BAD_MAP', `--map gives "${field}" twice.`);
    map.set(field, column);
  }
  if (!map.has('id')) throw new LinkInputError('BAD_MAP', '--map must give id=<column> (the record identifier written to the output).');
  if (map.size === 1) throw new LinkInputError('BAD_MAP', '--map gives only id; map at least one identifier to link on (a name, date_of_birth or address part).');
  return map;
}

function isLinkField(name: string): name is LinkField {
  return (LINK_FIELDS as readonly string[]).includes(name);
}

/**
 * Finds each mapped column in an input's header (exact name, after trimming).
 *
 * @throws LinkInputError naming the file, every missing column and the columns it does have.
 */
export function resolveColumns(map: FieldMap, header: readonly string[], file: string): ColumnIndex {
  const columns = new Map<LinkField, number>();
  const missing: string[] = [];
  for (const [field, column] of map) {
    const index = header.indexOf(column);
    if (index < 0) missing.push(`"${column}" (for ${field})`);
    else columns.set(field, index);
  }
  if (missing.length > 0) {
    throw new LinkInputError(
      'MISSING_COLUMN',
      `${file} has no column ${missing.join(', ')}; its columns are: ${header.map((name) => `"${name}"`).join(', ')}.`,
    );
  }
  return columns;
}

/** A full name in one column: "Family, Given" when it has a comma, else "Given … Family". */
function splitFullName(full: string): { given?: string; family?: string } {
  if (full.includes(',')) return { family: full };
  const words = full.trim().split(/\s+/);
  return words.length > 1 ? { given: words.slice(0, -1).join(' '), family: words.at(-1) } : { given: full };
}

/** One row read for the encoder, and which columns each of its names came from. */
export interface RowIdentifiers {
  readonly identifiers: PersonIdentifiers;
  /** For `names[i]`, the column(s) it was read from, to report a name that did not normalise. */
  readonly nameColumns: readonly string[];
}

/** The identifiers of one row, for the fuzzy encoder. Blank cells stay blank. */
export function rowIdentifiers(
  fields: readonly string[],
  columns: ColumnIndex,
  map: FieldMap,
  dateFormat: DateFormat | undefined,
): RowIdentifiers {
  const get = (field: LinkField): string | undefined => {
    const index = columns.get(field);
    const value = index === undefined ? undefined : fields[index];
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  const names: Array<{ given?: string; family?: string }> = [];
  const nameColumns: string[] = [];
  if (get('given_name') !== undefined || get('surname') !== undefined) {
    names.push({ given: get('given_name'), family: get('surname') });
    nameColumns.push([map.get('given_name'), map.get('surname')].filter(Boolean).join('+'));
  }
  const full = get('full_name');
  if (full !== undefined) {
    names.push(splitFullName(full));
    nameColumns.push(map.get('full_name') as string);
  }
  const identifiers: PersonIdentifiers = {
    names,
    dateOfBirth: get('date_of_birth'),
    dateOfBirthFormat: dateFormat,
    address: {
      streetNumber: get('street_number'),
      street: get('street'),
      addressLine2: get('address_2'),
      locality: get('locality'),
      postcode: get('postcode'),
      region: get('region'),
      country: get('country'),
    },
  };
  return { identifiers, nameColumns };
}

const FIELD_OF_PATH: Readonly<Record<string, LinkField>> = {
  dateOfBirth: 'date_of_birth', 'address.streetNumber': 'street_number', 'address.street': 'street',
  'address.addressLine2': 'address_2', 'address.locality': 'locality', 'address.postcode': 'postcode',
  'address.region': 'region', 'address.country': 'country',
};

/**
 * The CSV column a rejected identifier came from, from the field path the encoder reports
 * (`names[0]`, `dateOfBirth`, `address.postcode`).
 */
export function columnOfRejection(path: string, map: FieldMap, nameColumns: readonly string[]): string {
  const field = FIELD_OF_PATH[path];
  if (field !== undefined) return map.get(field) ?? path;
  const name = /^names\[(\d+)\]$/.exec(path);
  return (name && nameColumns[Number(name[1])]) || path;
}
