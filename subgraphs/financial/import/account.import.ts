import type { ImportTarget, RowResult } from '../../../shared/import/index.js';
import type { AccountHolderService } from '../account-holder/account-holder.service.js';
import { checkAccount } from '../account/account.validation.js';
import { text } from '../common/validation.js';
import { writeAccounts, type ImportedAccount } from './account.bulk-write.js';
import { asRowProblems, forbiddenColumnProblems, listCell } from './import-columns.js';

/**
 * Columns, one account a row, as `openAccount` takes them but for the holders: `sourceRecordId`
 * (the core system's account id, which transactions' `fromAccount`/`toAccount` name), `type`,
 * `iban` or `localNumber`, `country` (taken from the IBAN when blank), `openedOn`,
 * `retentionUntil`, and `holders`: the customers' `sourceRecordId`s, `;`-separated (or a JSON
 * array in NDJSON), customers imported before.
 *
 * `npx beacon import financial <file> --kind account`: accounts and who holds them, with
 * `openAccount`'s checks; `holders` re-publishes the customers whose holdings a batch changes.
 */
export function accountImportTarget(holders: Pick<AccountHolderService, 'republishIn'>): ImportTarget<ImportedAccount> {
  return {
    name: 'account',
    requiredColumns: ['sourceRecordId', 'type', 'holders'],
    sourceIdColumn: 'sourceRecordId',
    sourceIdOf: (record) => record.sourceRecordId,
    parseRow(row, rowNumber): RowResult<ImportedAccount> {
      const problems = forbiddenColumnProblems(row);
      const sourceRecordId = text(row.sourceRecordId);
      if (!sourceRecordId) problems.push({ field: 'sourceRecordId', reason: 'required' });
      const { account, problems: found } = checkAccount(row);
      problems.push(...asRowProblems(found, (path) => path));
      const holders = holderList(row.holders);
      if (holders === undefined) problems.push({ field: 'holders', reason: 'not a list of customer ids (`a;b` or a JSON array of strings)' });
      else if (holders.length === 0) problems.push({ field: 'holders', reason: 'an account needs at least one holder' });
      if (problems.length > 0 || !account || !sourceRecordId || !holders) return { ok: false, problems };
      return { ok: true, value: { rowNumber, sourceRecordId, account, holderSourceRecordIds: [...new Set(holders)] } };
    },
    writeBatch: (manager, principal, records) => writeAccounts(manager, principal, records, holders),
  };
}

/** `CU1;CU2`, or the JSON array an NDJSON list arrives as; undefined when it is neither. */
function holderList(cell: string | undefined): string[] | undefined {
  const value = cell?.trim() ?? '';
  if (!value.startsWith('[')) return listCell(value);
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) return undefined;
    return parsed.map((item) => item.trim()).filter((item) => item !== '');
  } catch {
    return undefined;
  }
}
