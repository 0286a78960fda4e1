import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import { Case } from '../case/case.entity.js';
import { decodeCursor, pageSize, toPage, type Page } from '../pagination/connection.js';
import { assertInvestigatingAgency, isUuid } from '../validation/access.js';
import { InputProblems, isoDay } from '../validation/invalid-fields.js';
import { writePersonRecords, type BulkWriteCounts, type ImportedPersonRecord } from './person-record.bulk-write.js';
import { PersonCategory, PersonRecord } from './person-record.entity.js';
import { personRecordLinkage, publishPersonRecord, samePublishedMaterial, unpublishPersonRecords } from './person-record.publication.js';
import { validatePersonRecord, type PersonRecordFields, type ValidPersonRecord } from './person-record.validation.js';

export { DISCOVERABLE_BY } from './person-record.publication.js';

/** A person to record on one of the caller's agency's cases. */
export interface RecordPersonRequest extends PersonRecordFields {
  readonly caseId: string;
  /** The source system's id: recording the same id twice returns the first record. */
  readonly sourceRecordId?: string | null;
}

export interface PersonRecordListOptions {
  readonly first: number;
  readonly after?: string | null;
  readonly category?: string | null;
  readonly caseId?: string | null;
}

/** Person records on cases: written by the owning agency only, each write published to linkage. */
export class PersonRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: LinkagePublisher,
    private readonly linkageSecret: string,
  ) {}

  /** A record of the caller's own agency; other agencies' records are reached through linkage. */
  async findOwned(principal: Principal, id: string): Promise<PersonRecord | null> {
    if (!isUuid(id)) return null;
    return this.withCase().where('p.id = :id AND p.owner_org = :org', { id, org: principal.org }).getOne();
  }

  /** Batch load for federation references; field rules decide what each caller sees of them. */
  async loadByIds(ids: readonly string[]): Promise<Array<PersonRecord | null>> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? await this.withCase().where('p.id = ANY(:ids)', { ids: valid }).getMany() : [];
    const byId = new Map(found.map((record) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The caller's agency's records, oldest first, optionally of one category or one case. */
  async list(principal: Principal, options: PersonRecordListOptions): Promise<Page<PersonRecord>> {
    const problems = new InputProblems();
    const category = problems.enumValue('filter.category', PersonCategory, options.category);
    if (options.caseId && !isUuid(options.caseId)) problems.add('filter.caseId', 'not a case id');
    problems.throwIfAny('person record filter');
    const query = this.withCase().where('p.owner_org = :org', { org: principal.org });
    if (category) query.andWhere('p.category = :category', { category });
    if (options.caseId) query.andWhere('p.case_id = :caseId', { caseId: options.caseId });
    return this.page(query, options);
  }

  /** Every record on a case; the policy has already checked the case's handling code for the caller. */
  async listOnCase(caseId: string, options: { first: number; after?: string | null }): Promise<Page<PersonRecord>> {
    return this.page(this.withCase().where('p.case_id = :caseId', { caseId }), options);
  }

  /**
   * Records a person on one of the caller's agency's cases and queues its linkage publication in
   * the same transaction. Idempotent by the source system's record id.
   */
  async record(principal: Principal, input: RecordPersonRequest, now: Date = new Date()): Promise<PersonRecord> {
    assertInvestigatingAgency(principal);
    const problems = new InputProblems();
    if (!isUuid(input.caseId)) problems.add('caseId', 'not a case id');
    const valid = validatePersonRecord(input, isoDay(now), this.linkageSecret, problems);
    return this.dataSource.transaction(async (manager) => {
      const onCase = await manager.getRepository(Case).findOneBy({ id: input.caseId, ownerOrg: principal.org });
      if (!onCase) throw new BeaconError('NOT_FOUND', 'No such case of your agency.');
      if (input.sourceRecordId) {
        const existing = await this.findBySource(manager, principal, input.sourceRecordId);
        if (existing) return existing;
      }
      return this.insertValid(manager, principal, onCase, valid, input.sourceRecordId ?? null);
    });
  }

  /**
   * Applies changes to one of the caller's agency's records, checks the record as a whole and,
   * when its identifiers or category changed, re-publishes it to linkage in the same transaction.
   */
  async update(principal: Principal, id: string, changes: PersonRecordFields, now: Date = new Date()): Promise<PersonRecord> {
    assertInvestigatingAgency(principal);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockOwned(manager, principal, id);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const valid = validatePersonRecord({ ...current, ...defined }, isoDay(now), this.linkageSecret);
      return this.applyValid(manager, current, valid, current.case);
    });
  }

  /** Erases one of the caller's agency's records (its journey legs cascade) and its linkage publications. */
  async erase(principal: Principal, id: string): Promise<PersonRecord> {
    assertInvestigatingAgency(principal);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockOwned(manager, principal, id);
      await unpublishPersonRecords(manager, this.publisher, [current]);
      await manager.query('DELETE FROM person_record WHERE id = $1', [current.id]);
      return current;
    });
  }

  /** Validates without writing: what imports call per row, so they refuse exactly what mutations refuse. */
  validate(fields: PersonRecordFields, now: Date = new Date(), problems?: InputProblems): ValidPersonRecord {
    return validatePersonRecord(fields, isoDay(now), this.linkageSecret, problems);
  }

  async findBySource(manager: EntityManager, principal: Principal, sourceRecordId: string): Promise<PersonRecord | null> {
    return this.withCase(manager)
      .where('p.owner_org = :org AND p.source_record_id = :sourceRecordId', { org: principal.org, sourceRecordId })
      .getOne();
  }

  /** An import's batch, set-based, inside the caller's transaction (see `writePersonRecords`). */
  async writeImported(manager: EntityManager, principal: Principal, records: readonly ImportedPersonRecord[]): Promise<BulkWriteCounts> {
    assertInvestigatingAgency(principal);
    return writePersonRecords(manager, principal, records, { publisher: this.publisher, linkageSecret: this.linkageSecret });
  }

  /** Inserts a validated record inside the caller's transaction and queues its publication. */
  async insertValid(manager: EntityManager, principal: Principal, onCase: Case, valid: ValidPersonRecord, sourceRecordId: string | null): Promise<PersonRecord> {
    const repository = manager.getRepository(PersonRecord);
    const { keys, ...fields } = valid;
    const saved = await repository.save(repository.create({ ...fields, caseId: onCase.id, case: onCase, ownerOrg: principal.org, sourceRecordId }));
    await publishPersonRecord(manager, this.publisher, saved, personRecordLinkage(saved, this.linkageSecret));
    return saved;
  }

  /**
   * Stores a validated version of an existing record (on `onCase`, its case unless an import
   * moves it), inside the caller's transaction; re-publishes only when linkage would see a change
   * (an address or the case too, which move no exact key).
   */
  async applyValid(manager: EntityManager, current: PersonRecord, valid: ValidPersonRecord, onCase: Case): Promise<PersonRecord> {
    const before = personRecordLinkage(current, this.linkageSecret);
    const categoryBefore = current.category;
    const { keys: _keys, ...fields } = valid;
    Object.assign(current, fields, { caseId: onCase.id, case: onCase });
    const saved = await manager.getRepository(PersonRecord).save(current);
    const after = personRecordLinkage(saved, this.linkageSecret);
    if (!samePublishedMaterial(before, after) || categoryBefore !== saved.category) {
      await publishPersonRecord(manager, this.publisher, saved, after);
    }
    return saved;
  }

  private withCase(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<PersonRecord> {
    return manager.getRepository(PersonRecord).createQueryBuilder('p').innerJoinAndSelect('p.case', 'c');
  }

  private async lockOwned(manager: EntityManager, principal: Principal, id: string): Promise<PersonRecord> {
    const found = isUuid(id)
      ? await this.withCase(manager)
          .setLock('pessimistic_write', undefined, ['p'])
          .where('p.id = :id AND p.owner_org = :org', { id, org: principal.org })
          .getOne()
      : null;
    if (!found) throw new BeaconError('NOT_FOUND', 'No such person record of your agency.');
    return found;
  }

  private async page(query: SelectQueryBuilder<PersonRecord>, options: { first: number; after?: string | null }): Promise<Page<PersonRecord>> {
    const size = pageSize(options.first);
    if (options.after) {
      const after = decodeCursor(options.after);
      query.andWhere('(p.created_at, p.id) > (:afterAt, :afterId)', { afterAt: after.createdAt, afterId: after.id });
    }
    const rows = await query.orderBy('p.created_at', 'ASC').addOrderBy('p.id', 'ASC').limit(size + 1).getMany();
    return toPage(rows, size);
  }
}
