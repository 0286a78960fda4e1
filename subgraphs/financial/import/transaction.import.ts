import type { ImportTarget, RowResult } from '../../../shared/import/index.js';
import { assertWriter } from '../account-holder/account-holder.service.js';
import type { TransactionService } from '../transaction/transaction.service.js';
import { checkTransaction, type AccountFields, type CheckedTransaction } from '../transaction/transaction.validation.js';
import { asRowProblems, forbiddenColumnProblems } from './import-columns.js';

/**
 * A core-banking export names accounts by its own account ids, not Beacon's: `fromAccount` and
 * `toAccount` hold the `sourceRecordId` an account was opened with.
 */
const IMPORT_ACCOUNT_FIELDS: AccountFields = { from: 'fromAccount', to: 'toAccount', by: 'source' };

/**
 * Columns, one transaction a row, as `recordTransactions` takes them but for the accounts:
 * `sourceRecordId`, `fromAccount`, `toAccount`, `counterpartyReference`, `counterpartyCountry`,
 * `counterpartyKind`, `amountMinor`, `currency`, `occurredAt`, `channel`, `locationCode`,
 * `branchReference`, `purposeCode`, `merchantCategoryCode`, `retentionUntil`.
 */
export const TRANSACTION_COLUMNS = [
  'sourceRecordId', 'fromAccount', 'toAccount', 'counterpartyReference', 'counterpartyCountry', 'counterpartyKind',
  'amountMinor', 'currency', 'occurredAt', 'channel', 'locationCode', 'branchReference', 'purposeCode',
  'merchantCategoryCode', 'retentionUntil',
] as const;

/**
 * `npx beacon import financial <file>` for transactions: the same checks as `recordTransactions`.
 * Rows naming an account the importer's institution does not have are refused one by one
 * (`RowsRefused`, column and reason in the report): that needs the database, which `parseRow`
 * does not have; the batch's other rows are written. Transactions are immutable: a known source id is left unchanged.
 */
export function transactionImportTarget(service: TransactionService): ImportTarget<CheckedTransaction> {
  return {
    name: 'transaction',
    requiredColumns: ['sourceRecordId', 'amountMinor', 'currency', 'occurredAt', 'channel'],
    sourceIdColumn: 'sourceRecordId',
    sourceIdOf: (record) => record.sourceRecordId,
    parseRow(row): RowResult<CheckedTransaction> {
      const problems = forbiddenColumnProblems(row);
      const { transaction, problems: found } = checkTransaction(row, '', IMPORT_ACCOUNT_FIELDS);
      problems.push(...asRowProblems(found, (path) => path));
      if (problems.length > 0 || !transaction) return { ok: false, problems };
      return { ok: true, value: transaction };
    },
    async writeBatch(manager, principal, records) {
      assertWriter(principal);
      const { inserted, unchanged } = await service.writeImported(manager, principal, records);
      return { inserted, updated: 0, unchanged };
    },
  };
}
