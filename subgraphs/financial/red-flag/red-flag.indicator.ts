import { registerEnumType } from 'type-graphql';

/**
 * Red-flag indicators computed over an account's transactions, from FinCEN advisory FIN-2020-A008
 * (human trafficking) and FATF's indicators on the financial flows of human trafficking (2018).
 * `SuspiciousActivityTypology` is built from these values (plus OTHER), so a report and the flag
 * that prompted it use one name.
 */
export enum RedFlagIndicator {
  FUNNEL_ACCOUNT = 'FUNNEL_ACCOUNT',
  STRUCTURING = 'STRUCTURING',
  CASH_WITHOUT_PAYROLL = 'CASH_WITHOUT_PAYROLL',
  CLASSIFIED_AD_PAYMENTS = 'CLASSIFIED_AD_PAYMENTS',
  MANY_UNRELATED_SENDERS = 'MANY_UNRELATED_SENDERS',
}

/** One description per indicator, shared by both enums' GraphQL documentation. */
export const INDICATOR_DESCRIPTIONS: Readonly<Record<RedFlagIndicator, string>> = {
  FUNNEL_ACCOUNT:
    'Many cash deposits at different places into one account, quickly wired out or withdrawn elsewhere (FIN-2020-A008).',
  STRUCTURING: 'Several cash deposits just below a reporting threshold within a few days.',
  CASH_WITHOUT_PAYROLL: 'A business account taking frequent cash deposits with no payroll payments to match them.',
  CLASSIFIED_AD_PAYMENTS: 'Repeated payments to online classified-ad or escort-advertising sites.',
  MANY_UNRELATED_SENDERS: 'Many unrelated senders paying into one account within a short time.',
};

registerEnumType(RedFlagIndicator, {
  name: 'RedFlagIndicator',
  description: 'A human-trafficking red flag computed over transactions (FinCEN FIN-2020-A008, FATF 2018).',
  valuesConfig: Object.fromEntries(
    Object.entries(INDICATOR_DESCRIPTIONS).map(([value, description]) => [value, { description }]),
  ) as Record<RedFlagIndicator, { description: string }>,
});
