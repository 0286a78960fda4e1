import { CounterpartyKind } from '../transaction/transaction.enums.js';

/** What each rule looks for; every number a rule compares with is here, with its default. */
export interface RedFlagOptions {
  readonly funnel: {
    /** Deposits counted together fall within this many days. Default 30. */
    readonly windowDays: number;
    /** At least this many cash deposits. Default 5. */
    readonly minDeposits: number;
    /** …at this many different places (branch, or UN/LOCODE when no branch is given). Default 3. */
    readonly minPlaces: number;
    /** Money leaving by wire, remittance, crypto or cash within this many hours of the last deposit… Default 72. */
    readonly outflowWithinHours: number;
    /** …amounting to at least this share of the deposits. Default 0.75. */
    readonly minOutflowShare: number;
  };
  readonly structuring: {
    /** Reporting threshold per ISO 4217 currency, in minor units. Currencies not listed are not checked. */
    readonly thresholds: Readonly<Record<string, number>>;
    /** "Just below": within this fraction under the threshold. Default 0.10 (90%–100%). */
    readonly band: number;
    /** Deposits counted together fall within this many days. Default 7. */
    readonly windowDays: number;
    /** At least this many such deposits. Default 3. */
    readonly minDeposits: number;
  };
  readonly cashWithoutPayroll: {
    /** Default 90. */
    readonly windowDays: number;
    /** At least this many cash deposits in the window. Default 10. */
    readonly minCashDeposits: number;
    /** ISO 20022 purpose codes of payroll payments. Default SALA, PAYR, BONU. */
    readonly payrollPurposeCodes: readonly string[];
  };
  readonly classifiedAds: {
    /** Default 30. */
    readonly windowDays: number;
    /** At least this many payments in the window. Default 3. */
    readonly minPayments: number;
    /** Counterparties that are classified-ad or escort-advertising sites. */
    readonly counterpartyKinds: readonly CounterpartyKind[];
    /** ISO 18245 merchant categories of such sites: 7273 dating and escort services. */
    readonly merchantCategoryCodes: readonly string[];
  };
  readonly manyUnrelatedSenders: {
    /** Default 30. */
    readonly windowDays: number;
    /** At least this many different senders, none an account of the same holders. Default 5. */
    readonly minSenders: number;
  };
}

/**
 * Structuring thresholds: USD 10,000 (the US currency transaction report, 31 CFR 1010.311), EUR
 * 10,000 (the EU's cash declaration and dealers' threshold, Regulation (EU) 2018/1672 and AMLD),
 * GBP 10,000 (UK high-value dealers, MLR 2017 reg. 14, in its sterling equivalent as banks
 * commonly apply it). An institution sets its own with BEACON_FINANCIAL_STRUCTURING_THRESHOLDS.
 */
export const DEFAULT_STRUCTURING_THRESHOLDS: Readonly<Record<string, number>> = Object.freeze({
  USD: 1_000_000,
  EUR: 1_000_000,
  GBP: 1_000_000,
});

export const DEFAULT_RED_FLAG_OPTIONS: RedFlagOptions = Object.freeze({
  funnel: { windowDays: 30, minDeposits: 5, minPlaces: 3, outflowWithinHours: 72, minOutflowShare: 0.75 },
  structuring: { thresholds: DEFAULT_STRUCTURING_THRESHOLDS, band: 0.1, windowDays: 7, minDeposits: 3 },
  cashWithoutPayroll: { windowDays: 90, minCashDeposits: 10, payrollPurposeCodes: ['SALA', 'PAYR', 'BONU'] },
  classifiedAds: {
    windowDays: 30,
    minPayments: 3,
    counterpartyKinds: [CounterpartyKind.CLASSIFIED_AD_SITE, CounterpartyKind.ESCORT_SERVICE],
    merchantCategoryCodes: ['7273'],
  },
  manyUnrelatedSenders: { windowDays: 30, minSenders: 5 },
});

/** The defaults with an institution's own structuring thresholds. */
export function redFlagOptions(structuringThresholds?: Readonly<Record<string, number>>): RedFlagOptions {
  if (!structuringThresholds) return DEFAULT_RED_FLAG_OPTIONS;
  return { ...DEFAULT_RED_FLAG_OPTIONS, structuring: { ...DEFAULT_RED_FLAG_OPTIONS.structuring, thresholds: structuringThresholds } };
}
