import { In, type DataSource } from 'typeorm';
import type { Principal, Sector } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { deriveExactKeys, normaliseDate, type IdentityDocument } from '../../../shared/linkage/index.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import { AccountHolder } from './account-holder.entity.js';
import { normaliseIban } from './iban.js';

/** Largest page a list query returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 100;

/**
 * Sectors that may learn an account holder exists. Law enforcement may, because FATF
 * Recommendations 29–31 give investigators access to customer identification held by financial
 * institutions; NGOs may not, because a bank may not disclose its customers to private parties
 * and telling anyone outside the regime that a customer is of interest risks tipping them off.
 */
export const DISCOVERABLE_BY: readonly Sector[] = ['FINANCIAL', 'LAW_ENFORCEMENT', 'HUB'];

const ALPHA_2 = /^[A-Z]{2}$/;

export interface OpenAccountHolderInput {
  readonly sourceRecordId?: string;
  readonly givenName?: string;
  readonly familyName?: string;
  /** ISO `YYYY-MM-DD`, or another layout `normaliseDate` reads without guessing. */
  readonly dateOfBirth?: string;
  /** ISO 3166-1 alpha-2. */
  readonly nationality?: string;
  readonly documents?: IdentityDocument[];
  readonly phones?: string[];
  /** IBAN, printed or electronic form. */
  readonly accountNumber: string;
}

export class AccountHolderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: LinkagePublisher,
    private readonly linkageSecret: string,
  ) {}

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

  /**
   * Records an account holder for the caller's institution and queues its linkage publication in
   * the same transaction. Idempotent by the source system's record id.
   */
  async open(principal: Principal, input: OpenAccountHolderInput): Promise<AccountHolder> {
    if (principal.sector !== 'FINANCIAL') {
      throw new BeaconError('FORBIDDEN', 'Only financial institutions open account holders.');
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
    const nationality = input.nationality?.trim().toUpperCase();
    if (nationality !== undefined && !ALPHA_2.test(nationality)) {
      invalidFields.push({ field: 'nationality', reason: 'not an ISO 3166-1 alpha-2 country code' });
    }
    const accountNumber = normaliseIban(input.accountNumber);
    if (!accountNumber) {
      invalidFields.push({ field: 'accountNumber', reason: 'not an IBAN with valid check digits' });
    }
    if (invalidFields.length > 0 || !accountNumber) {
      throw new BeaconError('BAD_USER_INPUT', 'Some identifiers could not be normalised.', { invalidFields });
    }

    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AccountHolder);
      if (input.sourceRecordId) {
        // Two concurrent imports of one source record would both miss the lookup below; the
        // second would then fail on the unique index instead of returning the first's record.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `account_holder:${principal.org}:${input.sourceRecordId}`,
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
          nationality: nationality ?? null,
          documents: input.documents ?? [],
          phones: input.phones ?? [],
          accountNumber,
          ownerOrg: principal.org,
        }),
      );
      await this.publisher.enqueue(manager, {
        recordType: 'AccountHolder',
        recordId: saved.id,
        category: 'ACCOUNT_HOLDER',
        discoverableBy: DISCOVERABLE_BY,
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
