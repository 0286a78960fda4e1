import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import type { Logger } from '../../../shared/logging/index.js';
import type { LinkageMatchingConfig } from '../config.js';
import { settlePersons } from '../linking/clustering.js';
import type { EncodingIndex } from '../linking/encoding-index.js';
import type { LinkIndexHolder } from '../linking/link-index-holder.js';
import type { RecordPublicationInput } from './publication.inputs.js';
import { validatePublications, type CheckedPublication } from './publication.validation.js';

/** Why a publication was refused, as the hub's log records it. */
export type PublicationRefusalCode = 'PUBLICATION_MALFORMED';

/**
 * Applies sector publications and links each record incrementally: blocked against the
 * in-memory index, compared by Dice with the WASM kernel, and joined by exact keys; persons are
 * the connected components of the links (see `settlePersons` for how ids stay stable).
 */
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly index: LinkIndexHolder,
    private readonly matching: LinkageMatchingConfig,
    private readonly logger: Logger,
  ) {}

  async publish(principal: Principal, publications: readonly RecordPublicationInput[]): Promise<number> {
    let checked: CheckedPublication[];
    try {
      checked = validatePublications(principal.sector, publications, this.matching.encodingBytes);
    } catch (error) {
      if (error instanceof BeaconError) {
        const code: PublicationRefusalCode = 'PUBLICATION_MALFORMED';
        // Field names and reasons only: a refused publication's values are never logged.
        this.logger.warn({ code, sector: principal.sector, org: principal.org, invalidFields: error.details['invalidFields'] }, 'publication refused');
      }
      throw error;
    }
    await this.index.exclusive(async (index) => {
      await this.dataSource.transaction(async (manager) => {
        // Clustering reads then rewrites person ids; one writer at a time keeps merges consistent.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('beacon-linkage-clustering'))`);
        const fresh = new Set<string>();
        for (const publication of checked) await this.apply(manager, principal, publication, index, fresh);
      });
    });
    return publications.length;
  }

  private async apply(
    manager: EntityManager,
    principal: Principal,
    { input, encoding, blockingKeys, identityKeys }: CheckedPublication,
    index: EncodingIndex,
    fresh: Set<string>,
  ): Promise<void> {
    const [existing] = (await manager.query(
      'SELECT id, person_id FROM linked_record WHERE owner_org = $1 AND record_type = $2 AND record_id = $3',
      [principal.org, input.recordType, input.recordId],
    )) as Array<{ id: string; person_id: string }>;
    if (input.erased) {
      if (!existing) return;
      await manager.query('DELETE FROM linked_record WHERE id = $1', [existing.id]);
      index.remove(existing.id);
      await settlePersons(manager, new Set([existing.person_id]), existing.id, fresh);
      return;
    }

    let personId = existing?.person_id;
    if (personId === undefined) {
      const [created] = (await manager.query('INSERT INTO person DEFAULT VALUES RETURNING id')) as Array<{ id: string }>;
      personId = created!.id;
      fresh.add(personId);
    }
    const [record] = (await manager.query(
      `INSERT INTO linked_record (sector, owner_org, record_type, record_id, category, discoverable_by, person_id, encoding, blocking_keys, identity_keys)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::bigint[], $10::bigint[])
       ON CONFLICT (owner_org, record_type, record_id) DO UPDATE
         SET category = EXCLUDED.category, discoverable_by = EXCLUDED.discoverable_by, encoding = EXCLUDED.encoding,
             blocking_keys = EXCLUDED.blocking_keys, identity_keys = EXCLUDED.identity_keys, published_at = now()
       RETURNING id`,
      [
        principal.sector,
        principal.org,
        input.recordType,
        input.recordId,
        input.category,
        [...new Set([principal.sector, ...input.discoverableBy])],
        personId,
        encoding ? Buffer.from(encoding) : null,
        blockingKeys.map(String),
        identityKeys.map(String),
      ],
    )) as Array<{ id: string }>;
    const recordId = record!.id;
    await replaceKeys(manager, 'linkage_key', recordId, input.keys);
    await replaceKeys(manager, 'relationship_key', recordId, input.relationshipKeys ?? []);

    // A correction may remove the evidence of old links: they are all re-derived from scratch.
    await manager.query('DELETE FROM record_link WHERE record_a = $1 OR record_b = $1', [recordId]);
    const links = new Map<string, { matchedOn: string[]; score: number | null }>();
    const exact = (await manager.query(
      `SELECT k.linked_record_id AS other, array_agg(DISTINCT k.kind ORDER BY k.kind) AS kinds
         FROM linkage_key mine JOIN linkage_key k ON k.kind = mine.kind AND k.value = mine.value
        WHERE mine.linked_record_id = $1 AND k.linked_record_id <> $1
        GROUP BY k.linked_record_id`,
      [recordId],
    )) as Array<{ other: string; kinds: string[] }>;
    for (const { other, kinds } of exact) links.set(other, { matchedOn: kinds, score: null });
    if (encoding) {
      index.put(recordId, { encoding, blockingKeys, identityKeys });
      for (const { recordId: other, score } of index.matchesOf(recordId)) {
        links.set(other, { matchedOn: links.get(other)?.matchedOn ?? [], score });
      }
    } else {
      index.remove(recordId);
    }
    const others = [...links.keys()];
    if (others.length > 0) {
      await manager.query(
        `INSERT INTO record_link (record_a, record_b, matched_on, score)
         SELECT least($1::uuid, other), greatest($1::uuid, other), string_to_array(kinds, ',')::text[], score
           FROM unnest($2::uuid[], $3::text[], $4::real[]) AS l(other, kinds, score)`,
        [recordId, others, others.map((other) => links.get(other)!.matchedOn.join(',')), others.map((other) => links.get(other)!.score)],
      );
    }
    const persons = (await manager.query('SELECT DISTINCT person_id FROM linked_record WHERE id = ANY ($1::uuid[])', [
      [recordId, ...others],
    ])) as Array<{ person_id: string }>;
    await settlePersons(manager, new Set([personId, ...persons.map((row) => row.person_id)]), recordId, fresh);
  }
}

async function replaceKeys(
  manager: EntityManager,
  table: 'linkage_key' | 'relationship_key',
  recordId: string,
  keys: ReadonlyArray<{ kind: string; value: string }>,
): Promise<void> {
  await manager.query(`DELETE FROM ${table} WHERE linked_record_id = $1`, [recordId]);
  if (keys.length === 0) return;
  await manager.query(
    `INSERT INTO ${table} (linked_record_id, kind, value)
     SELECT DISTINCT $1::uuid, kind, value FROM unnest($2::text[], $3::text[]) AS k(kind, value)`,
    [recordId, keys.map((key) => key.kind), keys.map((key) => key.value)],
  );
}
