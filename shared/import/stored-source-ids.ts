import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The rows of an import batch that an organisation has stored already, found in two steps: which
 * source ids are taken (one index-only lookup, the ids as one array parameter), then the whole
 * rows of those alone. A batch of new records, the common case, then costs one cheap query where
 * `findBy({ sourceRecordId: In(ids) })` sent an IN list of a thousand parameters for Postgres to
 * plan and TypeORM to escape one by one, and selected every column of nothing. `find` reads the
 * taken ones as the caller reads entities (its own relations and transformers).
 *
 * The entity must map `ownerOrg` and `sourceRecordId` properties (every import target's records do).
 */
export async function storedBySourceIds<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  ownerOrg: string,
  sourceIds: readonly string[],
  find: (taken: string[]) => Promise<E[]>,
): Promise<E[]> {
  if (sourceIds.length === 0) return [];
  const taken = await takenSourceIds(manager, entity, ownerOrg, sourceIds);
  return taken.length === 0 ? [] : find(taken);
}

/** Which of `sourceIds` the organisation has stored in `entity`'s table. */
export async function takenSourceIds(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  ownerOrg: string,
  sourceIds: readonly string[],
): Promise<string[]> {
  const metadata = manager.connection.getMetadata(entity);
  const column = (property: string): string => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new TypeError(`${metadata.name} has no column for "${property}"`);
    return `"${found.databaseName}"`;
  };
  const rows: Array<{ source_id: string }> = await manager.query(
    `SELECT ${column('sourceRecordId')} AS source_id FROM "${metadata.tableName}"
     WHERE ${column('ownerOrg')} = $1 AND ${column('sourceRecordId')} = ANY($2::text[])`,
    [ownerOrg, sourceIds],
  );
  return rows.map((row) => row.source_id);
}
