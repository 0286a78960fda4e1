import { In, type EntityManager } from 'typeorm';
import type { LinkagePublisher, RepublicationSource } from '../../../shared/linkage-outbox/index.js';
import { discoverableBy, sameSectors } from '../consent/consent.discoverability.js';
import { Consent } from '../consent/consent.entity.js';
import { Survivor } from './survivor.entity.js';
import type { SurvivorPublication } from './survivor.publication.js';

/**
 * Every survivor, for `beacon republish ngo`: each re-derived by `publicationOf`, discoverable by
 * whom her consents say as of now (as `SurvivorPublication.republish` decides), and the
 * discoverability stored as published, so the consent-expiry sweep does not send her again.
 */
export function survivorRepublication(publication: SurvivorPublication, publisher: LinkagePublisher): RepublicationSource {
  return {
    records: 'survivors',
    count: async (manager) => manager.getRepository(Survivor).count(),
    async republishAfter(manager: EntityManager, after: string | null, limit: number) {
      // A write lock, as `republish` takes: her consents change under it, and we store what we sent.
      const query = manager.getRepository(Survivor).createQueryBuilder('s').orderBy('s.id').limit(limit).setLock('pessimistic_write');
      if (after !== null) query.where('s.id > :after', { after });
      const survivors = await query.getMany();
      if (survivors.length === 0) return { republished: 0, last: null };
      const consentsOf = new Map<string, Consent[]>();
      for (const consent of await manager.getRepository(Consent).findBy({ survivorId: In(survivors.map((survivor) => survivor.id)) })) {
        consentsOf.set(consent.survivorId, [...(consentsOf.get(consent.survivorId) ?? []), consent]);
      }
      const now = new Date();
      const moved: Array<{ id: string; sectors: string[] }> = [];
      for (const survivor of survivors) {
        const sectors = discoverableBy(consentsOf.get(survivor.id) ?? [], now);
        await publisher.enqueue(manager, publication.publicationOf(survivor, sectors));
        if (!sameSectors(survivor.publishedDiscoverableBy, sectors)) moved.push({ id: survivor.id, sectors });
      }
      if (moved.length > 0) {
        // Not `updateRows`: what the hub was told is not a change of her record, so updated_at stays.
        await manager.query(
          `UPDATE survivor s SET published_discoverable_by = string_to_array(m.sectors, ',')
             FROM unnest($1::uuid[], $2::text[]) AS m(id, sectors) WHERE s.id = m.id`,
          [moved.map((row) => row.id), moved.map((row) => row.sectors.join(','))],
        );
      }
      return { republished: survivors.length, last: (survivors[survivors.length - 1] as Survivor).id };
    },
  };
}
