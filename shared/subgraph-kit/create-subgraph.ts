import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AuditLog, AuditWriter } from '../audit/index.js';
import { createTokenVerifier, type IssuerKeysSource } from '../auth/index.js';
import type { PolicyMap } from '../policy/index.js';
import { buildBeaconSubgraphSchema, type SubgraphSchemaOptions } from './build-subgraph-schema.js';
import { createSubgraphServer } from './http-server.js';

/** What every subgraph's config carries, whatever its sector. */
export interface SubgraphRuntimeConfig {
  readonly issuers: readonly IssuerKeysSource[];
  readonly audience: string;
  readonly maxBodyBytes?: number;
  /**
   * Record every disclosure, denial and write in the audit log (default true). No environment
   * variable sets it: only the audit-overhead benchmark turns it off, to measure its cost.
   */
  readonly audit?: boolean;
}

/** A running-or-ready subgraph: the same object serves the CLI, the dev stack and the tests. */
export interface BeaconSubgraph {
  readonly name: string;
  readonly schema: GraphQLSchema;
  readonly sdl: string;
  /** Every field's rule as the shield enforces it: the subgraph's `policy.ts` and the kit's own fields. */
  readonly policy: PolicyMap;
  /**
   * The subgraph's own database, not opened until `listen`. The CLI's batch commands (import,
   * retention) open it and run migrations without serving.
   */
  readonly dataSource: DataSource;
  listen(port: number, host?: string): Promise<{ url: string }>;
  close(): Promise<void>;
}

export interface DefineSubgraphOptions extends SubgraphSchemaOptions {
  readonly config: SubgraphRuntimeConfig;
  readonly dataSource: DataSource;
  readonly logger: Logger;
  /** Runs after the database is open and before the port is bound (e.g. flush the linkage outbox). */
  readonly onStart?: () => Promise<void>;
  /** Runs after the server stopped accepting requests, before the database closes. */
  readonly onStop?: () => Promise<void>;
}

/**
 * Builds a subgraph's schema now (no database needed, so `beacon compose` can use it) and opens
 * the database, runs migrations and binds the port only on `listen`.
 */
export async function defineSubgraph(options: DefineSubgraphOptions): Promise<BeaconSubgraph> {
  const { dataSource, logger } = options;
  const audit = options.config.audit ?? true;
  const auditLog = new AuditLog(dataSource);
  const { schema, sdl, policy } = await buildBeaconSubgraphSchema({ ...options, auditLog, audit });
  const server = createSubgraphServer({
    name: options.name,
    schema,
    logger,
    verifier: createTokenVerifier({ issuers: options.config.issuers, audience: options.config.audience }),
    maxBodyBytes: options.config.maxBodyBytes,
    audit: audit ? new AuditWriter(auditLog) : undefined,
    isReady: async () => dataSource.isInitialized && (await dataSource.query('SELECT 1')).length === 1,
  });
  return {
    name: options.name,
    schema,
    sdl,
    policy,
    dataSource,
    async listen(port, host) {
      if (!dataSource.isInitialized) await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await options.onStart?.();
      const { url } = await server.listen(port, host);
      logger.info({ url }, `${options.name} subgraph listening`);
      return { url };
    },
    async close() {
      await server.close();
      await options.onStop?.();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
