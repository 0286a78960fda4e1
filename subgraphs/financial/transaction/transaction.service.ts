import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { RowsRefused } from '../../../shared/import/index.js';
import { assertWriter, type AccountHolderService } from '../account-holder/account-holder.service.js';
import { Account } from '../account/account.entity.js';
import { decodeCursor, pageOf, pageSize, type Keyset } from '../common/connection.js';
import { InvalidFields, isUuid, parseInstant, type InvalidField } from '../common/validation.js';
import { newCounterpartPairs } from './transaction.counterparts.js';
import { Transaction } from './transaction.entity.js';
import { TransactionChannel } from './transaction.enums.js';
import { checkTransaction, type AccountRef, type CheckedTransaction, type TransactionRequest } from './transaction.validation.js';

/** Most transactions one `recordTransactions` call takes: one transaction, one answer. */
export const MAX_BATCH = 1_000;
/**
 * Most recent transactions of an account that red-flag rules look at. The rules use windows of
 * days to weeks; a ceiling keeps one read of a very busy account bounded.
 */
export const RED_FLAG_LOOKBACK = 5_000;

/** Sectors that may resolve a transaction by id besides its owner: investigators (the rule). */
const TRANSACTION_VISIBLE_TO_SECTORS: readonly string[] = ['LAW_ENFORCEMENT'];

export interface TimeRange {
  readonly occurredFrom?: string | null;
  readonly occurredBefore?: string | null;
}

export type Side = 'from' | 'to';

export class TransactionService {
  constructor(
    private readonly dataSource: DataSource,
    /** Told of account pairs that transact for the first time: their holders gain a TRANSACTION key. */
    private readonly holders: Pick<AccountHolderService, 'republishOnNewCounterpartsIn'>,
  ) {}

  /**
   * Records a batch for the caller's institution, all or nothing. Every invalid field of every
   * transaction is named at once (`transactions[3].amountMinor`). Idempotent by source id:
   * a transaction recorded before is returned as it was (ledger entries are corrected by new
   * entries, never edited).
   */
  async record(principal: Principal, inputs: readonly TransactionRequest[]): Promise<Transaction[]> {
    assertWriter(principal);
    const problems = new InvalidFields();
    if (inputs.length === 0) problems.add('transactions', 'at least one transaction is required');
    if (inputs.length > MAX_BATCH) problems.add('transactions', `at most ${MAX_BATCH} per call`);
    problems.throwIfAny('The batch is invalid.');

    const checked: CheckedTransaction[] = [];
    const firstIndexOf = new Map<string, number>();
    for (const [i, input] of inputs.entries()) {
      const { transaction, problems: found } = checkTransaction(input as TransactionRequest & Record<string, unknown>, `transactions[${i}]`);
      problems.addAll(found);
      const source = input.sourceRecordId?.trim();
      if (source) {
        const first = firstIndexOf.get(source);
        if (first !== undefined) problems.add(`transactions[${i}].sourceRecordId`, `repeats transactions[${first}].sourceRecordId`);
        else firstIndexOf.set(source, i);
      }
      if (transaction) checked.push(transaction);
    }
    return this.dataSource.transaction(async (manager) => {
      const { rows, problems: accountProblems } = await this.resolve(manager, principal, checked);
      problems.addAll(accountProblems);
      problems.throwIfAny('Some transactions are invalid.');
      const ids = await this.insert(manager, principal, rows);
      const saved = await manager.getRepository(Transaction).findBy({ id: In(ids.map((entry) => entry.id)) });
      const byId = new Map(saved.map((transaction) => [transaction.id, transaction]));
      return ids.map((entry) => byId.get(entry.id) as Transaction);
    });
  }

  /**
   * An import's batch, inside the import's transaction (`record` is the mutation's). Rows naming
   * an account that is not the caller's are refused before anything is written, as
   * {@link RowsRefused}, so the import engine reports those rows and writes the others.
   */
  async writeImported(manager: EntityManager, principal: Principal, checked: readonly CheckedTransaction[]): Promise<{ inserted: number; unchanged: number }> {
    const { rows, problems } = await this.resolve(manager, principal, checked);
    if (problems.length > 0) {
      throw new RowsRefused(problems.map(({ index, field, reason }) => ({ sourceRecordId: (checked[index] as CheckedTransaction).sourceRecordId, column: field, reason })));
    }
    const ids = await this.insert(manager, principal, rows);
    const inserted = ids.filter((entry) => entry.inserted).length;
    return { inserted, unchanged: ids.length - inserted };
  }

