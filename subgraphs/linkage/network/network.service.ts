import type { DataSource } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { transactionPartnerKeySql } from '../../../shared/linkage/index.js';
import { visible, type PersonService } from '../person/person.service.js';
import type { RelationshipKeyKind } from '../publication/publication.inputs.js';
import type { NetworkEdge, PersonNetwork } from './network.types.js';

/** Deepest network a caller may ask for: past three hops almost everyone is related to everyone. */
export const MAX_NETWORK_DEPTH = 3;
/** People a network returns at most, so one query cannot walk the whole hub. */
export const MAX_NETWORK_PEOPLE = 200;

/**
 * A record's key and the key of another record it relates to: the same key, but for a
 * TRANSACTION key the other side's (`transactionPartnerKey`), so the holders of the paying and
 * the paid account meet, and two holders of one account do not.
 */
const RELATED_VALUE = `CASE WHEN k.kind = 'TRANSACTION' THEN ${transactionPartnerKeySql('k.value')} ELSE k.value END`;

/**
 * Walks relationship keys breadth first. An edge needs a record of each person that the caller
 * may know of: a relationship through a record hidden from the caller's sector is no edge for
 * that caller, so the network never reveals a record discoverability hides.
 */
export class NetworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
  ) {}

  async network(principal: Principal, personId: string, depth: number): Promise<PersonNetwork | null> {
    const [start] = await this.people.findVisible(principal, [personId]);
    if (!start) return null;
    const maxDepth = Math.min(Math.max(depth, 1), MAX_NETWORK_DEPTH);
    const reached = new Map<string, number>([[start.id, 0]]);
    const edges: NetworkEdge[] = [];
    let frontier = [start.id];
    let truncated = false;
    for (let hop = 1; hop <= maxDepth && frontier.length > 0 && !truncated; hop += 1) {
      const rows = (await this.dataSource.query(
        `SELECT r.person_id AS "from", r2.person_id AS "to",
                array_agg(DISTINCT k.kind ORDER BY k.kind) AS kinds, count(DISTINCT (k.kind, k.value))::int AS strength
           FROM linked_record r
           JOIN relationship_key k ON k.linked_record_id = r.id
           JOIN relationship_key k2 ON k2.kind = k.kind AND k2.value = ${RELATED_VALUE} AND k2.linked_record_id <> r.id
           JOIN linked_record r2 ON r2.id = k2.linked_record_id
          WHERE r.person_id = ANY ($1::uuid[]) AND r2.person_id <> r.person_id AND ${visible(2, 'r')} AND ${visible(2, 'r2')}
          GROUP BY r.person_id, r2.person_id
          ORDER BY r.person_id, strength DESC, r2.person_id`,
        [frontier, principal.sector],
      )) as Array<{ from: string; to: string; kinds: RelationshipKeyKind[]; strength: number }>;
      const next: string[] = [];
      for (const row of rows) {
        const known = reached.get(row.to);
        // Each pair once: an edge back to an already reached person of an earlier hop was listed from there.
        if (known !== undefined && known < hop) continue;
        if (known === undefined) {
          if (reached.size > MAX_NETWORK_PEOPLE) {
            truncated = true;
            continue;
          }
          reached.set(row.to, hop);
          next.push(row.to);
        }
        edges.push({ from: { id: row.from }, to: { id: row.to }, sharedOn: row.kinds, strength: row.strength, depth: hop });
      }
      frontier = next;
    }
    const people = [...reached].filter(([id]) => id !== start.id).map(([id]) => ({ id }));
    return { start, people, edges, truncated };
  }
}
