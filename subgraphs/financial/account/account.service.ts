import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { AccountHolder } from '../account-holder/account-holder.entity.js';
import { assertWriter, type AccountHolderService, type OpenAccountHolderInput } from '../account-holder/account-holder.service.js';
import type { CheckedHolder } from '../account-holder/account-holder.validation.js';
import { decodeCursor, pageOf, pageSize } from '../common/connection.js';
import { InvalidFields, isUuid, oneOf, parseCountry, parseEnum, text } from '../common/validation.js';
import { AccountHolding } from './account-holding.entity.js';
import { Account } from './account.entity.js';
import { AccountType } from './account.enums.js';
import { checkAccount, type CheckedAccount } from './account.validation.js';

/**
 * Sectors that may resolve an account by id (`_entities`) besides its owner: law-enforcement
 * investigators following a linked person's money (the issue's rule). Accounts are not published
 * to linkage as records: their holders' publications carry an ACCOUNT key per account, an HMAC of
 * its id, so the hub relates joint holders without learning the id, which reaches nobody else.
 */
const ACCOUNT_VISIBLE_TO_SECTORS = ['LAW_ENFORCEMENT'] as const;

export interface OpenAccountRequest {
  readonly sourceRecordId?: string | null;
  readonly type: string;
  readonly iban?: string | null;
  readonly localNumber?: string | null;
  readonly country?: string | null;
  readonly openedOn?: string | null;
  readonly retentionUntil?: string | null;
  /** Existing customers of the caller's institution. */
  readonly holderIds?: readonly string[] | null;
  /** New customers, opened with the account (idempotent by their own source ids). */
  readonly holders?: readonly OpenAccountHolderInput[] | null;
}

export interface AccountFilter {
  readonly type?: string | null;
  readonly country?: string | null;
}

