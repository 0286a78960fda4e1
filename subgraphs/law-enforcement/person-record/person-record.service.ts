import { In, type DataSource } from 'typeorm';
import type { Principal, Sector } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { deriveExactKeys } from '../../../shared/linkage/index.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import { isHandlingCode } from '../../../shared/policy/index.js';
import type { HandlingCode } from '../handling-code/handling-code.enum.js';
import { PersonCategory, PersonRecord, type IdentityDocument } from './person-record.entity.js';

/** Largest page a list query returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 100;

/**
 * Which sectors may learn that a record of each category exists. Victims are discoverable to NGOs
 * (they may be supporting the same person); suspects and witnesses stay inside law enforcement and
 * the hub, because their existence alone can compromise an investigation or endanger a witness.
 */
export const DISCOVERABLE_BY: Readonly<Record<PersonCategory, readonly Sector[]>> = {
  [PersonCategory.VICTIM]: ['LAW_ENFORCEMENT', 'NGO', 'HUB'],
  [PersonCategory.SUSPECT]: ['LAW_ENFORCEMENT', 'HUB'],
  [PersonCategory.WITNESS]: ['LAW_ENFORCEMENT'],
};

export interface RecordPersonInput {
  readonly sourceRecordId?: string;
  readonly caseReference: string;
  readonly category: PersonCategory;
  /** Required, never defaulted: the owning agency decides what others may do with the record. */
  readonly handlingCode: HandlingCode;
  readonly givenName?: string;
  readonly familyName?: string;
  readonly dateOfBirth?: string;
  readonly nationalities?: string[];
  readonly documents?: IdentityDocument[];
  readonly phones?: string[];
}

export class PersonRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: LinkagePublisher,
    private readonly linkageSecret: string,
  ) {}

  /** A record of the caller's own agency; other agencies' records are reached through linkage. */
  async findOwned(principal: Principal, id: string): Promise<PersonRecord | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(PersonRecord).findOneBy({ id, ownerOrg: principal.org });
  }

  async listOwned(principal: Principal, first: number): Promise<PersonRecord[]> {
    return this.dataSource.getRepository(PersonRecord).find({
      where: { ownerOrg: principal.org },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: Math.min(Math.max(first, 0), MAX_PAGE_SIZE),
    });
  }

  /** Batch load for federation references; field rules decide what each caller sees of them. */
  async loadByIds(ids: readonly string[]): Promise<Array<PersonRecord | null>> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? await this.dataSource.getRepository(PersonRecord).findBy({ id: In(valid) }) : [];
    const byId = new Map(found.map((record) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Records a person on a case for the caller's agency and queues its linkage publication in the
   * same transaction. Idempotent by the source system's record id.
   */
  async record(principal: Principal, input: RecordPersonInput): Promise<PersonRecord> {
    if (principal.sector !== 'LAW_ENFORCEMENT') {
      throw new BeaconError('FORBIDDEN', 'Only law-enforcement agencies record persons on cases.');
    }
    const { keys, rejected } = deriveExactKeys(
      {
        names: [{ given: input.givenName, family: input.familyName }],
        dateOfBirth: input.dateOfBirth,
        documents: input.documents,
        phones: input.phones,
      },
      this.linkageSecret,
    );
    const invalidFields = rejected.map(({ field, reason }) => ({ field, reason }));
    if (!isHandlingCode(input.handlingCode)) {
      invalidFields.push({ field: 'handlingCode', reason: 'not a SIENA handling code (H0, H1, H2 or H3)' });
    }
    if (invalidFields.length > 0) {
      throw new BeaconError('BAD_USER_INPUT', 'Some fields of the person record are invalid.', { invalidFields });
    }
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(PersonRecord);
      if (input.sourceRecordId) {
        const existing = await repository.findOneBy({ sourceRecordId: input.sourceRecordId, ownerOrg: principal.org });
        if (existing) return existing;
      }
      const saved = await repository.save(
        repository.create({
          sourceRecordId: input.sourceRecordId ?? null,
          caseReference: input.caseReference,
          category: input.category,
          handlingCode: input.handlingCode,
          givenName: input.givenName ?? null,
          familyName: input.familyName ?? null,
          dateOfBirth: input.dateOfBirth ?? null,
          nationalities: input.nationalities ?? [],
          documents: input.documents ?? [],
          phones: input.phones ?? [],
          ownerOrg: principal.org,
        }),
      );
      await this.publisher.enqueue(manager, {
        recordType: 'PersonRecord',
        recordId: saved.id,
        category: saved.category,
        discoverableBy: DISCOVERABLE_BY[saved.category],
        keys: keys.map(({ kind, value }) => ({ kind, value })),
        erased: false,
      });
      return saved;
    });
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
