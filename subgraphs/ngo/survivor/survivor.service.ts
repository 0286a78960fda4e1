import { In, type DataSource } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { deriveExactKeys, normaliseDate } from '../../../shared/linkage/index.js';
import { discoverableBy } from '../consent/consent.discoverability.js';
import { Consent } from '../consent/consent.entity.js';
import { checkConsentTerms, type ConsentTerms, type ConsentTermsInput } from '../consent/consent.terms.js';
import { Gender, Survivor } from './survivor.entity.js';
import type { SurvivorPublication } from './survivor.publication.js';

/** Largest page a list query returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 100;

const ALPHA_2 = /^[A-Z]{2}$/;

export interface RegisterSurvivorInput {
  readonly sourceRecordId?: string;
  readonly givenName?: string;
  readonly familyName?: string;
  /** ISO `YYYY-MM-DD`, or another layout `normaliseDate` reads without guessing. */
  readonly dateOfBirth?: string;
  readonly gender?: Gender;
  /** ISO 3166-1 alpha-2. */
  readonly citizenship?: string;
  readonly phones?: string[];
  /** Consents she gave at intake, recorded with her record (an import brings them along). */
  readonly consents?: readonly ConsentTermsInput[];
}

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

  async listOwned(principal: Principal, first: number): Promise<Survivor[]> {
    return this.dataSource.getRepository(Survivor).find({
      where: { ownerOrg: principal.org },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: Math.min(Math.max(first, 0), MAX_PAGE_SIZE),
    });
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
   * Registers a survivor for the caller's NGO and queues its linkage publication in the same
   * transaction. Idempotent by the source system's record id.
   */
  async register(principal: Principal, input: RegisterSurvivorInput): Promise<Survivor> {
    if (principal.sector !== 'NGO') {
      throw new BeaconError('FORBIDDEN', 'Only NGOs register survivors.');
    }
    // Derived here only to name identifiers that give no key; the publication derives its own.
    const { rejected } = deriveExactKeys(
      {
        names: [{ given: input.givenName, family: input.familyName }],
        dateOfBirth: input.dateOfBirth,
        phones: input.phones,
      },
      this.linkageSecret,
    );
    const invalidFields = rejected.map(({ field, reason }) => ({ field, reason }));
    const citizenship = input.citizenship?.trim().toUpperCase();
    if (citizenship !== undefined && !ALPHA_2.test(citizenship)) {
      invalidFields.push({ field: 'citizenship', reason: 'not an ISO 3166-1 alpha-2 country code' });
    }
    if (input.gender !== undefined && !Object.values(Gender).includes(input.gender)) {
      invalidFields.push({ field: 'gender', reason: 'not an HTCDS gender value' });
    }
    const now = new Date();
    const consents: ConsentTerms[] = [];
    for (const [i, terms] of (input.consents ?? []).entries()) {
      const checked = checkConsentTerms(terms, now, `consents[${i}].`);
      if (checked.terms) consents.push(checked.terms);
      invalidFields.push(...checked.invalidFields);
    }
    if (invalidFields.length > 0) {
      throw new BeaconError('BAD_USER_INPUT', 'Some fields are invalid; nothing was written.', { invalidFields });
    }

    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Survivor);
      if (input.sourceRecordId) {
        // Two concurrent imports of one source record would both miss the lookup below; the
        // second would then fail on the unique index instead of returning the first's record.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `survivor:${principal.org}:${input.sourceRecordId}`,
        ]);
        const existing = await repository.findOneBy({ sourceRecordId: input.sourceRecordId, ownerOrg: principal.org });
        if (existing) return existing;
      }
      const saved = await repository.save(
        repository.create({
          sourceRecordId: input.sourceRecordId ?? null,
          givenName: input.givenName ?? null,
          familyName: input.familyName ?? null,
          // Validated above; stored in the one layout the `date` column and every reader expect.
          dateOfBirth: input.dateOfBirth === undefined ? null : (normaliseDate(input.dateOfBirth) ?? null),
          gender: input.gender ?? Gender.NOT_SPECIFIED_UNKNOWN,
          citizenship: citizenship ?? null,
          phones: input.phones ?? [],
          publishedDiscoverableBy: null,
          ownerOrg: principal.org,
        }),
      );
      const consentRepository = manager.getRepository(Consent);
      for (const terms of consents) {
        await consentRepository.insert(
          consentRepository.create({ ...terms, survivorId: saved.id, recordedBy: principal.sub, ownerOrg: principal.org }),
        );
      }
      await this.publication.republish(manager, saved.id, now);
      return repository.findOneByOrFail({ id: saved.id });
    });
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
