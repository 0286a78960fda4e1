import 'reflect-metadata';
import type { ImportTarget } from '../../shared/import/index.js';
import { createDataSource } from '../../shared/database/index.js';
import { LinkageLookup, LinkagePublisher, LinkageRepublication, linkageLookupResolver } from '../../shared/linkage-outbox/index.js';
import { createLogger, type Logger } from '../../shared/logging/index.js';
import { defineSubgraph, type BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { AccountHolder } from './account-holder/account-holder.entity.js';
import { accountHolderReference } from './account-holder/account-holder.reference.js';
import { AccountHolderResolver } from './account-holder/account-holder.resolver.js';
import { accountHolderRepublication } from './account-holder/account-holder.republication.js';
import { AccountHolderService } from './account-holder/account-holder.service.js';
import { AccountHolding } from './account/account-holding.entity.js';
import { Account } from './account/account.entity.js';
import { accountReference } from './account/account.reference.js';
import { AccountHolderAccountsResolver, AccountResolver } from './account/account.resolver.js';
import { AccountService } from './account/account.service.js';
import { readRedFlagThresholds, type FinancialConfig } from './config.js';
import { accountHolderImportTarget } from './import/account-holder.import.js';
import { accountImportTarget } from './import/account.import.js';
import { transactionImportTarget } from './import/transaction.import.js';
import { Corridor, Location } from './location/location.entity.js';
import { CorridorResolver, LocationResolver } from './location/location.resolver.js';
import { AggregateEngine, DEFAULT_AGGREGATE_RULES, placeQueriesResolver, rollupMeasureRows } from '../../shared/aggregates/index.js';
import { FinancialCorridorAnalyticsResolver, FinancialLocationAnalyticsResolver, FinancialRankingResolver } from './analytics/financial-analytics.resolver.js';
import { FINANCIAL_MEASURES } from './analytics/financial-measures.js';
import { syncRollupRules } from './analytics/financial-rollup-rules.js';
import { AccountHolders1764600000000 } from './migrations/1764600000000-account-holders.js';
import { SuspiciousActivityReports1765000000001 } from './migrations/1765000000001-suspicious-activity-reports.js';
import { AccountsAndTransactions1766000000000 } from './migrations/1766000000000-accounts-and-transactions.js';
import { AggregateIndexes1767100000002 } from './migrations/1767100000002-aggregate-indexes.js';
import { AggregateRollup1767300000002 } from './migrations/1767300000002-aggregate-rollup.js';
import { TransactionPairs1768100000000 } from './migrations/1768100000000-transaction-pairs.js';
import { financialPolicy } from './policy.js';
import { redFlagOptions } from './red-flag/red-flag.options.js';
import { RedFlagService } from './red-flag/red-flag.service.js';
import { RetentionService, type FinancialRetention } from './retention/retention.service.js';
import { AccountHolderReportsResolver } from './suspicious-activity-report/account-holder-reports.resolver.js';
import { SuspiciousActivityReport } from './suspicious-activity-report/suspicious-activity-report.entity.js';
import { suspiciousActivityReportReference } from './suspicious-activity-report/suspicious-activity-report.reference.js';
import { SuspiciousActivityReportResolver } from './suspicious-activity-report/suspicious-activity-report.resolver.js';
import { SuspiciousActivityReportService } from './suspicious-activity-report/suspicious-activity-report.service.js';
import { Transaction } from './transaction/transaction.entity.js';
import { transactionReference } from './transaction/transaction.reference.js';
import { TransactionResolver } from './transaction/transaction.resolver.js';
import { TransactionService } from './transaction/transaction.service.js';


/** `financialLinkageLookup`: the shared hit/no-hit lookup, answered for callers of this sector. */
const LinkageLookupResolver = linkageLookupResolver('financialLinkageLookup', 'a financial institution');
export const FINANCIAL_SUBGRAPH = 'financial';

/** `location(code)` and `corridor(…)`, where a cross-sector profile query starts. */
const PlaceQueriesResolver = placeQueriesResolver(Location, Corridor);

/** Every table this subgraph maps, for its DataSource (and tools that open one on its database). */
export const FINANCIAL_ENTITIES = [AccountHolder, Account, AccountHolding, Transaction, SuspiciousActivityReport];

export interface FinancialSubgraph extends BeaconSubgraph {
  readonly services: {
    readonly accountHolders: AccountHolderService;
    readonly accounts: AccountService;
    readonly transactions: TransactionService;
    readonly redFlags: RedFlagService;
    readonly suspiciousActivityReports: SuspiciousActivityReportService;
  };
  readonly publisher: LinkagePublisher;
  /** For `npx beacon retention`. */
  readonly retention: FinancialRetention;
  /** For `npx beacon republish financial`: every account holder to the hub again. */
  readonly republication: LinkageRepublication;
  /** For `npx beacon import financial <file>`: account holders, accounts and transactions. */
  readonly importTargets: readonly ImportTarget<unknown>[];
}

/** The financial subgraph: a financial institution's customers, accounts, money and reports, under its own policy. */
export async function createFinancialSubgraph(
  config: FinancialConfig,
  logger: Logger = createLogger(FINANCIAL_SUBGRAPH, config.logLevel),
): Promise<FinancialSubgraph> {
  const dataSource = createDataSource({
    url: config.databaseUrl,
    entities: FINANCIAL_ENTITIES,
    migrations: [AccountHolders1764600000000, SuspiciousActivityReports1765000000001, AccountsAndTransactions1766000000000, AggregateIndexes1767100000002, AggregateRollup1767300000002, TransactionPairs1768100000000],
  });
  const publisher = new LinkagePublisher({
    dataSource,
    linkageUrl: config.linkage.url,
    credential: config.linkage.credential,
    logger,
  });
  const lookup = new LinkageLookup({
    linkageUrl: config.linkage.url,
    secret: config.linkage.secret,
    credential: config.linkage.credential,
    sector: 'FINANCIAL',
  });
  const accountHolders = new AccountHolderService(dataSource, publisher, config.linkage.secret);
  const accounts = new AccountService(dataSource, accountHolders);
  const transactions = new TransactionService(dataSource, accountHolders);
  const flagRules = redFlagOptions(config.structuringThresholds ?? readRedFlagThresholds());
  const redFlags = new RedFlagService(accounts, transactions, flagRules);
  const analytics = new AggregateEngine({
    sector: 'FINANCIAL',
    measures: FINANCIAL_MEASURES,
    rows: rollupMeasureRows(dataSource),
    rules: config.aggregates ?? DEFAULT_AGGREGATE_RULES,
  });
  const suspiciousActivityReports = new SuspiciousActivityReportService(dataSource);
  const retention = new RetentionService(dataSource, accountHolders);
  const holderById = accountHolderReference(accountHolders);
  const accountById = accountReference(accounts);
  const resolvers = new Map<unknown, unknown>([
    [LinkageLookupResolver, new LinkageLookupResolver(lookup)],
    [AccountHolderResolver, new AccountHolderResolver(accountHolders)],
    [AccountHolderAccountsResolver, new AccountHolderAccountsResolver(accounts)],
    [AccountResolver, new AccountResolver(accounts, transactions, redFlags)],
    [TransactionResolver, new TransactionResolver(transactions, accountById)],
    [LocationResolver, new LocationResolver(transactions)],
    [CorridorResolver, new CorridorResolver(transactions)],
    [FinancialLocationAnalyticsResolver, new FinancialLocationAnalyticsResolver(analytics)],
    [FinancialCorridorAnalyticsResolver, new FinancialCorridorAnalyticsResolver(analytics)],
    [FinancialRankingResolver, new FinancialRankingResolver(analytics)],
    [PlaceQueriesResolver, new (PlaceQueriesResolver as new () => unknown)()],
    [AccountHolderReportsResolver, new AccountHolderReportsResolver(suspiciousActivityReports)],
    [SuspiciousActivityReportResolver, new SuspiciousActivityReportResolver(suspiciousActivityReports, holderById)],
  ]);

  const subgraph = await defineSubgraph({
    name: FINANCIAL_SUBGRAPH,
    resolvers: [
      LinkageLookupResolver,
      AccountHolderResolver,
      AccountHolderAccountsResolver,
      AccountResolver,
      TransactionResolver,
      LocationResolver,
      CorridorResolver,
      AccountHolderReportsResolver,
      SuspiciousActivityReportResolver,
      FinancialLocationAnalyticsResolver,
      FinancialCorridorAnalyticsResolver,
      FinancialRankingResolver,
      PlaceQueriesResolver,
    ],
    // Shared entities nothing of ours returns: reached through other sectors and `_entities`.
    orphanedTypes: [Location, Corridor],
    container: { get: (type) => resolvers.get(type) },
    references: {
      AccountHolder: holderById,
      Account: accountById,
      Transaction: transactionReference(transactions),
      SuspiciousActivityReport: suspiciousActivityReportReference(suspiciousActivityReports),
    },
    policy: financialPolicy,
    config,
    dataSource,
    logger,
    onStart: async () => {
      // The rollup's red-flag typologies follow this institution's thresholds (recounted if they changed).
      if (await syncRollupRules(dataSource, flagRules)) logger.info('aggregate rollup recounted for changed red-flag thresholds');
      // Nothing past its retention date is served, even when no retention run happened since
      // (the same at start in every sector, standalone or in the dev stack).
      const purged = await retention.purgeExpired(new Date());
      if (purged > 0) logger.info({ purged }, 'records past their retention date removed');
      publisher.start();
    },
    onStop: () => publisher.stop(),
  });
  return {
    ...subgraph,
    services: { accountHolders, accounts, transactions, redFlags, suspiciousActivityReports },
    publisher,
    retention,
    republication: new LinkageRepublication(dataSource, publisher, accountHolderRepublication(accountHolders)),
    importTargets: [
      accountHolderImportTarget(accountHolders) as ImportTarget<unknown>,
      accountImportTarget(accountHolders) as ImportTarget<unknown>,
      transactionImportTarget(transactions) as ImportTarget<unknown>,
    ],
  };
}
