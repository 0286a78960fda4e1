import { registerEnumType } from 'type-graphql';
import { INDICATOR_DESCRIPTIONS, RedFlagIndicator } from '../red-flag/red-flag.indicator.js';

/**
 * What the filing institution saw, from FinCEN advisory FIN-2020-A008 (human trafficking) and the
 * FATF indicators it builds on: the red-flag indicators computed over transactions, plus OTHER.
 * Built from `RedFlagIndicator`, so a report names the flag that prompted it by the same value.
 * The database enum `suspicious_activity_typology` lists the same values; adding an indicator
 * means a migration that adds it there (a test compares them).
 */
export const SuspiciousActivityTypology = { ...RedFlagIndicator, OTHER: 'OTHER' } as const;
export type SuspiciousActivityTypology = (typeof SuspiciousActivityTypology)[keyof typeof SuspiciousActivityTypology];
registerEnumType(SuspiciousActivityTypology, {
  name: 'SuspiciousActivityTypology',
  description: 'The pattern a suspicious-activity report describes (FinCEN FIN-2020-A008).',
  valuesConfig: {
    ...Object.fromEntries(Object.entries(INDICATOR_DESCRIPTIONS).map(([value, description]) => [value, { description }])),
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
