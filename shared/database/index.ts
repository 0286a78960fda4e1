export { startEmbeddedPostgres, PORT_ENV_VAR } from './embedded-postgres.js';
export type { EmbeddedPostgresLogger, EmbeddedPostgresOptions, EmbeddedPostgresServer } from './embedded-postgres.js';
export { ensureDatabase, dropDatabase, databaseUrl } from './ensure-database.js';
export { createDataSource, openDataSource, closeDataSource, DEFAULT_POOL_SIZE } from './data-source.js';
export type { DataSourceOptions } from './data-source.js';
export { DatabaseStartupError } from './database-startup-error.js';
export type { DatabaseStartupReason } from './database-startup-error.js';
export { DatabaseUnavailableError, serverAddressOf, unavailableErrorFrom } from './database-unavailable-error.js';
