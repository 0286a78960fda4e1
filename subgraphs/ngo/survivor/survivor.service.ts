import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { sameJson } from '../../../shared/import/index.js';
import { discoverableBy } from '../consent/consent.discoverability.js';
import { Consent } from '../consent/consent.entity.js';
import { checkConsentTerms, type ConsentTerms, type ConsentTermsInput } from '../consent/consent.terms.js';
import { TraffickingStatusValues } from '../htcds/htcds-enums.js';
import { decodeCursor, pageOf, pageSize, MAX_PAGE_SIZE, type Page, type Position } from '../pagination/cursor.js';
import { InvalidFields } from '../validation/invalid-fields.js';
import { isUuid } from '../validation/uuid.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import { writeSurvivors, type BulkWriteCounts, type ImportedSurvivor } from './survivor.bulk-write.js';
import { Survivor } from './survivor.entity.js';
import type { SurvivorPublication } from './survivor.publication.js';
import {
  applySurvivorInput,
  blankSurvivor,
  IDENTIFIER_COLUMNS,
  type SurvivorColumns,
  type SurvivorFieldsInput,
} from './survivor.validation.js';

export { MAX_PAGE_SIZE };

export interface RegisterSurvivorRequest extends SurvivorFieldsInput {
  /** The source system's record id: registering it again returns the first record. */
  readonly sourceRecordId?: string | null;
  /** Consents she gave at intake, recorded with her record (an import brings them along). */
  readonly consents?: readonly ConsentTermsInput[];
}

/** A registration that passed every check, ready to write (in a mutation's or an import's transaction). */
export interface CheckedRegistration {
  readonly sourceRecordId: string | null;
  readonly columns: SurvivorColumns;
  readonly consents: readonly ConsentTerms[];
}

export interface SurvivorFilter {
  readonly traffickingStatus?: string | null;
}

const NO_SUCH_SURVIVOR = 'No survivor with this id is supported by your organisation; nothing was written.';
const MAX_SOURCE_ID_LENGTH = 128;

