import type { EntityManager } from 'typeorm';
import { deriveLinkageMaterial } from '../../../shared/linkage/index.js';
import type { Sector } from '../../../shared/auth/index.js';
import { publicationFields, type LinkagePublisher, type RecordPublication } from '../../../shared/linkage-outbox/index.js';
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
    await this.publisher.enqueue(manager, this.publicationOf(survivor, sectors));
    await manager.getRepository(Survivor).update({ id: survivor.id }, { publishedDiscoverableBy: sectors });
    return true;
  }

  /**
   * What the hub is told of a survivor discoverable by `sectors`: the one derivation, shared by
   * `republish` and the import's set-based write (which reads and updates many survivors at once).
   */
  publicationOf(
    survivor: Pick<Survivor, 'id' | 'givenName' | 'familyName' | 'aliases' | 'dateOfBirth' | 'phones' | 'emails'> &
      Partial<Pick<Survivor, 'addresses'>>,
    sectors: readonly Sector[],
  ): RecordPublication {
    const material = deriveLinkageMaterial(
      {
        names: [{ givenName: survivor.givenName, familyName: survivor.familyName }, ...survivor.aliases]
          .filter((name) => name.givenName || name.familyName)
          .map((name) => ({ given: name.givenName ?? undefined, family: name.familyName ?? undefined })),
        dateOfBirth: survivor.dateOfBirth ?? undefined,
        phones: survivor.phones,
        emails: survivor.emails,
        addresses: (survivor.addresses ?? []).map((address) => ({
          ...streetAndNumber(address.street),
          locality: address.city ?? undefined,
          region: address.state ?? undefined,
          postcode: address.postalCode ?? undefined,
          country: address.country ?? undefined,
        })),
      },
      this.linkageSecret,
    );
    return {
      recordType: 'Survivor',
      recordId: survivor.id,
      category: 'SURVIVOR',
      discoverableBy: sectors,
      ...publicationFields(material),
      erased: false,
    };
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

/** HTCDS keeps the number in the street line ("12 Stanley St", "Stanley St 12"); linkage wants them apart. */
function streetAndNumber(line: string | null | undefined): { streetNumber?: string; street?: string } {
  const text = line?.trim();
  if (!text) return {};
  const match = /^(\d+[a-z]?)[ ,]+(.+)$/i.exec(text) ?? /^(.+?)[ ,]+(\d+[a-z]?)$/i.exec(text);
  if (!match) return { street: text };
  return /^\d/.test(match[1] as string) ? { streetNumber: match[1], street: match[2] } : { street: match[1], streetNumber: match[2] };
}
