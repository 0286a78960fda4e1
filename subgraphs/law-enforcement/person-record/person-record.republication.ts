import { In, type EntityManager } from 'typeorm';
import type { LinkagePublisher, RepublicationSource } from '../../../shared/linkage-outbox/index.js';
import { PersonRecord } from './person-record.entity.js';
import { personRecordLinkage, publishPersonRecord } from './person-record.publication.js';

/**
 * Every person record, for `beacon republish law-enforcement`: each re-derived by
 * `personRecordLinkage`, the derivation single and bulk writes use, with the secret this
 * subgraph holds now.
 */
export function personRecordRepublication(publisher: LinkagePublisher, linkageSecret: string): RepublicationSource {
  return {
    records: 'person records',
    count: async (manager) => manager.getRepository(PersonRecord).count(),
    async republishAfter(manager: EntityManager, after: string | null, limit: number) {
      const page: Array<{ id: string; case_id: string }> = await manager.query(
        'SELECT id::text AS id, case_id::text AS case_id FROM person_record WHERE $1::uuid IS NULL OR id > $1::uuid ORDER BY id LIMIT $2',
        [after, limit],
      );
      if (page.length === 0) return { republished: 0, last: null };
      // Cases first, then their records, the order a case's erasure (mutation or retention) locks
      // them in: it waits for this batch, or this batch for it, and its outbox clean-up sees ours.
      await manager.query('SELECT 1 FROM law_enforcement_case WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE', [[...new Set(page.map((row) => row.case_id))]]);
      const records = await manager.getRepository(PersonRecord).find({
        where: { id: In(page.map((row) => row.id)) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_read' },
      });
      for (const record of records) {
        await publishPersonRecord(manager, publisher, record, personRecordLinkage(record, linkageSecret));
      }
      return { republished: records.length, last: (page[page.length - 1] as { id: string }).id };
    },
  };
}
