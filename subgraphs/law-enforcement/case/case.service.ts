import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import { decodeCursor, pageSize, toPage, type Page } from '../pagination/connection.js';
import { PersonRecord } from '../person-record/person-record.entity.js';
import { unpublishPersonRecords } from '../person-record/person-record.publication.js';
import { CaseExploitationType } from '../taxonomy/exploitation-type.enum.js';
import { assertInvestigatingAgency, isUuid } from '../validation/access.js';
import { InputProblems, isoDay } from '../validation/invalid-fields.js';
import { Case } from './case.entity.js';
import { CaseStatus } from './case.enums.js';
import { validateCase, type CaseFields } from './case.validation.js';

export interface CaseListOptions {
  readonly first: number;
  readonly after?: string | null;
  readonly status?: string | null;
  readonly jurisdiction?: string | null;
  readonly typeOfExploitation?: string | null;
}

/** Cases of the caller's agency: opened, changed, listed and erased by that agency alone. */
export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: LinkagePublisher,
  ) {}

  async findOwned(principal: Principal, id: string): Promise<Case | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(Case).findOneBy({ id, ownerOrg: principal.org });
  }

  async findOwnedByReference(principal: Principal, reference: string, manager: EntityManager = this.dataSource.manager): Promise<Case | null> {
    return manager.getRepository(Case).findOneBy({ reference, ownerOrg: principal.org });
  }

  /** Batch load for federation references; the policy decides what each caller sees of them. */
  async loadByIds(ids: readonly string[]): Promise<Array<Case | null>> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? await this.dataSource.getRepository(Case).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: valid }).getMany() : [];
    const byId = new Map(found.map((item) => [item.id, item]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The caller's agency's cases, oldest first, a keyset page at a time. */
  async list(principal: Principal, options: CaseListOptions): Promise<Page<Case>> {
    const problems = new InputProblems();
    const status = problems.enumValue('filter.status', CaseStatus, options.status);
    const jurisdiction = options.jurisdiction ? problems.country('filter.jurisdiction', options.jurisdiction) : undefined;
    const exploitation = problems.enumValue('filter.typeOfExploitation', CaseExploitationType, options.typeOfExploitation);
    problems.throwIfAny('case filter');
    const size = pageSize(options.first);
    const query = this.dataSource
      .getRepository(Case)
      .createQueryBuilder('c')
      .where('c.owner_org = :org', { org: principal.org });
    if (status) query.andWhere('c.status = :status', { status });
    if (jurisdiction) query.andWhere('c.jurisdiction = :jurisdiction', { jurisdiction });
    if (exploitation) query.andWhere('c.types_of_exploitation @> ARRAY[:exploitation]::exploitation_type[]', { exploitation });
    if (options.after) {
      const after = decodeCursor(options.after);
      query.andWhere('(c.created_at, c.id) > (:afterAt, :afterId)', { afterAt: after.createdAt, afterId: after.id });
    }
    const rows = await query.orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC').limit(size + 1).getMany();
    return toPage(rows, size);
  }

  /** Opens a case for the caller's agency. A reference the agency already uses is a bad field. */
  async open(principal: Principal, input: CaseFields, now: Date = new Date()): Promise<Case> {
    assertInvestigatingAgency(principal);
    const valid = validateCase(input, isoDay(now)) as NonNullable<ReturnType<typeof validateCase>>;
    return this.dataSource.transaction(async (manager) => {
      await this.assertReferenceFree(manager, principal, valid.reference);
      const repository = manager.getRepository(Case);
      return repository.save(repository.create({ ...valid, ownerOrg: principal.org }));
    });
  }

  /**
   * Applies changes to one of the caller's agency's cases and checks the case as a whole. Another
   * agency's case and a missing one get the same NOT_FOUND: a write does not reveal who owns what.
   */
  async update(principal: Principal, id: string, changes: CaseFields, now: Date = new Date()): Promise<Case> {
    assertInvestigatingAgency(principal);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockOwned(manager, principal, id);
      const merged: CaseFields = { ...current, ...definedOnly(changes) };
      if (changes.closedOn === null) Object.assign(merged, { closedOn: null });
      const valid = validateCase(merged, isoDay(now), new InputProblems()) as NonNullable<ReturnType<typeof validateCase>>;
      if (valid.reference !== current.reference) await this.assertReferenceFree(manager, principal, valid.reference);
      Object.assign(current, valid);
      return manager.getRepository(Case).save(current);
    });
  }

  /**
   * Erases a case and everything on it (person records, journey legs) and tells linkage to forget
   * its person records, in one transaction. The audit event of the request is all that remains.
   * Resolves to the case as it was.
   */
  async erase(principal: Principal, id: string): Promise<Case> {
    assertInvestigatingAgency(principal);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockOwned(manager, principal, id);
      await this.eraseCases(manager, [current.id]);
      return current;
    });
  }

  /** Deletes cases (their records and legs cascade) and queues the erasure of their publications. */
  async eraseCases(manager: EntityManager, caseIds: readonly string[]): Promise<number> {
    if (caseIds.length === 0) return 0;
    const people: Array<Pick<PersonRecord, 'id' | 'category'>> = await manager
      .getRepository(PersonRecord)
      .createQueryBuilder('p')
      .select(['p.id', 'p.category'])
      .where('p.case_id = ANY(:caseIds)', { caseIds })
      .getMany();
    await unpublishPersonRecords(manager, this.publisher, people);
    await manager.query('DELETE FROM law_enforcement_case WHERE id = ANY($1::uuid[])', [caseIds]);
    return caseIds.length;
  }

  private async lockOwned(manager: EntityManager, principal: Principal, id: string): Promise<Case> {
    const found = isUuid(id)
      ? await manager.getRepository(Case).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id AND c.owner_org = :org', { id, org: principal.org }).getOne()
      : null;
    if (!found) throw new BeaconError('NOT_FOUND', 'No such case of your agency.');
    return found;
  }

  private async assertReferenceFree(manager: EntityManager, principal: Principal, reference: string): Promise<void> {
    if (await this.findOwnedByReference(principal, reference, manager)) {
      throw new BeaconError('BAD_USER_INPUT', 'Some fields of the case are invalid.', {
        invalidFields: [{ field: 'reference', reason: 'already the reference of another case of your agency' }],
      });
    }
  }
}

/** The fields a caller actually sent: `undefined` and `null` leave a field as it is. */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null)) as Partial<T>;
}
