import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Principal, Sector } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { createExactKeyDeriver } from '../../../shared/linkage/index.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import { decodeCursor, pageOf, pageSize, MAX_PAGE_SIZE } from '../common/connection.js';
import { InvalidFields, isUuid, text } from '../common/validation.js';
import { writeAccountHolders, type BulkWriteCounts, type ImportedAccountHolder } from './account-holder.bulk-write.js';
import { AccountHolder } from './account-holder.entity.js';
import { holdingsOf, NO_HOLDINGS, type Holdings } from './account-holder.holdings.js';
import { accountHolderPublication, DISCOVERABLE_BY, sameLinkageFields } from './account-holder.publication.js';
import { checkHolder, identifiersOf, type CheckedHolder, type HolderIdentifiersInput, type KeyDeriver } from './account-holder.validation.js';

export { MAX_PAGE_SIZE };

export { DISCOVERABLE_BY };

/** Roles that write customer records: a financial institution's compliance officers. */
export const WRITER_ROLES: readonly string[] = ['compliance-officer'];

export interface OpenAccountHolderInput extends HolderIdentifiersInput {
  /** The customer's id in the institution's own system: opening it twice opens it once. */
  readonly sourceRecordId?: string | null;
}

/** What an erasure leaves behind for the caller (and the audit event): which record, when. */
export interface AccountHolderErasure {
  readonly id: string;
  readonly erasedAt: Date;
  readonly ownerOrg: string;
}

