import { registerEnumType } from 'type-graphql';
import type { MeasureDefinition } from '../../../shared/aggregates/index.js';
import { TransactionChannel } from '../transaction/transaction.enums.js';

export enum FinancialMeasure {
  TRANSACTIONS = 'TRANSACTIONS',
  RED_FLAGS = 'RED_FLAGS',
}

export enum FinancialDimension {
  CHANNEL = 'CHANNEL',
  CURRENCY = 'CURRENCY',
  TYPOLOGY = 'TYPOLOGY',
}

/**
 * The red-flag typologies a single transaction shows by itself. The others (funnel accounts, cash
 * without payroll, many unrelated senders) are patterns over an account's history, worked out on
 * read per account; counting them per country would mean running the rules over every account.
 */
export enum TransactionTypology {
  CLASSIFIED_AD_PAYMENTS = 'CLASSIFIED_AD_PAYMENTS',
  STRUCTURING = 'STRUCTURING',
}

registerEnumType(FinancialMeasure, {
  name: 'FinancialMeasure',
  description: 'What the financial sector counts.',
  valuesConfig: {
    TRANSACTIONS: { description: 'Transactions, at the place they happened (cash, card) or along the route from the country money left to the country it reached.' },
    RED_FLAGS: { description: 'Transactions that by themselves match a red-flag typology (payments to classified-ad or escort sites; cash deposits just below a reporting threshold).' },
  },
});

registerEnumType(FinancialDimension, {
  name: 'FinancialDimension',
  description: 'How a financial measure can be broken down (transactions: CHANNEL, CURRENCY; red flags: TYPOLOGY, CURRENCY).',
  valuesConfig: {
    CHANNEL: { description: 'How the money moved (WIRE, CASH_DEPOSIT, CARD, …).' },
    CURRENCY: { description: 'ISO 4217 currency, with the sum of the amounts; only currencies with a shown count are listed.' },
    TYPOLOGY: { description: 'The red-flag typology matched.' },
  },
});

const TRANSACTION_RECORDS = {
  kind: 'TRANSACTION_RECORDS',
  measures: "Transactions the federation's institutions hold: their customers' activity, not all money that moved.",
};

export const FINANCIAL_MEASURES: readonly MeasureDefinition[] = [
  {
    name: FinancialMeasure.TRANSACTIONS,
    onCorridors: true,
    provenance: {
      unit: 'One transaction, at its place (a country covers its UN/LOCODE places) and month; along a route from its origin country to its destination country.',
      sources: [TRANSACTION_RECORDS],
      caveats: ['k counts transactions, not customers: one busy account can make a cell of k.', 'Amounts are summed per currency, never converted.'],
    },
    dimensions: {
      CHANNEL: { categories: Object.values(TransactionChannel), additive: true },
      CURRENCY: { categories: 'open', additive: true, amounts: true },
    },
  },
  {
    name: FinancialMeasure.RED_FLAGS,
    onCorridors: true,
    provenance: {
      unit: 'One transaction matching a red-flag typology on its own (FinCEN FIN-2020-A008, FATF 2018).',
      sources: [{ kind: 'RED_FLAG_RULES', measures: 'Transactions that match a rule: a reason to look, not proof of trafficking.' }],
      caveats: ['Account-pattern typologies (funnel accounts, cash without payroll, many unrelated senders) are not counted here.'],
    },
    dimensions: {
      TYPOLOGY: { categories: Object.values(TransactionTypology), additive: true },
      CURRENCY: { categories: 'open', additive: true, amounts: true },
    },
  },
];