export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly holders: AccountHolderService,
  ) {}

  async findOwned(principal: Principal, id: string): Promise<Account | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(Account).findOneBy({ id, ownerOrg: principal.org });
  }

  /** The caller's institution's accounts, oldest first, filtered by type and country. */
  async pageOwned(principal: Principal, first: number | null | undefined, after: string | null | undefined, filter: AccountFilter = {}) {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const problems = new InvalidFields();
    const type = filter.type == null ? undefined : parseEnum(AccountType, filter.type);
    if (filter.type != null && !type) problems.add('type', oneOf(AccountType));
    const country = filter.country == null ? undefined : parseCountry(filter.country);
    if (filter.country != null && !country) problems.add('country', 'not an ISO 3166-1 alpha-2 country code');
    problems.throwIfAny('Some filters are invalid.');

    const query = this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .where('account.owner_org = :org', { org: principal.org })
      .orderBy('account.created_at', 'ASC')
      .addOrderBy('account.id', 'ASC')
      .limit(size + 1);
    if (type) query.andWhere('account.type = :type', { type });
    if (country) query.andWhere('account.country = :country', { country });
    if (cursor) query.andWhere('(account.created_at, account.id) > (:at, :id)', { at: cursor.at, id: cursor.id });
    const rows = await query.getMany();
    return pageOf(rows, size, (account) => ({ at: account.createdAt.toISOString(), id: account.id }));
  }

  /** Batch load for `_entities`: the owner's accounts, and any for law-enforcement callers. */
  async loadByIds(principal: Principal, ids: readonly string[]): Promise<Array<Account | null>> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? await this.dataSource.getRepository(Account).findBy({ id: In(valid) }) : [];
    const visible = found.filter(
      (account) =>
        account.ownerOrg === principal.org || (ACCOUNT_VISIBLE_TO_SECTORS as readonly string[]).includes(principal.sector),
    );
    const byId = new Map(visible.map((account) => [account.id, account]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Each account's holders, in the order they were recorded. */
  async holdersOf(accountIds: readonly string[]): Promise<AccountHolder[][]> {
    const rows: Array<{ account_id: string; holder_id: string }> = await this.dataSource.query(
      `SELECT h.account_id, h.account_holder_id AS holder_id FROM account_holding h
         JOIN account_holder ah ON ah.id = h.account_holder_id
        WHERE h.account_id = ANY($1::uuid[]) ORDER BY ah.created_at, ah.id`,
      [accountIds.filter(isUuid)],
    );
    const holders = rows.length
      ? await this.dataSource.getRepository(AccountHolder).findBy({ id: In([...new Set(rows.map((row) => row.holder_id))]) })
      : [];
    const byId = new Map(holders.map((holder) => [holder.id, holder]));
    return accountIds.map((id) =>
      rows.filter((row) => row.account_id === id).flatMap((row) => (byId.has(row.holder_id) ? [byId.get(row.holder_id) as AccountHolder] : [])),
    );
  }

  /** Each holder's accounts, oldest first. */
  async accountsOf(holderIds: readonly string[]): Promise<Account[][]> {
    const rows: Array<{ holder_id: string; account_id: string }> = await this.dataSource.query(
      `SELECT h.account_holder_id AS holder_id, h.account_id FROM account_holding h
         JOIN account a ON a.id = h.account_id
        WHERE h.account_holder_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
      [holderIds.filter(isUuid)],
    );
    const accounts = rows.length
      ? await this.dataSource.getRepository(Account).findBy({ id: In([...new Set(rows.map((row) => row.account_id))]) })
      : [];
    const byId = new Map(accounts.map((account) => [account.id, account]));
    return holderIds.map((id) =>
      rows.filter((row) => row.holder_id === id).flatMap((row) => (byId.has(row.account_id) ? [byId.get(row.account_id) as Account] : [])),
    );
  }

  /** Accounts that share a holder with `accountId`: money between them is not from an unrelated sender. */
  async relatedAccountIds(accountId: string): Promise<string[]> {
    const rows: Array<{ account_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT other.account_id FROM account_holding mine
         JOIN account_holding other ON other.account_holder_id = mine.account_holder_id
        WHERE mine.account_id = $1 AND other.account_id <> $1`,
      [accountId],
    );
    return rows.map((row) => row.account_id);
  }

  /**
   * Opens an account for the caller's institution with its holders: existing customers by id and
   * new ones by their identifiers (published to linkage in the same transaction). Idempotent by
   * the account's source id, and by its IBAN, which one institution cannot issue twice.
   */
  async open(principal: Principal, input: OpenAccountRequest): Promise<Account> {
    assertWriter(principal);
    const problems = new InvalidFields();
    const { account: checked, problems: accountProblems } = checkAccount(input);
    problems.addAll(accountProblems);

    const holderIds = [...(input.holderIds ?? [])];
    for (const [i, id] of holderIds.entries()) if (!isUuid(id)) problems.add(`holderIds[${i}]`, 'not an account holder id');
    const newHolders: Array<{ holder: CheckedHolder; sourceRecordId: string | null }> = [];
    for (const [i, holderInput] of (input.holders ?? []).entries()) {
      const { holder, problems: found } = this.holders.check(holderInput, `holders[${i}]`);
      problems.addAll(found);
      if (holder) newHolders.push({ holder, sourceRecordId: text(holderInput.sourceRecordId) ?? null });
    }
    if (holderIds.length === 0 && (input.holders ?? []).length === 0) problems.add('holderIds', 'an account needs at least one holder');

    return this.dataSource.transaction(async (manager) => {
      const owned = await ownedHolderIds(manager, principal, holderIds.filter(isUuid));
      for (const [i, id] of holderIds.entries()) {
        if (isUuid(id) && !owned.has(id)) problems.add(`holderIds[${i}]`, 'not an account holder of your institution');
      }
      problems.throwIfAny('Some fields of the account are invalid.');

      const { iban, localNumber } = checked as CheckedAccount;
      const sourceRecordId = text(input.sourceRecordId) ?? null;
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`account:${principal.org}:${sourceRecordId ?? iban ?? localNumber}`]);
      const repository = manager.getRepository(Account);
      const replayed = sourceRecordId ? await repository.findOneBy({ ownerOrg: principal.org, sourceRecordId }) : null;
      if (replayed) return replayed;
      const sameIban = iban ? await repository.findOneBy({ ownerOrg: principal.org, iban }) : null;
      if (sameIban) {
        // A replay without source ids, or an account recorded before source ids (the migration's):
        // the same account. Under another source id it is a second account with one IBAN: refused.
        if (sameIban.sourceRecordId === null || sourceRecordId === null) {
          if (sameIban.sourceRecordId === null && sourceRecordId !== null) await repository.update(sameIban.id, { sourceRecordId });
          return repository.findOneByOrFail({ id: sameIban.id });
        }
        problems.add('iban', 'already the IBAN of another account of your institution');
        problems.throwIfAny('Some fields of the account are invalid.');
      }

      const account = await repository.save(
        repository.create({ ...(checked as CheckedAccount), ownerOrg: principal.org, sourceRecordId }),
      );
      const holderIdsToLink = new Set(holderIds);
      for (const { holder, sourceRecordId: holderSource } of newHolders) {
        holderIdsToLink.add((await this.holders.openIn(manager, principal, holder, holderSource, { publish: false })).id);
      }
      await manager
        .getRepository(AccountHolding)
        .insert([...holderIdsToLink].map((accountHolderId) => ({ accountId: account.id, accountHolderId })));
      // Every holder, new or existing, now holds one more account: an ACCOUNT key the hub relates them by.
      await this.holders.republishIn(manager, holderIdsToLink);
      return account;
    });
  }
}

async function ownedHolderIds(manager: EntityManager, principal: Principal, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await manager.getRepository(AccountHolder).find({ select: { id: true }, where: { id: In([...ids]), ownerOrg: principal.org } });
  return new Set(found.map((holder) => holder.id));
}
