import { registerEnumType } from 'type-graphql';

/**
 * What the filing institution saw, from FinCEN advisory FIN-2020-A008 (human trafficking) and the
 * FATF indicators it builds on. A short list for now; red flags computed over transactions will
 * use the same names.
 */
export enum SuspiciousActivityTypology {
  FUNNEL_ACCOUNT = 'FUNNEL_ACCOUNT',
  STRUCTURING = 'STRUCTURING',
  CASH_WITHOUT_PAYROLL = 'CASH_WITHOUT_PAYROLL',
  CLASSIFIED_AD_PAYMENTS = 'CLASSIFIED_AD_PAYMENTS',
  MANY_UNRELATED_SENDERS = 'MANY_UNRELATED_SENDERS',
  OTHER = 'OTHER',
}
registerEnumType(SuspiciousActivityTypology, {
  name: 'SuspiciousActivityTypology',
  description: 'The pattern a suspicious-activity report describes (FinCEN FIN-2020-A008).',
  valuesConfig: {
    FUNNEL_ACCOUNT: {
      description:
        'Many cash deposits in one place, often below the reporting threshold, withdrawn soon after somewhere else.',
    },
    STRUCTURING: { description: 'Amounts split to stay just below a reporting or identification threshold.' },
    CASH_WITHOUT_PAYROLL: {
      description: 'A business depositing cash steadily with no payroll or supplier payments to match it.',
    },
    CLASSIFIED_AD_PAYMENTS: {
      description: 'Frequent payments to online classified-ad or escort sites, often based abroad.',
    },
    MANY_UNRELATED_SENDERS: { description: 'Many unrelated people sending money to one beneficiary.' },
    OTHER: { description: 'Another pattern; the narrative explains it.' },
  },
});

/** Where a report stands between the institution and its financial intelligence unit. */
export enum SuspiciousActivityReportStatus {
  FILED = 'FILED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  CLOSED = 'CLOSED',
}
registerEnumType(SuspiciousActivityReportStatus, {
  name: 'SuspiciousActivityReportStatus',
  description: 'Where a suspicious-activity report stands.',
  valuesConfig: {
    FILED: { description: 'Sent to the financial intelligence unit.' },
    ACKNOWLEDGED: { description: 'The financial intelligence unit confirmed receipt.' },
    CLOSED: { description: 'No further action by the filing institution.' },
  },
});