export class AccountHolderService {
  private readonly deriveKeys: KeyDeriver;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: LinkagePublisher,
    private readonly linkageSecret: string,
  ) {
    // Checked now, so that a bad secret stops the service at start rather than at the first write.
    this.deriveKeys = createExactKeyDeriver(linkageSecret);
  }

  /** An account holder of the caller's own institution; others' are reached through linkage. */
  async findOwned(principal: Principal, id: string): Promise<AccountHolder | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(AccountHolder).findOneBy({ id, ownerOrg: principal.org });
  }

  async listOwned(principal: Principal, first: number): Promise<AccountHolder[]> {
    return this.dataSource.getRepository(AccountHolder).find({
      where: { ownerOrg: principal.org },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: Math.min(Math.max(first, 0), MAX_PAGE_SIZE),
    });
  }

  /** The caller's institution's account holders, oldest first, a keyset page at a time. */
  async pageOwned(principal: Principal, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const query = this.dataSource
      .getRepository(AccountHolder)
      .createQueryBuilder('holder')
      .where('holder.owner_org = :org', { org: principal.org })
      .orderBy('holder.created_at', 'ASC')
      .addOrderBy('holder.id', 'ASC')
      .limit(size + 1);
    if (cursor) query.andWhere('(holder.created_at, holder.id) > (:at, :id)', { at: cursor.at, id: cursor.id });
    const rows = await query.getMany();
    return pageOf(rows, size, (holder) => ({ at: holder.createdAt.toISOString(), id: holder.id }));
  }

  /**
   * Batch load for federation references. To a sector that may not discover account holders
   * one comes back exactly like one that does not exist (null); field rules decide the rest.
   */
  async loadByIds(principal: Principal, ids: readonly string[]): Promise<Array<AccountHolder | null>> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? await this.dataSource.getRepository(AccountHolder).findBy({ id: In(valid) }) : [];
    const visible = found.filter(
      (holder) => holder.ownerOrg === principal.org || DISCOVERABLE_BY.includes(principal.sector),
    );
    const byId = new Map(visible.map((holder) => [holder.id, holder]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Checks one customer's identifiers (problems named under `prefix`) without writing anything. */
  check(input: HolderIdentifiersInput, prefix = ''): ReturnType<typeof checkHolder> {
    return checkHolder(input, prefix, this.deriveKeys);
  }

  /**
   * Records an account holder for the caller's institution and queues its linkage publication in
   * the same transaction. Idempotent by the source system's record id.
   */
  async open(principal: Principal, input: OpenAccountHolderInput): Promise<AccountHolder> {
    assertWriter(principal);
    const problems = new InvalidFields();
    const { holder, problems: found } = this.check(input);
    problems.addAll(found);
    problems.throwIfAny('Some identifiers could not be normalised.');
    return this.dataSource.transaction((manager) =>
      this.openIn(manager, principal, holder as CheckedHolder, text(input.sourceRecordId) ?? null),
    );
  }

  /**
   * The write behind `open` and `openAccount`, inside the caller's transaction. An existing holder
   * with this source id is returned unchanged. `publish: false` is for a caller that gives the
   * holder accounts next and republishes it then (`republishIn`), so the hub gets one publication.
   */
  async openIn(
    manager: EntityManager,
    principal: Principal,
    holder: CheckedHolder,
    sourceRecordId: string | null,
    { publish = true }: { publish?: boolean } = {},
  ): Promise<AccountHolder> {
    const repository = manager.getRepository(AccountHolder);
    if (sourceRecordId) {
      // Two concurrent imports of one source record would both miss the lookup below; the
      // second would then fail on the unique index instead of returning the first's record.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`account_holder:${principal.org}:${sourceRecordId}`]);
      const existing = await repository.findOneBy({ sourceRecordId, ownerOrg: principal.org });
      if (existing) return existing;
    }
    const { keys, ...fields } = holder;
    const saved = await repository.save(repository.create({ ...fields, sourceRecordId, ownerOrg: principal.org }));
    // New, so it holds no account yet.
    if (publish) await this.publisher.enqueue(manager, accountHolderPublication(saved, this.linkageSecret, NO_HOLDINGS));
    return saved;
  }

  /** An import's batch, set-based, inside the import's transaction (see `writeAccountHolders`). */
  async writeImported(manager: EntityManager, principal: Principal, records: readonly ImportedAccountHolder[]): Promise<BulkWriteCounts> {
    assertWriter(principal);
    return writeAccountHolders(manager, principal, records, {
      publisher: this.publisher,
      linkageSecret: this.linkageSecret,
      check: (input) => this.check(input),
    });
  }

  /**
   * Re-publishes customers whose holdings changed (an account opened, imported, re-held or
   * deleted, a transaction pair gone at retention), inside the caller's transaction: three
   * queries and one outbox INSERT whatever their number. Ids of customers that no longer exist
   * are skipped (their erasure told the hub).
   */
  async republishIn(manager: EntityManager, holderIds: Iterable<string>): Promise<void> {
    const ids = [...new Set(holderIds)];
    if (ids.length === 0) return;
    await this.publishIn(manager, ids, await holdingsOf(manager, ids));
  }

  /**
   * Re-publishes the holders of accounts that have just transacted with each other for the first
   * time (`pairs`, as [account, account]), when the new pair is among the pairs a holder publishes
   * (`MAX_TRANSACTION_COUNTERPARTS`): a busy account's holder, whose new counterpart does not
   * make its top pairs, is not re-published for nothing. Counts that change on a known pair do
   * not re-rank what the hub holds until the holder's next publication.
   */
  async republishOnNewCounterpartsIn(manager: EntityManager, pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
    if (pairs.length === 0) return;
    const fresh = new Set(pairs.flatMap(([a, b]) => [`${a}:${b}`, `${b}:${a}`]));
    const accounts = [...new Set(pairs.flat())];
    const rows: Array<{ id: string }> = await manager.query(
      'SELECT DISTINCT account_holder_id AS id FROM account_holding WHERE account_id = ANY($1::uuid[])',
      [accounts],
    );
    const holdings = await holdingsOf(manager, rows.map((row) => row.id));
    const changed = [...holdings]
      .filter(([, held]) => held.transactionPairs.some(({ own, counterpart }) => fresh.has(`${own}:${counterpart}`)))
      .map(([id]) => id);
    await this.publishIn(manager, changed, holdings);
  }

  private async publishIn(manager: EntityManager, ids: readonly string[], holdings: ReadonlyMap<string, Holdings>): Promise<void> {
    if (ids.length === 0) return;
    const holders = await manager.getRepository(AccountHolder).findBy({ id: In([...ids]) });
    await this.publisher.enqueueGathered(manager, async () => {
      for (const holder of holders) {
        await this.publisher.enqueue(manager, accountHolderPublication(holder, this.linkageSecret, holdings.get(holder.id) ?? NO_HOLDINGS));
      }
    });
  }

  /**
   * Changes a customer's identifiers. The merged record is checked as a whole; when anything the
   * hub is told changes (an address too, which moves no exact key), the customer is re-published
   * in the same transaction, so the hub never keeps a link the bank no longer holds. Another
   * institution's customer is refused exactly like one that does not exist.
   */
  async update(principal: Principal, id: string, patch: HolderIdentifiersInput): Promise<AccountHolder> {
    assertWriter(principal);
    return this.dataSource.transaction(async (manager) => {
      const current = isUuid(id)
        ? await manager.getRepository(AccountHolder).findOne({ where: { id, ownerOrg: principal.org }, lock: { mode: 'pessimistic_write' } })
        : null;
      const problems = new InvalidFields();
      if (!current) problems.add('id', 'not an account holder of your institution');
      const merged: HolderIdentifiersInput = { ...(current ? identifiersOf(current) : {}), ...definedOnly(patch) };
      const { holder, problems: found } = this.check(merged);
      problems.addAll(found);
      problems.throwIfAny('Some identifiers could not be normalised.');
      const before = this.check(identifiersOf(current as AccountHolder)).holder;
      const { keys: _keys, ...fields } = holder as CheckedHolder;
      const saved = await manager.getRepository(AccountHolder).save(Object.assign(current as AccountHolder, fields));
      if (!before || !sameLinkageFields(before, fields)) await this.republishIn(manager, [saved.id]);
      return saved;
    });
  }

  /**
   * Erases a customer on the owner's request: the record, its holdings of accounts and every
   * linkage publication of it go; the hub is told to forget it (`erased: true`); the audit event
   * of the erasure is what remains. Accounts and transactions stay until their own retention
   * date: AML record keeping (FATF R.11, five years) outlives an erasure request (GDPR Art.
   * 17(3)(b)), and without the holder they name nobody. A customer with a suspicious-activity
   * report cannot be erased: the report must be kept, and it names the customer.
   */
  async erase(principal: Principal, id: string): Promise<AccountHolderErasure> {
    assertWriter(principal);
    return this.dataSource.transaction(async (manager) => {
      const holder = isUuid(id)
        ? await manager.getRepository(AccountHolder).findOne({ where: { id, ownerOrg: principal.org }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!holder) {
        throw new BeaconError('BAD_USER_INPUT', 'There is no such account holder to erase.', {
          invalidFields: [{ field: 'id', reason: 'not an account holder of your institution' }],
        });
      }
      const [{ reports }] = await manager.query('SELECT count(*)::int AS reports FROM suspicious_activity_report WHERE account_holder_id = $1', [id]);
      if (reports > 0) {
        throw new BeaconError('CONFLICT', 'This customer has suspicious-activity reports, which must be kept; the record cannot be erased yet.');
      }
      await this.removeIn(manager, [id]);
      return { id, erasedAt: new Date(), ownerOrg: holder.ownerOrg };
    });
  }

  /** Deletes holders and their publications and tells the hub to forget them (erasure, retention). */
  async removeIn(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query('DELETE FROM linkage_outbox WHERE record_id = ANY($1::text[])', [ids]);
    await manager.query('DELETE FROM account_holder WHERE id = ANY($1::uuid[])', [ids]);
    for (const id of ids) {
      await this.publisher.enqueue(manager, {
        recordType: 'AccountHolder',
        recordId: id,
        category: 'ACCOUNT_HOLDER',
        discoverableBy: DISCOVERABLE_BY,
        keys: [],
        erased: true,
      });
    }
  }

}

/** Only a financial institution's compliance officers write customer records. */
export function assertWriter(principal: Principal): void {
  if (principal.sector !== 'FINANCIAL' || !principal.roles.some((role) => WRITER_ROLES.includes(role))) {
    throw new BeaconError('FORBIDDEN', "Only a financial institution's compliance officers write its customer records.");
  }
}

/** A patch's fields that were sent: `undefined` keeps the old value, `null` clears it. */
function definedOnly(patch: HolderIdentifiersInput): HolderIdentifiersInput {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as HolderIdentifiersInput;
}
