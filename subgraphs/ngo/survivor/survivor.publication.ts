import type { EntityManager } from 'typeorm';
import { deriveExactKeys } from '../../../shared/linkage/index.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import type { Logger } from '../../../shared/logging/index.js';
import { discoverableBy, sameSectors } from '../consent/consent.discoverability.js';
import { Consent } from '../consent/consent.entity.js';
import { Survivor } from './survivor.entity.js';

/**
 * What the hub knows of a survivor: keyed encodings of her identifiers and which sectors may
 * discover her, derived from her consents. Every change of either goes through here, inside the
 * transaction that made it, so the outbox row commits (or not) with the change.
 */
export class SurvivorPublication {
  constructor(
    private readonly publisher: LinkagePublisher,
    private readonly linkageSecret: string,
    private readonly logger: Logger,
  ) {}

  /**
   * Locks the survivor, recomputes who may discover her from her consents as of `at`, and queues
   * a publication if the hub was told otherwise (or never told). Resolves to whether it queued one.
   */
  async republish(
    manager: EntityManager,
    survivorId: string,
    at: Date = new Date(),
    { identifiersChanged = false }: { identifiersChanged?: boolean } = {},
  ): Promise<boolean> {
    // Row lock: concurrent consent changes of one survivor publish in commit order, each seeing
    // the consents the previous one committed.
    const survivor = await manager
      .getRepository(Survivor)
      .createQueryBuilder('survivor')
      .setLock('pessimistic_write')
      .where('survivor.id = :id', { id: survivorId })
      .getOne();
    if (!survivor) return false;
    const consents = await manager.getRepository(Consent).findBy({ survivorId });
    const sectors = discoverableBy(consents, at);
    if (!identifiersChanged && sameSectors(survivor.publishedDiscoverableBy, sectors)) return false;

    const { keys } = deriveExactKeys(
      {
        names: [{ givenName: survivor.givenName, familyName: survivor.familyName }, ...survivor.aliases]
          .filter((name) => name.givenName || name.familyName)
          .map((name) => ({ given: name.givenName ?? undefined, family: name.familyName ?? undefined })),
        dateOfBirth: survivor.dateOfBirth ?? undefined,
        phones: survivor.phones,
        emails: survivor.emails,
      },
      this.linkageSecret,
    );
    await this.publisher.enqueue(manager, {
      recordType: 'Survivor',
      recordId: survivor.id,
      category: 'SURVIVOR',
      discoverableBy: sectors,
      keys: keys.map(({ kind, value }) => ({ kind, value })),
      erased: false,
    });
    await manager.getRepository(Survivor).update({ id: survivor.id }, { publishedDiscoverableBy: sectors });
    return true;
  }

  /**
   * Tells the hub to forget an erased survivor and her keys, and drops what this outbox still
   * holds of her: earlier publications carry keys derived from her identifiers. Runs in the
   * erasing transaction, so the erasure and its publication commit together.
   */
  async erase(manager: EntityManager, survivorId: string): Promise<void> {
    await manager.query('DELETE FROM linkage_outbox WHERE record_id = $1', [survivorId]);
    await this.publisher.enqueue(manager, {
      recordType: 'Survivor',
      recordId: survivorId,
      category: 'SURVIVOR',
      discoverableBy: [],
      keys: [],
      erased: true,
    });
  }

  /**
   * Sends what is queued now, after the commit, so a withdrawal reaches the hub at once. A hub
   * that cannot be reached does not undo the change: the outbox retries in the background, and
   * meanwhile this subgraph itself refuses the survivor to sectors that lost her consent.
   */
  async deliver(): Promise<void> {
    try {
      // `flush` joins a run already in progress, which may have read the outbox before our commit;
      // the second call then starts a run that sees it (and costs one empty query otherwise).
      await this.publisher.flush();
      await this.publisher.flush();
    } catch (error) {
      this.logger.warn({ err: error }, 'linkage publication deferred; the outbox retries it');
    }
  }
}
