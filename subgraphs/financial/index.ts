import 'reflect-metadata';
import type { SectorSubgraphConfig } from '../../shared/config/index.js';
import { createDataSource } from '../../shared/database/index.js';
import { LinkagePublisher } from '../../shared/linkage-outbox/index.js';
import { createLogger, type Logger } from '../../shared/logging/index.js';
import { defineSubgraph, type BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { AccountHolder } from './account-holder/account-holder.entity.js';
import { accountHolderReference } from './account-holder/account-holder.reference.js';
import { AccountHolderResolver } from './account-holder/account-holder.resolver.js';
import { AccountHolderService } from './account-holder/account-holder.service.js';
import { AccountHolders1764600000000 } from './migrations/1764600000000-account-holders.js';
import { SuspiciousActivityReports1765000000001 } from './migrations/1765000000001-suspicious-activity-reports.js';
import { financialPolicy } from './policy.js';
import { AccountHolderReportsResolver } from './suspicious-activity-report/account-holder-reports.resolver.js';
import { SuspiciousActivityReport } from './suspicious-activity-report/suspicious-activity-report.entity.js';
import { suspiciousActivityReportReference } from './suspicious-activity-report/suspicious-activity-report.reference.js';
import { SuspiciousActivityReportResolver } from './suspicious-activity-report/suspicious-activity-report.resolver.js';
import { SuspiciousActivityReportService } from './suspicious-activity-report/suspicious-activity-report.service.js';

export const FINANCIAL_SUBGRAPH = 'financial';

export interface FinancialSubgraph extends BeaconSubgraph {
  readonly services: {
    readonly accountHolders: AccountHolderService;
    readonly suspiciousActivityReports: SuspiciousActivityReportService;
  };
  readonly publisher: LinkagePublisher;
}

/** The financial subgraph: a financial institution's account holders and reports, under its own policy. */
export async function createFinancialSubgraph(
  config: SectorSubgraphConfig,
  logger: Logger = createLogger(FINANCIAL_SUBGRAPH, config.logLevel),
): Promise<FinancialSubgraph> {
  const dataSource = createDataSource({
    url: config.databaseUrl,
    entities: [AccountHolder, SuspiciousActivityReport],
    migrations: [AccountHolders1764600000000, SuspiciousActivityReports1765000000001],
  });
  const publisher = new LinkagePublisher({
    dataSource,
    linkageUrl: config.linkage.url,
    credential: config.linkage.credential,
    logger,
  });
  const accountHolders = new AccountHolderService(dataSource, publisher, config.linkage.secret);
  const suspiciousActivityReports = new SuspiciousActivityReportService(dataSource);
  const holderById = accountHolderReference(accountHolders);
  const resolvers = new Map<unknown, unknown>([
    [AccountHolderResolver, new AccountHolderResolver(accountHolders)],
    [AccountHolderReportsResolver, new AccountHolderReportsResolver(suspiciousActivityReports)],
    [SuspiciousActivityReportResolver, new SuspiciousActivityReportResolver(suspiciousActivityReports, holderById)],
  ]);

  const subgraph = await defineSubgraph({
    name: FINANCIAL_SUBGRAPH,
    resolvers: [AccountHolderResolver, AccountHolderReportsResolver, SuspiciousActivityReportResolver],
    container: { get: (type) => resolvers.get(type) },
    references: {
      AccountHolder: holderById,
      SuspiciousActivityReport: suspiciousActivityReportReference(suspiciousActivityReports),
    },
    policy: financialPolicy,
    config,
    dataSource,
    logger,
    onStart: async () => publisher.start(),
    onStop: () => publisher.stop(),
  });
  return { ...subgraph, services: { accountHolders, suspiciousActivityReports }, publisher };
}
