import { In, type EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { findBySourceIds, insertRows, RefusedRows, sameJson, upsertBySourceId, type InsertedRecord, type RowChange, type StoredRecord, type UpsertCounts } from '../../../shared/import/index.js';
import { assertWriter, type AccountHolderService } from '../account-holder/account-holder.service.js';
import { AccountHolding } from '../account/account-holding.entity.js';
import { Account } from '../account/account.entity.js';
import type { CheckedAccount } from '../account/account.validation.js';

/** One validated import row: an account and its holders, by the core system's customer ids. */
export interface ImportedAccount {
  readonly rowNumber: number;
  readonly sourceRecordId: string;
  readonly account: CheckedAccount;
  readonly holderSourceRecordIds: readonly string[];
}

/** The stored columns a row sets besides its holders. */
const CONTENT = ['type', 'iban', 'localNumber', 'country', 'openedOn', 'retentionUntil'] as const satisfies ReadonlyArray<keyof CheckedAccount & keyof Account>;
/** What the UPDATE of a changed account sets: its source id too, for an account the row claims by its IBAN. */
const UPDATED = [...CONTENT, 'sourceRecordId'] as const;

/** A known account the row changes: its columns, or who holds it. */
interface AccountChange extends RowChange<Account> {
  readonly row: Partial<Account> & { readonly id: string };
  /** Holders (Beacon ids) the row no longer names. */
  readonly gone: readonly string[];
  /** Holders the row names that do not hold it yet. */
  readonly added: readonly string[];
}

interface Resolved {
  /** Each row's holders' Beacon ids. */
  readonly holderIdsOf: (record: ImportedAccount) => string[];
  /** Accounts recorded without a source id that rows claim by their IBAN, by the rows' source ids. */
  readonly adopted: ReadonlyMap<string, Account>;
}

/**
 * Writes a batch of imported accounts inside the import's transaction, set-based (a fixed number
 * of statements whatever the batch's size), with `open`'s rules: holders must be customers the
 * institution already has (by their source ids: import the customers first); an IBAN is one
 * account's; an account recorded without a source id (through the API) is the one a row with
 * its IBAN names, and takes the row's source id. A known source id is updated when the row
 * differs (its holders included: the file states who holds the account), else left alone. A row
 * breaking a rule only the database can check is refused before anything is written (`RowsRefused`:
 * the engine reports it and writes the others).
 * Accounts are not published to linkage themselves: every customer whose holdings the batch
 * changed (added to a new or known account, or removed from one) is re-published with the ACCOUNT
 * keys of what it holds now, all of them in one outbox INSERT at the end of the batch.
 */
export async function writeAccounts(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedAccount[],
  holders: Pick<AccountHolderService, 'republishIn'>,
): Promise<UpsertCounts> {
  assertWriter(principal);
  if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const { holderIdsOf, adopted } = await resolve(manager, principal, records);
  const regrouped = new Set<string>();
  const counts = await upsertBySourceId(manager, records, {
    entity: Account,
    ownerOrg: principal.org,
    claimed: adopted,
    newRow: (record) => record.account,
    updated: UPDATED,
    changes: (stored) => accountChanges(manager, stored, holderIdsOf),
    async afterWrite({ inserted, changed }) {
      for (const id of await writeHoldings(manager, inserted, changed, holderIdsOf)) regrouped.add(id);
    },
  });
  await holders.republishIn(manager, regrouped);
  return counts;
}

/**
 * The batch's holders (by source id) and the accounts already holding its IBANs; throws naming
 * every row with a holder the institution does not have, or an IBAN another account has.
 */
async function resolve(manager: EntityManager, principal: Principal, records: readonly ImportedAccount[]): Promise<Resolved> {
  const holderSources = [...new Set(records.flatMap((record) => record.holderSourceRecordIds))];
  const holders: Array<{ id: string; source_record_id: string }> = await manager.query(
    'SELECT id, source_record_id FROM account_holder WHERE owner_org = $1 AND source_record_id = ANY($2::text[])',
    [principal.org, holderSources],
  );
  const holderIdOf = new Map(holders.map((row) => [row.source_record_id, row.id]));
  const ibans = [...new Set(records.flatMap((record) => (record.account.iban ? [record.account.iban] : [])))];
  const withIban = ibans.length ? await manager.getRepository(Account).findBy({ ownerOrg: principal.org, iban: In(ibans) }) : [];
  const accountOfIban = new Map(withIban.map((account) => [account.iban as string, account]));
  const bySource = await findBySourceIds(manager, Account, principal.org, records.map((record) => record.sourceRecordId));

  const problems = new RefusedRows();
  const adopted = new Map<string, Account>();
  const firstRowOfIban = new Map<string, number>();
  for (const record of records) {
    const about = { rowNumber: record.rowNumber, sourceRecordId: record.sourceRecordId };
    if (record.holderSourceRecordIds.some((source) => !holderIdOf.has(source))) {
      problems.add({ ...about, column: 'holders', reason: 'names a customer your institution does not have (import the customers first)' });
    }
    const { iban } = record.account;
    if (!iban) continue;
    const earlierRow = firstRowOfIban.get(iban);
    if (earlierRow !== undefined) problems.add({ ...about, column: 'iban', reason: `the IBAN of row ${earlierRow} too` });
    firstRowOfIban.set(iban, earlierRow ?? record.rowNumber);
    const holder = accountOfIban.get(iban);
    const mine = bySource.get(record.sourceRecordId);
    if (!holder || holder.id === mine?.id) continue;
    // Recorded through the API without a source id: the same account, as `open` treats a replay.
    if (!mine && holder.sourceRecordId === null && earlierRow === undefined) adopted.set(record.sourceRecordId, holder);
    else problems.add({ ...about, column: 'iban', reason: 'already the IBAN of another account of your institution' });
  }
  problems.throwIfAny();
  return { holderIdsOf: (record) => record.holderSourceRecordIds.map((source) => holderIdOf.get(source) as string), adopted };
}

/** The known accounts the rows change: in their columns (their source id included), or in who holds them. */
async function accountChanges(
  manager: EntityManager,
  stored: ReadonlyArray<StoredRecord<ImportedAccount, Account>>,
  holderIdsOf: Resolved['holderIdsOf'],
): Promise<AccountChange[]> {
  const holdings = await holdingsOf(manager, stored.map(({ current }) => current.id));
  return stored.flatMap(({ record, current }) => {
    const held = holdings.get(current.id) ?? new Set<string>();
    const wanted = new Set(holderIdsOf(record));
    const gone = [...held].filter((id) => !wanted.has(id));
    const added = [...wanted].filter((id) => !held.has(id));
    const row = { id: current.id, ...record.account, sourceRecordId: record.sourceRecordId };
    const same = UPDATED.every((column) => sameJson(current[column], row[column]));
    return same && gone.length === 0 && added.length === 0 ? [] : [{ row, gone, added }];
  });
}

/** Gives new accounts their holders and changed ones the holders their rows name; resolves to every holder affected. */
async function writeHoldings(
  manager: EntityManager,
  inserted: ReadonlyArray<InsertedRecord<ImportedAccount>>,
  changed: readonly AccountChange[],
  holderIdsOf: Resolved['holderIdsOf'],
): Promise<string[]> {
  const gone = changed.flatMap(({ row, gone: holders }) => holders.map((holderId) => [row.id, holderId] as const));
  if (gone.length > 0) {
    await manager.query(
      'DELETE FROM account_holding WHERE (account_id, account_holder_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))',
      [gone.map(([accountId]) => accountId), gone.map(([, holderId]) => holderId)],
    );
  }
  await insertRows(
    manager,
    AccountHolding,
    [
      ...inserted.flatMap(({ record, id }) => holderIdsOf(record).map((accountHolderId) => ({ accountId: id, accountHolderId }))),
      ...changed.flatMap(({ row, added }) => added.map((accountHolderId) => ({ accountId: row.id, accountHolderId }))),
    ],
    { skipConflictsOn: ['accountId', 'accountHolderId'] },
  );
  return [...inserted.flatMap(({ record }) => holderIdsOf(record)), ...changed.flatMap(({ gone: removed, added }) => [...removed, ...added])];
}

async function holdingsOf(manager: EntityManager, accountIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const holdings = new Map<string, Set<string>>();
  if (accountIds.length === 0) return holdings;
  const rows: Array<{ account_id: string; account_holder_id: string }> = await manager.query(
    'SELECT account_id, account_holder_id FROM account_holding WHERE account_id = ANY($1::uuid[])',
    [accountIds],
  );
  for (const row of rows) holdings.set(row.account_id, (holdings.get(row.account_id) ?? new Set()).add(row.account_holder_id));
  return holdings;
}
