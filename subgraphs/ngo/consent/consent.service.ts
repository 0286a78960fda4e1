import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { Survivor } from '../survivor/survivor.entity.js';
import type { SurvivorPublication } from '../survivor/survivor.publication.js';
import { Consent } from './consent.entity.js';
import { checkConsentTerms, type ConsentTermsInput } from './consent.terms.js';

export interface GrantConsentRequest extends ConsentTermsInput {
  readonly survivorId: string;
}

/*
 * One message whether the survivor does not exist or belongs to another NGO: the answer must not
 * tell a caller that some NGO supports a person with this id.
 */
const NO_SUCH_SURVIVOR = 'No survivor with this id is supported by your organisation; nothing was written.';
const NO_SUCH_CONSENT = 'No consent with this id is held by your organisation; nothing was written.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A survivor's consents: recorded and withdrawn by caseworkers of the NGO that supports her, and
 * ended by time. Every change re-publishes her discoverability to the hub in its own transaction.
 */
export class ConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publication: SurvivorPublication,
  ) {}

  /** Records a consent for a survivor of the caller's own NGO. Every invalid field is named at once. */
  async grant(principal: Principal, request: GrantConsentRequest): Promise<Consent> {
    const now = new Date();
    const checked = checkConsentTerms(request, now);
    if (!checked.terms) {
      throw new BeaconError('BAD_USER_INPUT', 'The consent is invalid; nothing was written.', {
        invalidFields: checked.invalidFields,
      });
    }
    const { terms } = checked;
    const consent = await this.dataSource.transaction(async (manager) => {
      await this.ownedSurvivor(manager, principal, request.survivorId);
      const repository = manager.getRepository(Consent);
      const saved = await repository.save(
        repository.create({
          survivorId: request.survivorId,
          sector: terms.sector,
          purpose: terms.purpose,
          validUntil: terms.validUntil,
          withdrawnAt: null,
          recordedBy: principal.sub,
          ownerOrg: principal.org,
        }),
      );
      await this.publication.republish(manager, request.survivorId, now);
      return repository.findOneByOrFail({ id: saved.id });
    });
    await this.publication.deliver();
    return consent;
  }

  /**
   * Ends a consent of the caller's own NGO now. Withdrawing twice changes nothing and answers the
   * same record, so a caseworker may safely retry.
   */
  async withdraw(principal: Principal, consentId: string): Promise<Consent> {
    const consent = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Consent);
      const found = UUID.test(consentId) ? await repository.findOneBy({ id: consentId, ownerOrg: principal.org }) : null;
      if (!found) throw new BeaconError('NOT_FOUND', NO_SUCH_CONSENT);
      if (found.withdrawnAt !== null) return found;
      await repository.update({ id: found.id }, { withdrawnAt: () => 'now()' });
      await this.publication.republish(manager, found.survivorId);
      return repository.findOneByOrFail({ id: found.id });
    });
    await this.publication.deliver();
    return consent;
  }

  /**
   * Every consent (history included) of each survivor, oldest first, in one query: the batch of
   * the per-request loader that both the consent rule and `Survivor.consents` read. Unscoped on
   * purpose: what reaches a caller is decided by the policy on each field.
   */
  async consentsOf(survivorIds: readonly string[]): Promise<Consent[][]> {
    const valid = [...new Set(survivorIds.filter((id) => UUID.test(id)))];
    const consents = valid.length
      ? await this.dataSource.getRepository(Consent).find({
          where: { survivorId: In(valid) },
          order: { grantedAt: 'ASC', id: 'ASC' },
        })
      : [];
    return survivorIds.map((id) => consents.filter((consent) => consent.survivorId === id));
  }

  /**
   * Re-publishes every survivor one of whose consents lapsed while the hub still lets that sector
   * discover her (and no other consent in force keeps the sector). Resolves to how many it
   * re-published; the expiry sweep runs it every minute and at start.
   */
  async republishExpired(at: Date = new Date()): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT c.survivor_id AS id
         FROM consent c
         JOIN survivor s ON s.id = c.survivor_id
        WHERE c.withdrawn_at IS NULL AND c.valid_until IS NOT NULL AND c.valid_until <= $1
          AND c.sector = ANY (s.published_discoverable_by)
          AND NOT EXISTS (
            SELECT 1 FROM consent a
             WHERE a.survivor_id = c.survivor_id AND a.sector = c.sector AND a.withdrawn_at IS NULL
               AND (a.valid_until IS NULL OR a.valid_until > $1))`,
      [at],
    )) as Array<{ id: string }>;
    let republished = 0;
    for (const { id } of rows) {
      // One transaction per survivor: one survivor's failure does not hold back the others.
      if (await this.dataSource.transaction((manager) => this.publication.republish(manager, id, at))) republished += 1;
    }
    if (republished > 0) await this.publication.deliver();
    return republished;
  }

  /** Locks the survivor if the caller's NGO supports her; otherwise the one NOT_FOUND answer. */
  private async ownedSurvivor(manager: EntityManager, principal: Principal, survivorId: string): Promise<Survivor> {
    const survivor = UUID.test(survivorId)
      ? await manager
          .getRepository(Survivor)
          .createQueryBuilder('survivor')
          .setLock('pessimistic_write')
          .where('survivor.id = :id AND survivor.ownerOrg = :org', { id: survivorId, org: principal.org })
          .getOne()
      : null;
    if (!survivor) throw new BeaconError('NOT_FOUND', NO_SUCH_SURVIVOR);
    return survivor;
  }
}
