import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Set-based writes for imports' `writeBatch`es: many rows of one entity in one statement, the
 * rows travelling as one JSON document that `jsonb_populate_recordset` turns into the table's
 * own row type (so JSON arrays become Postgres arrays, strings become dates and enums, and
 * jsonb columns stay jsonb). Column names come from the entity's TypeORM metadata: callers
 * speak in property names, as they do to repositories. One parameter whatever the batch size,
 * so no batch runs into Postgres's 65,535 bind parameters.
 */

export interface InsertRowsOptions<E> {
  /** Columns of a unique index: rows that would repeat one are skipped (`ON CONFLICT DO NOTHING`), not returned. */
  readonly skipConflictsOn?: ReadonlyArray<keyof E & string>;
  /** Properties to return for each inserted row. */
  readonly returning?: ReadonlyArray<keyof E & string>;
}

/** Inserts rows (all with the same properties) and resolves to the `returning` properties of those inserted. */
export async function insertRows<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: ReadonlyArray<Partial<E>>,
  options: InsertRowsOptions<E> = {},
): Promise<Array<Partial<E>>> {
  const first = rows[0];
  if (first === undefined) return [];
  const table = tableOf(manager, entity);
  const properties = Object.keys(first);
  const columns = properties.map((property) => table.column(property)).join(', ');
  const conflict = options.skipConflictsOn?.length
    ? ` ON CONFLICT (${options.skipConflictsOn.map((property) => table.column(property)).join(', ')}) DO NOTHING`
    : '';
  const returning = options.returning?.length
    ? ` RETURNING ${options.returning.map((property) => `${table.column(property)} AS "${property}"`).join(', ')}`
    : '';
  const result: unknown = await manager.query(
    `INSERT INTO ${table.name} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table.name}, $1::jsonb)${conflict}${returning}`,
    [table.json(rows, properties)],
  );
  return options.returning?.length ? (result as Array<Partial<E>>) : [];
}

/**
 * Sets `properties` of each row, found by `key` (default `id`), in one UPDATE; also stamps the
 * entity's update-date column, as `repository.update` does.
 */
export async function updateRows<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: ReadonlyArray<Partial<E>>,
  properties: ReadonlyArray<keyof E & string>,
  key: keyof E & string = 'id' as keyof E & string,
): Promise<void> {
  if (rows.length === 0 || properties.length === 0) return;
  const table = tableOf(manager, entity);
  const assignments = properties.map((property) => `${table.column(property)} = u.${table.column(property)}`);
  if (table.updateDateColumn) assignments.push(`${table.updateDateColumn} = now()`);
  await manager.query(
    `UPDATE ${table.name} t SET ${assignments.join(', ')}
     FROM jsonb_populate_recordset(NULL::${table.name}, $1::jsonb) u WHERE t.${table.column(key)} = u.${table.column(key)}`,
    [table.json(rows, [key, ...properties])],
  );
}

interface TableShape {
  readonly name: string;
  readonly updateDateColumn?: string;
  column(property: string): string;
  json(rows: ReadonlyArray<ObjectLiteral>, properties: readonly string[]): string;
}

function tableOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): TableShape {
  const metadata = manager.connection.getMetadata(entity);
  const byProperty = new Map(metadata.columns.map((column) => [column.propertyName, column.databaseName]));
  const column = (property: string): string => {
    const name = byProperty.get(property);
    if (name === undefined) throw new TypeError(`${metadata.name} has no column for "${property}"`);
    return `"${name}"`;
  };
  return {
    name: `"${metadata.tableName}"`,
    updateDateColumn: metadata.updateDateColumn ? `"${metadata.updateDateColumn.databaseName}"` : undefined,
    column,
    json(rows, properties) {
      // Each property's `"column":` prefix is quoted once per batch, and the document is one string
      // grown by appends (V8 ropes), not arrays joined per row: no garbage per row or field.
      const keys = properties.map((property, i) => `${i === 0 ? '{' : ','}${JSON.stringify(column(property).slice(1, -1))}:`);
      let document = '[';
      for (let r = 0; r < rows.length; r += 1) {
        const row = rows[r]!;
        if (r > 0) document += ',';
        for (let i = 0; i < properties.length; i += 1) {
          const value = row[properties[i] as string];
          document += keys[i]! + (value === undefined ? 'null' : JSON.stringify(value));
        }
        document += properties.length === 0 ? '{}' : '}';
      }
      return document + ']';
    },
  };
}

/**
 * Resolves once a query just started has reached Postgres. TypeORM sends a query a few promise
 * turns after `manager.query` is called; work that should overlap the query (deriving linkage
 * material while an INSERT runs) must wait for that before it takes the thread.
 */
export async function sentToPostgres(): Promise<void> {
  await nextTurn();
}
