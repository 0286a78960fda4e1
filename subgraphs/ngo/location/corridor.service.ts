import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { decodeCursor, pageOf, pageSize, type Page, type Position } from '../pagination/cursor.js';
import { Survivor } from '../survivor/survivor.entity.js';

/**
 * Survivors whose recorded route runs along a corridor: an event at the origin followed (same day
 * or later) by another at the destination. A country code matches every place in it.
 */
export class CorridorService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Only survivors the caller may see the route of are ever selected — her own NGO's, or those
   * whose consent in force covers the caller's sector and declared purpose — so the list itself
   * discloses nothing the policy would withhold: no count, no hidden entry.
   */
  async survivorsAlong(
    principal: Principal,
    purpose: string,
    corridor: { origin: string; destination: string },
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<Survivor>> {
    const size = pageSize(first);
    const rows = await this.survivorsAlongQuery(principal, purpose, corridor, size, decodeCursor(after)).getMany();
    return pageOf(rows, size, (survivor) => ({ sort: survivor.createdAt.toISOString(), id: survivor.id }));
  }

  /** The keyset query behind `survivorsAlong` (the EXPLAIN test reads its plan). */
  survivorsAlongQuery(
    principal: Principal,
    purpose: string,
    corridor: { origin: string; destination: string },
    size: number,
    position: Position | undefined,
  ): SelectQueryBuilder<Survivor> {
    const column = (code: string) => (code.length === 2 ? 'place_country' : 'place_code');
    const query = this.dataSource
      .getRepository(Survivor)
      .createQueryBuilder('survivor')
      .where(
        `(survivor.owner_org = :org OR EXISTS (
           SELECT 1 FROM consent c
            WHERE c.survivor_id = survivor.id AND c.sector = :sector AND c.purpose = :purpose
              AND c.withdrawn_at IS NULL AND (c.valid_until IS NULL OR c.valid_until > now())))`,
        { org: principal.org, sector: principal.sector, purpose },
      )
      .andWhere(
        `EXISTS (
           SELECT 1 FROM trafficking_event o
             JOIN trafficking_event d ON d.survivor_id = o.survivor_id AND d.id <> o.id AND d.sorted_on >= o.sorted_on
            WHERE o.survivor_id = survivor.id AND o.${column(corridor.origin)} = :origin AND d.${column(corridor.destination)} = :destination)`,
        corridor,
      )
      .orderBy('survivor.created_at', 'ASC')
      .addOrderBy('survivor.id', 'ASC')
      .limit(size + 1);
    if (position) query.andWhere('(survivor.created_at, survivor.id) > (CAST(:sort AS timestamptz), CAST(:id AS uuid))', position);
    return query;
  }
}
