import { DataSource } from 'typeorm';
import { AuditEvents1765900000000 } from '../audit/audit-event.migration.js';
import { unavailableErrorFrom } from './database-unavailable-error.js';

/** Enough for one service's resolvers plus a migration, small enough for four services on one Postgres. */
export const DEFAULT_POOL_SIZE = 10;
const CONNECT_TIMEOUT_MS = 10_000;

export type DataSourceOptions = {
  /** postgres://user:password@host:port/database — the service's own database. */
  url: string;
  /** TypeORM entity classes. */
  entities: ReadonlyArray<Function>;
  /**
   * TypeORM MigrationInterface classes, applied in the order of their timestamps. The audit log's
   * migration is always added: every service database has its own audit trail.
   */
  migrations: ReadonlyArray<Function>;
  /** Shown as application_name in pg_stat_activity, so a DBA can tell the services apart. Default: 'beacon'. */
  name?: string;
  /** Connections in the pool. Default: DEFAULT_POOL_SIZE. */
  poolSize?: number;
};

/**
 * A TypeORM DataSource for one service's database, not yet connected. The schema changes only
 * through migrations: `synchronize` would let an entity edit silently alter a production table.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  const poolSize = options.poolSize ?? DEFAULT_POOL_SIZE;
  if (!Number.isInteger(poolSize) || poolSize < 1) {
    throw new TypeError(`poolSize must be a positive integer, got ${poolSize}.`);
  }
  return new DataSource({
    type: 'postgres',
    url: options.url,
    applicationName: options.name ?? 'beacon',
    entities: [...options.entities],
    migrations: [...options.migrations, AuditEvents1765900000000],
    synchronize: false,
    migrationsRun: false,
    logging: false,
    poolSize,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
  });
}

/**
 * Connects and applies pending migrations, each in its own transaction, so a failing migration
 * leaves the ones before it applied and itself rolled back. Fails with DatabaseUnavailableError
 * when the server cannot be reached.
 */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw unavailableErrorFrom(options.url, error) ?? error;
  }
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await closeDataSource(dataSource);
    throw error;
  }
  return dataSource;
}

/** Closes the pool; safe to call on a DataSource that never opened or is already closed. */
export async function closeDataSource(dataSource: DataSource): Promise<void> {
  if (dataSource.isInitialized) await dataSource.destroy();
}
