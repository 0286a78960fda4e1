import type { DataSource } from 'typeorm';
import type { Principal, Sector } from '../../../shared/auth/index.js';
import type { LinkageKeyKind } from '../publication/publication.inputs.js';
import type { PersonLink } from './person-link.types.js';
import type { LinkEvidence, LinkedRecordRow } from './person.types.js';

/** Largest page of people a list returns. */
export const MAX_PEOPLE_PAGE = 100;

/**
 * A record is visible to a caller whose sector owns it or is among those its owner allowed to
 * discover it. Every query of this service applies this predicate, so a person's references never
 * reach a sector that may not know of the record.
 */
const VISIBLE = '(r.sector = $SECTOR OR $SECTOR = ANY (r.discoverable_by))';

/** {@link VISIBLE} for the record aliased `alias`, the caller's sector being parameter `parameterIndex`. */
export function visible(parameterIndex: number, alias = 'r'): string {
  return VISIBLE.replaceAll('$SECTOR', `$${parameterIndex}`).replaceAll('r.', `${alias}.`);
}

export class PersonService {
  constructor(private readonly dataSource: DataSource) {}

  /** The person with this id (following a merge redirect), if the caller may know of any of their records. */
  async findVisible(principal: Principal, ids: readonly string[]): Promise<Array<{ id: string } | null>> {
    const rows = (await this.dataSource.query(
      `SELECT requested.id AS requested, p.id
         FROM unnest($1::text[]) AS requested(id)
         JOIN person asked ON asked.id::text = requested.id
         JOIN person p ON p.id = coalesce(asked.merged_into, asked.id)
        WHERE EXISTS (SELECT 1 FROM linked_record r WHERE r.person_id = p.id AND ${visible(2)})`,
      [ids, principal.sector],
    )) as Array<{ requested: string; id: string }>;
    const byRequested = new Map(rows.map((row) => [row.requested, { id: row.id }]));
    return ids.map((id) => byRequested.get(id) ?? null);
  }

  /** People with records in at least `minSectors` sectors the caller may see, oldest first. */
  async listVisible(principal: Principal, first: number, minSectors: number): Promise<Array<{ id: string }>> {
    return (await this.dataSource.query(
      `SELECT p.id FROM person p
         JOIN linked_record r ON r.person_id = p.id AND ${visible(1)}
        GROUP BY p.id, p.created_at
       HAVING count(DISTINCT r.sector) >= $2
        ORDER BY p.created_at, p.id
        LIMIT $3`,
      [principal.sector, minSectors, Math.min(Math.max(first, 0), MAX_PEOPLE_PAGE)],
    )) as Array<{ id: string }>;
  }

  /** Visible records of several persons in one query (the per-request loader's batch). */
  async visibleRecords(principal: Principal, personIds: readonly string[]): Promise<LinkedRecordRow[][]> {
    const rows = (await this.dataSource.query(
      `SELECT r.person_id AS "personId", r.sector, r.record_type AS "recordType", r.record_id AS "recordId"
         FROM linked_record r
        WHERE r.person_id = ANY ($1::uuid[]) AND ${visible(2)}
        ORDER BY r.published_at, r.id`,
      [personIds, principal.sector],
    )) as LinkedRecordRow[];
    return personIds.map((id) => rows.filter((row) => row.personId === id));
  }

  /** For each visible record of a person, the key kinds it shares with another visible record. */
  async evidence(principal: Principal, personId: string): Promise<LinkEvidence[]> {
    return (await this.dataSource.query(
      `SELECT r.sector, r.record_type AS "recordType", r.record_id AS "recordId",
              array_agg(DISTINCT k.kind ORDER BY k.kind) AS "matchedOn"
         FROM linked_record r
         JOIN linkage_key k ON k.linked_record_id = r.id
        WHERE r.person_id = $1 AND ${visible(2)}
          AND EXISTS (
            SELECT 1 FROM linkage_key k2 JOIN linked_record r2 ON r2.id = k2.linked_record_id
             WHERE r2.person_id = $1 AND r2.id <> r.id AND k2.kind = k.kind AND k2.value = k.value
               AND (r2.sector = $2 OR $2 = ANY (r2.discoverable_by)))
        GROUP BY r.id, r.sector, r.record_type, r.record_id
        ORDER BY r.sector, r.record_id`,
      [personId, principal.sector],
    )) as Array<LinkEvidence & { matchedOn: LinkageKeyKind[] }>;
  }

  /** The links between a person's records, each with its evidence, where the caller may know of both ends. */
  async links(principal: Principal, personId: string): Promise<PersonLink[]> {
    const rows = (await this.dataSource.query(
      `SELECT a.sector AS "aSector", a.record_type AS "aType", a.record_id AS "aId",
              b.sector AS "bSector", b.record_type AS "bType", b.record_id AS "bId",
              l.matched_on AS "matchedOn", l.score
         FROM record_link l
         JOIN linked_record a ON a.id = l.record_a
         JOIN linked_record b ON b.id = l.record_b
        WHERE a.person_id = $1 AND ${visible(2, 'a')} AND ${visible(2, 'b')}
        ORDER BY a.published_at, b.published_at`,
      [personId, principal.sector],
    )) as Array<{ aSector: Sector; aType: string; aId: string; bSector: Sector; bType: string; bId: string; matchedOn: LinkageKeyKind[]; score: number | null }>;
    return rows.map((row) => ({
      from: { sector: row.aSector, recordType: row.aType, recordId: row.aId },
      to: { sector: row.bSector, recordType: row.bType, recordId: row.bId },
      matchedOn: row.matchedOn,
      similarity: row.score === null ? null : Math.round(row.score * 1000) / 1000,
    }));
  }
}