export class SurvivorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publication: SurvivorPublication,
    private readonly linkageSecret: string,
  ) {}

  /** A survivor of the caller's own NGO; other organisations' survivors are reached through linkage. */
  async findOwned(principal: Principal, id: string): Promise<Survivor | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(Survivor).findOneBy({ id, ownerOrg: principal.org });
  }

  /** The first page of the caller's NGO's survivors, oldest first (the plain list `survivors`). */
  async listOwned(principal: Principal, first: number): Promise<Survivor[]> {
    return this.dataSource.getRepository(Survivor).find({
      where: { ownerOrg: principal.org },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: Math.min(Math.max(first, 0), MAX_PAGE_SIZE),
    });
  }

  /** A page of the caller's NGO's survivors, oldest first, optionally of one trafficking status. */
  async pageOwned(principal: Principal, first: number | null | undefined, after: string | null | undefined, filter: SurvivorFilter = {}): Promise<Page<Survivor>> {
    const size = pageSize(first);
    const rows = await this.pageQuery(principal, size, decodeCursor(after), filter).getMany();
    return pageOf(rows, size, (survivor) => ({ sort: survivor.createdAt.toISOString(), id: survivor.id }));
  }

  /** The keyset query behind `pageOwned` (the EXPLAIN test reads its plan). */
  pageQuery(principal: Principal, size: number, position: Position | undefined, filter: SurvivorFilter = {}): SelectQueryBuilder<Survivor> {
    const invalid = new InvalidFields();
    const status = filter.traffickingStatus ? invalid.htcdsOne('filter.traffickingStatus', filter.traffickingStatus, TraffickingStatusValues) : undefined;
    invalid.throwIfAny('The filter is invalid.');
    const query = this.dataSource
      .getRepository(Survivor)
      .createQueryBuilder('survivor')
      .where('survivor.owner_org = :org', { org: principal.org })
      .orderBy('survivor.created_at', 'ASC')
      .addOrderBy('survivor.id', 'ASC')
      .limit(size + 1);
    if (status) query.andWhere('survivor.trafficking_status = :status', { status });
    if (position) query.andWhere('(survivor.created_at, survivor.id) > (CAST(:sort AS timestamptz), CAST(:id AS uuid))', position);
    return query;
  }

  /**
   * Batch load for federation references. A survivor the caller's sector may not discover comes
   * back exactly like one that does not exist (null): a survivor's existence is itself the secret.
   * Discoverability is read from her consents now, not from what the hub was last told, so a
   * lapsed or withdrawn consent hides her here even before the hub has heard of it.
   * Field rules then decide what a caller who may discover her sees.
   */
  async loadByIds(principal: Principal, ids: readonly string[]): Promise<Array<Survivor | null>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return ids.map(() => null);
    const [found, consents] = await Promise.all([
      this.dataSource.getRepository(Survivor).findBy({ id: In(valid) }),
      this.dataSource.getRepository(Consent).findBy({ survivorId: In(valid) }),
    ]);
    const now = new Date();
    const visible = found.filter(
      (survivor) =>
        survivor.ownerOrg === principal.org ||
        discoverableBy(
          consents.filter((consent) => consent.survivorId === survivor.id),
          now,
        ).includes(principal.sector),
    );
    const byId = new Map(visible.map((survivor) => [survivor.id, survivor]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Checks a registration without writing: every invalid field, intake consents included, in
   * one BAD_USER_INPUT. The mutation and the importer both go through here.
   */
  checkRegistration(principal: Principal, input: RegisterSurvivorRequest, now: Date = new Date()): CheckedRegistration {
    assertNgo(principal);
    return this.checkRegistrationFields(input, now);
  }

  /** The checks of `checkRegistration` that do not depend on the caller (an import checks rows before it knows who writes them). */
  checkRegistrationFields(input: RegisterSurvivorRequest, now: Date = new Date()): CheckedRegistration {
    const { next, invalid } = applySurvivorInput(blankSurvivor(now), input, this.linkageSecret);
    const sourceRecordId = input.sourceRecordId?.trim() || null;
    if (sourceRecordId && sourceRecordId.length > MAX_SOURCE_ID_LENGTH) {
      invalid.add('sourceRecordId', `at most ${MAX_SOURCE_ID_LENGTH} characters`);
    }
    const consents: ConsentTerms[] = [];
    for (const [i, terms] of (input.consents ?? []).entries()) {
      const checked = checkConsentTerms(terms, now, `consents[${i}].`);
      if (checked.terms) consents.push(checked.terms);
      invalid.addAll(checked.invalidFields);
    }
    invalid.throwIfAny();
    return { sourceRecordId, columns: next, consents };
  }

  /**
   * Registers a survivor for the caller's NGO and queues its linkage publication in the same
   * transaction. Idempotent by the source system's record id.
   */
  async register(principal: Principal, input: RegisterSurvivorRequest): Promise<Survivor> {
    const now = new Date();
    const checked = this.checkRegistration(principal, input, now);
    const { survivor } = await this.dataSource.transaction((manager) => this.writeRegistration(manager, principal, checked, now));
    await this.publication.deliver();
    return survivor;
  }

  /**
   * Writes one checked registration inside the caller's transaction: a survivor already
   * registered from the same source record is returned unchanged (`inserted: false`).
   */
  async writeRegistration(
    manager: EntityManager,
    principal: Principal,
    checked: CheckedRegistration,
    now: Date = new Date(),
  ): Promise<{ survivor: Survivor; inserted: boolean }> {
    const repository = manager.getRepository(Survivor);
    if (checked.sourceRecordId) {
      // Two concurrent imports of one source record would both miss the lookup below; the
      // second would then fail on the unique index instead of returning the first's record.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`survivor:${principal.org}:${checked.sourceRecordId}`]);
      const existing = await repository.findOneBy({ sourceRecordId: checked.sourceRecordId, ownerOrg: principal.org });
      if (existing) return { survivor: existing, inserted: false };
    }
    const saved = await repository.save(
      repository.create({
        ...checked.columns,
        sourceRecordId: checked.sourceRecordId,
        publishedDiscoverableBy: null,
        ownerOrg: principal.org,
      }),
    );
    const consentRepository = manager.getRepository(Consent);
    for (const terms of checked.consents) {
      await consentRepository.insert(
        consentRepository.create({ ...terms, survivorId: saved.id, recordedBy: principal.sub, ownerOrg: principal.org }),
      );
    }
    await this.publication.republish(manager, saved.id, now);
    return { survivor: await repository.findOneByOrFail({ id: saved.id }), inserted: true };
  }

  /** An import's batch, set-based, inside the import's transaction (see `writeSurvivors`). */
  async writeImportedBatch(
    manager: EntityManager,
    principal: Principal,
    records: readonly ImportedSurvivor[],
    publisher: LinkagePublisher,
  ): Promise<BulkWriteCounts> {
    assertNgo(principal);
    return writeSurvivors(manager, principal, records, { publication: this.publication, publisher });
  }

  /**
   * Changes the given fields of a survivor of the caller's NGO. The whole record is re-checked
   * (a sub-question without its parent answer is refused); a change of identifiers re-publishes
   * her keys in the same transaction.
   */
  async update(principal: Principal, id: string, input: SurvivorFieldsInput): Promise<Survivor> {
    assertNgo(principal);
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockOwned(manager, principal, id);
      const { next, invalid } = applySurvivorInput(current, input, this.linkageSecret);
      invalid.throwIfAny();
      const identifiersChanged = IDENTIFIER_COLUMNS.some((column) => !sameJson(current[column], next[column]));
      await manager.getRepository(Survivor).save({ ...current, ...next });
      if (identifiersChanged) await this.publication.republish(manager, id, new Date(), { identifiersChanged: true });
      return manager.getRepository(Survivor).findOneByOrFail({ id });
    });
    await this.publication.deliver();
    return updated;
  }

  /**
   * Erases a survivor of the caller's NGO at her request: her record, consents, events and
   * referrals go (the foreign keys cascade), the hub is told to forget her in the same
   * transaction, and only the audit log keeps that it happened.
   */
  async erase(principal: Principal, id: string): Promise<{ id: string; erasedAt: Date }> {
    assertNgo(principal);
    await this.dataSource.transaction(async (manager) => {
      await this.lockOwned(manager, principal, id);
      await this.removeWithPublication(manager, id);
    });
    await this.publication.deliver();
    return { id, erasedAt: new Date() };
  }

  /** Deletes one survivor and queues her erasure for the hub; the caller holds the transaction. */
  async removeWithPublication(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(Survivor).delete({ id });
    await this.publication.erase(manager, id);
  }

  /** Sends queued publications now (after a batch committed elsewhere, e.g. an import). */
  deliverPublications(): Promise<void> {
    return this.publication.deliver();
  }

  /** Locks a survivor of the caller's NGO; a missing one and another NGO's get the same NOT_FOUND. */
  async lockOwned(manager: EntityManager, principal: Principal, id: string): Promise<Survivor> {
    const survivor = isUuid(id)
      ? await manager
          .getRepository(Survivor)
          .createQueryBuilder('survivor')
          .setLock('pessimistic_write')
          .where('survivor.id = :id AND survivor.ownerOrg = :org', { id, org: principal.org })
          .getOne()
      : null;
    if (!survivor) throw new BeaconError('NOT_FOUND', NO_SUCH_SURVIVOR);
    return survivor;
  }
}

function assertNgo(principal: Principal): void {
  if (principal.sector !== 'NGO') throw new BeaconError('FORBIDDEN', 'Only NGOs record survivors.');
}
