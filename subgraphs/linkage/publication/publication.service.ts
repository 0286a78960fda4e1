import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import type { RecordPublicationInput } from './publication.inputs.js';
import { validatePublications } from './publication.validation.js';

/**
 * Applies sector publications and clusters records into persons by shared exact keys.
 * A merge keeps the oldest person id and redirects the others to it, so ids handed out stay valid.
 */
export class PublicationService {
  constructor(private readonly dataSource: DataSource) {}

  async publish(principal: Principal, publications: readonly RecordPublicationInput[]): Promise<number> {
    validatePublications(principal.sector, publications);
    await this.dataSource.transaction(async (manager) => {
      // Clustering reads then rewrites person ids; one writer at a time keeps merges consistent.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('beacon-linkage-clustering'))`);
      for (const publication of publications) await this.apply(manager, principal, publication);
    });
    return publications.length;
  }

  private async apply(manager: EntityManager, principal: Principal, publication: RecordPublicationInput): Promise<void> {
    const [existing] = (await manager.query(
      'SELECT id, person_id FROM linked_record WHERE owner_org = $1 AND record_type = $2 AND record_id = $3',
      [principal.org, publication.recordType, publication.recordId],
    )) as Array<{ id: string; person_id: string }>;
    if (publication.erased) {
      if (existing) await manager.query('DELETE FROM linked_record WHERE id = $1', [existing.id]);
      return;
    }
    const kinds = publication.keys.map((key) => key.kind);
    const values = publication.keys.map((key) => key.value);
    const matches = (await manager.query(
      `SELECT DISTINCT p.id, p.created_at
         FROM unnest($1::text[], $2::text[]) AS wanted(kind, value)
         JOIN linkage_key k ON k.kind = wanted.kind AND k.value = wanted.value
         JOIN linked_record r ON r.id = k.linked_record_id
         JOIN person p ON p.id = r.person_id
        WHERE r.id IS DISTINCT FROM $3::uuid`,
      [kinds, values, existing?.id ?? null],
    )) as Array<{ id: string; created_at: Date }>;
    if (existing && !matches.some((match) => match.id === existing.person_id)) {
      const [own] = (await manager.query('SELECT id, created_at FROM person WHERE id = $1', [existing.person_id])) as Array<{
        id: string;
        created_at: Date;
      }>;
      if (own) matches.push(own);
    }
    const personId = await this.settlePerson(manager, matches);
    const [record] = (await manager.query(
      `INSERT INTO linked_record (sector, owner_org, record_type, record_id, category, discoverable_by, person_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (owner_org, record_type, record_id) DO UPDATE
         SET category = EXCLUDED.category, discoverable_by = EXCLUDED.discoverable_by,
             person_id = EXCLUDED.person_id, published_at = now()
       RETURNING id`,
      [
        principal.sector,
        principal.org,
        publication.recordType,
        publication.recordId,
        publication.category,
        [...new Set([principal.sector, ...publication.discoverableBy])],
        personId,
      ],
    )) as Array<{ id: string }>;
    await manager.query('DELETE FROM linkage_key WHERE linked_record_id = $1', [record!.id]);
    await manager.query(
      `INSERT INTO linkage_key (linked_record_id, kind, value)
       SELECT DISTINCT $1::uuid, kind, value FROM unnest($2::text[], $3::text[]) AS k(kind, value)`,
      [record!.id, kinds, values],
    );
  }

  /** One person for all matched clusters: the oldest survives, the others redirect to it. */
  private async settlePerson(manager: EntityManager, matches: Array<{ id: string; created_at: Date }>): Promise<string> {
    if (matches.length === 0) {
      const [created] = (await manager.query('INSERT INTO person DEFAULT VALUES RETURNING id')) as Array<{ id: string }>;
      return created!.id;
    }
    const ordered = [...matches].sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
    const survivor = ordered[0]!.id;
    const absorbed = [...new Set(ordered.slice(1).map((match) => match.id))].filter((id) => id !== survivor);
    if (absorbed.length > 0) {
      await manager.query('UPDATE linked_record SET person_id = $1 WHERE person_id = ANY($2::uuid[])', [survivor, absorbed]);
      // Redirects stay one hop long: whatever pointed at an absorbed person now points at the survivor.
      await manager.query('UPDATE person SET merged_into = $1 WHERE id = ANY($2::uuid[]) OR merged_into = ANY($2::uuid[])', [
        survivor,
        absorbed,
      ]);
    }
    return survivor;
  }
}
