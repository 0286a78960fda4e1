import type { ImportTarget, RowResult } from '../../../shared/import/index.js';
import type { AccountHolderService } from '../account-holder/account-holder.service.js';
import type { CheckedHolder, HolderIdentifiersInput } from '../account-holder/account-holder.validation.js';
import { text } from '../common/validation.js';
import { asRowProblems, forbiddenColumnProblems, listCell } from './import-columns.js';

/** A validated account-holder row: its source id and its checked identifiers. */
export interface AccountHolderRow {
  readonly sourceRecordId: string;
  readonly holder: CheckedHolder;
}

/**
 * Columns, one customer a row (lists separated by `;`):
 * `sourceRecordId` (required), `givenName`, `familyName`, `aliases` (`Given|Family;…`),
 * `dateOfBirth`, `nationalities` (`MD;RO`), `documents` (`PASSPORT/MD/AB1234567;…`), `phones`,
 * `emails`, one address as `addressStreetNumber`, `addressStreet`, `addressLine2`,
 * `addressLocality`, `addressPostcode`, `addressRegion`, `addressCountry`, and `retentionUntil`.
 */
export const ACCOUNT_HOLDER_COLUMNS = [
  'sourceRecordId', 'givenName', 'familyName', 'aliases', 'dateOfBirth', 'nationalities', 'documents', 'phones', 'emails',
  'addressStreetNumber', 'addressStreet', 'addressLine2', 'addressLocality', 'addressPostcode', 'addressRegion', 'addressCountry',
  'retentionUntil',
] as const;

const ADDRESS_COLUMN: Readonly<Record<string, string>> = {
  streetNumber: 'addressStreetNumber',
  street: 'addressStreet',
  addressLine2: 'addressLine2',
  locality: 'addressLocality',
  postcode: 'addressPostcode',
  region: 'addressRegion',
  country: 'addressCountry',
};

/** `npx beacon import financial <file>` for customers: the same checks and publishing as the mutations. */
export function accountHolderImportTarget(service: AccountHolderService): ImportTarget<AccountHolderRow> {
  return {
    name: 'account-holder',
    requiredColumns: ['sourceRecordId'],
    sourceIdColumn: 'sourceRecordId',
    sourceIdOf: (record) => record.sourceRecordId,
    parseRow(row): RowResult<AccountHolderRow> {
      const problems = forbiddenColumnProblems(row);
      const sourceRecordId = text(row.sourceRecordId);
      if (!sourceRecordId) problems.push({ field: 'sourceRecordId', reason: 'required' });
      const { holder, problems: found } = service.check(identifiersOfRow(row));
      problems.push(...asRowProblems(found, columnOf));
      if (problems.length > 0 || !holder || !sourceRecordId) return { ok: false, problems };
      return { ok: true, value: { sourceRecordId, holder } };
    },
    writeBatch: (manager, principal, records) => service.writeImported(manager, principal, records),
  };
}

function identifiersOfRow(row: Readonly<Record<string, string>>): HolderIdentifiersInput {
  const address = Object.fromEntries(Object.entries(ADDRESS_COLUMN).map(([part, column]) => [part, text(row[column]) ?? null]));
  const hasAddress = Object.values(address).some((value) => value !== null);
  return {
    givenName: row.givenName,
    familyName: row.familyName,
    aliases: listCell(row.aliases).map((alias) => {
      const [givenName, familyName] = alias.split('|');
      return { givenName: givenName ?? null, familyName: familyName ?? null };
    }),
    dateOfBirth: row.dateOfBirth,
    nationalities: listCell(row.nationalities),
    documents: listCell(row.documents).map((document) => {
      const [type = '', issuingCountry = '', number = ''] = document.split('/');
      return { type, issuingCountry, number };
    }),
    phones: listCell(row.phones),
    emails: listCell(row.emails),
    addresses: hasAddress ? [address as NonNullable<HolderIdentifiersInput['addresses']>[number]] : [],
    retentionUntil: row.retentionUntil,
  };
}

/** `documents[1].number` → `documents`; `addresses[0].country` → `addressCountry`. */
function columnOf(path: string): string {
  const address = /^addresses\[\d+\]\.(\w+)$/.exec(path);
  if (address) return ADDRESS_COLUMN[address[1] as string] ?? 'addressCountry';
  return path.split(/[[.]/)[0] as string;
}