  /** Accounts named by id or source id → the caller's accounts; anything else is a problem. */
  private async resolve(manager: EntityManager, principal: Principal, checked: readonly CheckedTransaction[]) {
    const refs = checked.flatMap((transaction) => [transaction.from, transaction.to]).filter((ref): ref is AccountRef => ref !== null);
    const byIdValues = refs.filter((ref) => ref.by === 'id' && isUuid(ref.value)).map((ref) => ref.value);
    const bySourceValues = refs.filter((ref) => ref.by === 'source').map((ref) => ref.value);
    const repository = manager.getRepository(Account);
    const accounts = [
      ...(byIdValues.length ? await repository.findBy({ ownerOrg: principal.org, id: In([...new Set(byIdValues)]) }) : []),
      ...(bySourceValues.length ? await repository.findBy({ ownerOrg: principal.org, sourceRecordId: In([...new Set(bySourceValues)]) }) : []),
    ];
    const byId = new Map(accounts.map((account) => [account.id, account]));
    const bySource = new Map(accounts.filter((account) => account.sourceRecordId).map((account) => [account.sourceRecordId as string, account]));
    const problems: Array<InvalidField & { index: number }> = [];
    const find = (ref: AccountRef | null, index: number): Account | null => {
      if (!ref) return null;
      const account = ref.by === 'id' ? byId.get(ref.value) : bySource.get(ref.value);
      if (!account) problems.push({ index, field: ref.field, reason: 'not an account of your institution' });
      return account ?? null;
    };
    const rows = checked.map((transaction, index) => ({ transaction, from: find(transaction.from, index), to: find(transaction.to, index) }));
    return { rows, problems };
  }

