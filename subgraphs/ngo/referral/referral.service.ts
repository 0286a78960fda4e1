import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { OrganisationTypeValues, ReferralReasonValues, SupportTypeValues } from '../htcds/htcds-enums.js';
import { decodeCursor, NO_ID, pageOf, pageSize, type Page, type Position } from '../pagination/cursor.js';
import { isUuid } from '../validation/uuid.js';
import type { SurvivorService } from '../survivor/survivor.service.js';
import { InvalidFields } from '../validation/invalid-fields.js';
import { Referral, ReferralStatus } from './referral.entity.js';

export interface ReferralRequest {
  readonly survivorId: string;
  readonly organisationName: string;
  readonly organisationType: string;
  readonly supportType: string;
  readonly reason?: string | null;
  readonly referredOn: string;
  readonly status?: string | null;
}

export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly survivors: SurvivorService,
  ) {}

  /** Records a referral of a survivor of the caller's NGO; every invalid field is named at once. */
  async record(principal: Principal, request: ReferralRequest): Promise<Referral> {
    const invalid = new InvalidFields();
    const organisationName = invalid.text('organisationName', request.organisationName);
    const organisationType = invalid.htcdsOne('organisationType', request.organisationType, OrganisationTypeValues);
    const supportType = invalid.htcdsOne('supportType', request.supportType, SupportTypeValues);
    const reason = request.reason ? invalid.htcdsOne('reason', request.reason, ReferralReasonValues) : null;
    const referredOn = invalid.date('referredOn', request.referredOn, { past: true });
    const status = request.status ? invalid.literal('status', request.status, Object.values(ReferralStatus)) : ReferralStatus.PENDING;

    return this.dataSource.transaction(async (manager) => {
      const survivor = await this.survivors.lockOwned(manager, principal, request.survivorId);
      invalid.throwIfAny();
      const repository = manager.getRepository(Referral);
      const saved = await repository.save(
        repository.create({
          survivorId: survivor.id,
          ownerOrg: survivor.ownerOrg,
          organisationName: organisationName as string,
          organisationType: organisationType as NonNullable<typeof organisationType>,
          supportType: supportType as NonNullable<typeof supportType>,
          reason: reason ?? null,
          referredOn: referredOn as string,
          status: status as ReferralStatus,
        }),
      );
      return repository.findOneByOrFail({ id: saved.id });
    });
  }

  /** A survivor's referrals, oldest first. Who may see them is the policy's call. */
  async pageOfSurvivor(survivorId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<Referral>> {
    const size = pageSize(first);
    const rows = await this.pageQuery(survivorId, size, decodeCursor(after)).getMany();
    return pageOf(rows, size, (referral) => ({ sort: referral.referredOn, id: referral.id }));
  }

  /** The keyset query behind `pageOfSurvivor` (the EXPLAIN test reads its plan). */
  pageQuery(survivorId: string, size: number, position: Position | undefined): SelectQueryBuilder<Referral> {
    const query = this.dataSource
      .getRepository(Referral)
      .createQueryBuilder('referral')
      .where('referral.survivor_id = :survivorId', { survivorId: isUuid(survivorId) ? survivorId : NO_ID })
      .orderBy('referral.referred_on', 'ASC')
      .addOrderBy('referral.id', 'ASC')
      .limit(size + 1);
    if (position) query.andWhere('(referral.referred_on, referral.id) > (CAST(:sort AS date), CAST(:id AS uuid))', position);
    return query;
  }
}