  private async insert(
    manager: EntityManager,
    principal: Principal,
    rows: ReadonlyArray<{ transaction: CheckedTransaction; from: Account | null; to: Account | null }>,
  ): Promise<Array<{ id: string; inserted: boolean }>> {
    if (rows.length === 0) return [];
    const values = rows.map(({ transaction: t, from, to }) => {
      const place = t.locationCode?.slice(0, 2) ?? null;
      const cash = t.channel === TransactionChannel.CASH_DEPOSIT || t.channel === TransactionChannel.CASH_WITHDRAWAL;
      return {
        ownerOrg: principal.org,
        sourceRecordId: t.sourceRecordId,
        fromAccountId: from?.id ?? null,
        toAccountId: to?.id ?? null,
        counterpartyReference: t.counterpartyReference,
        counterpartyCountry: t.counterpartyCountry,
        counterpartyKind: t.counterpartyKind,
        amountMinor: t.amountMinor,
        currency: t.currency,
        occurredAt: t.occurredAt,
        channel: t.channel,
        locationCode: t.locationCode,
        locationCountry: place,
        branchReference: t.branchReference,
        purposeCode: t.purposeCode,
        merchantCategoryCode: t.merchantCategoryCode,
        // The corridor the money travelled: where it came from and where it went, by country.
        originCountry: from?.country ?? (cash ? place : t.counterpartyCountry),
        destinationCountry: to?.country ?? (cash ? place : t.counterpartyCountry),
        retentionUntil: t.retentionUntil,
      };
    });
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Transaction)
      .values(values)
      .orIgnore()
      .returning(['id', 'sourceRecordId'])
      .execute();
    const inserted = new Map<string, string>(
      (result.raw as Array<{ id: string; source_record_id: string }>).map((row) => [row.source_record_id, row.id]),
    );
    const missing = values.map((value) => value.sourceRecordId).filter((source) => !inserted.has(source));
    const existing = missing.length
      ? await manager.getRepository(Transaction).find({ select: { id: true, sourceRecordId: true }, where: { ownerOrg: principal.org, sourceRecordId: In(missing) } })
      : [];
    const existingBySource = new Map(existing.map((row) => [row.sourceRecordId, row.id]));
    // Only what this batch inserted: a replayed transaction relates no one anew.
    const recorded = values
      .filter((value) => inserted.has(value.sourceRecordId))
      .map((value) => ({ id: inserted.get(value.sourceRecordId) as string, fromAccountId: value.fromAccountId, toAccountId: value.toAccountId }));
    await this.holders.republishOnNewCounterpartsIn(manager, await newCounterpartPairs(manager, recorded));
    return values.map((value) =>
      inserted.has(value.sourceRecordId)
        ? { id: inserted.get(value.sourceRecordId) as string, inserted: true }
        : { id: existingBySource.get(value.sourceRecordId) as string, inserted: false },
    );
  }

  /** Batch load for `_entities`: the owner's transactions, and any for law-enforcement callers. */
  async loadByIds(principal: Principal, ids: readonly string[]): Promise<Array<Transaction | null>> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? await this.dataSource.getRepository(Transaction).findBy({ id: In(valid) }) : [];
    const visible = found.filter((transaction) => transaction.ownerOrg === principal.org || TRANSACTION_VISIBLE_TO_SECTORS.includes(principal.sector));
    const byId = new Map(visible.map((transaction) => [transaction.id, transaction]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * One side of an account's transactions, newest first, after `keyset`: served by the index on
   * (from_account_id | to_account_id, occurred_at, id), read backwards. Exposed for the EXPLAIN test.
   */
  sideQuery(side: Side, accountId: string, limit: number, keyset?: Keyset, range: TimeRange = {}): SelectQueryBuilder<Transaction> {
    const column = side === 'from' ? 'from_account_id' : 'to_account_id';
    const query = this.dataSource
      .getRepository(Transaction)
      .createQueryBuilder('t')
      .where(`t.${column} = :accountId`, { accountId })
      .orderBy('t.occurred_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit);
    if (keyset) query.andWhere('(t.occurred_at, t.id) < (:at, :id)', { at: keyset.at, id: keyset.id });
    const from = parseInstant(range.occurredFrom);
    const before = parseInstant(range.occurredBefore);
    if (from) query.andWhere('t.occurred_at >= :from', { from });
    if (before) query.andWhere('t.occurred_at < :before', { before });
    return query;
  }

  /** An account's transactions, both directions, newest first, a keyset page at a time. */
  async pageForAccount(accountId: string, first: number | null | undefined, after: string | null | undefined, range: TimeRange = {}) {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    checkRange(range);
    const rows = await this.newestOf(accountId, size + 1, cursor, range);
    return pageOf(rows, size, keysetOf);
  }

  /** The most recent transactions of each account, newest first, for the red-flag rules. */
  async recentForAccounts(accountIds: readonly string[]): Promise<Transaction[][]> {
    return Promise.all(accountIds.map((id) => (isUuid(id) ? this.newestOf(id, RED_FLAG_LOOKBACK) : Promise.resolve([]))));
  }

  /**
   * The caller's institution's transactions at a place (UN/LOCODE) or in a country, newest first
   * — cash and card movements carry where they happened.
   */
  async pageAtLocation(principal: Principal, code: string, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const column = code.length === 2 ? 'location_country' : 'location_code';
    const query = this.ownerQuery(principal, size + 1, cursor).andWhere(`t.${column} = :code`, { code: code.toUpperCase() });
    return pageOf(await query.getMany(), size, keysetOf);
  }

  /** The caller's institution's transactions from one country to another, newest first. */
  async pageAlongCorridor(principal: Principal, origin: string, destination: string, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    // A corridor between places (UN/LOCODEs) is followed at the level of their countries.
    const query = this.ownerQuery(principal, size + 1, cursor)
      .andWhere('t.origin_country = :origin', { origin: origin.slice(0, 2).toUpperCase() })
      .andWhere('t.destination_country = :destination', { destination: destination.slice(0, 2).toUpperCase() });
    return pageOf(await query.getMany(), size, keysetOf);
  }

  ownerQuery(principal: Principal, limit: number, keyset?: Keyset): SelectQueryBuilder<Transaction> {
    const query = this.dataSource
      .getRepository(Transaction)
      .createQueryBuilder('t')
      .where('t.owner_org = :org', { org: principal.org })
      .orderBy('t.occurred_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit);
    if (keyset) query.andWhere('(t.occurred_at, t.id) < (:at, :id)', { at: keyset.at, id: keyset.id });
    return query;
  }

  /**
   * Two index range scans, one per side, merged: an OR over both columns would read every row of
   * the account and sort them before the first page could be returned.
   */
  private async newestOf(accountId: string, limit: number, keyset?: Keyset, range: TimeRange = {}): Promise<Transaction[]> {
    const [sent, received] = await Promise.all([
      this.sideQuery('from', accountId, limit, keyset, range).getMany(),
      this.sideQuery('to', accountId, limit, keyset, range).getMany(),
    ]);
    return [...sent, ...received].sort(newestFirst).slice(0, limit);
  }
}

function keysetOf(transaction: Transaction): Keyset {
  return { at: transaction.occurredAt.toISOString(), id: transaction.id };
}

function newestFirst(a: Transaction, b: Transaction): number {
  return b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

function checkRange(range: TimeRange): void {
  const problems = new InvalidFields();
  if (range.occurredFrom != null && !parseInstant(range.occurredFrom)) problems.add('occurredFrom', 'not an ISO 8601 date-time with a time zone');
  if (range.occurredBefore != null && !parseInstant(range.occurredBefore)) problems.add('occurredBefore', 'not an ISO 8601 date-time with a time zone');
  problems.throwIfAny('The time range is invalid.');
}
