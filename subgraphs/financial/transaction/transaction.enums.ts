import { registerEnumType } from 'type-graphql';

/** How the money moved. */
export enum TransactionChannel {
  WIRE = 'WIRE',
  CASH_DEPOSIT = 'CASH_DEPOSIT',
  CASH_WITHDRAWAL = 'CASH_WITHDRAWAL',
  CARD = 'CARD',
  REMITTANCE = 'REMITTANCE',
  CRYPTO = 'CRYPTO',
  CHEQUE = 'CHEQUE',
  INTERNAL = 'INTERNAL',
}
registerEnumType(TransactionChannel, {
  name: 'TransactionChannel',
  description: 'How the money moved.',
  valuesConfig: {
    WIRE: { description: 'A credit transfer between banks (SEPA, SWIFT, Faster Payments…).' },
    CASH_DEPOSIT: { description: 'Cash paid in at a branch, ATM or agent.' },
    CASH_WITHDRAWAL: { description: 'Cash taken out at a branch, ATM or agent.' },
    CARD: { description: 'A card payment to a merchant.' },
    REMITTANCE: { description: 'A transfer through a money-service business.' },
    CRYPTO: { description: 'A transfer to or from a virtual-asset address.' },
    CHEQUE: { description: 'A cheque paid in or drawn.' },
    INTERNAL: { description: "A transfer between two accounts of the same institution." },
  },
});

/** What the other party of a transaction is, when it is not an account of the institution. */
export enum CounterpartyKind {
  INDIVIDUAL = 'INDIVIDUAL',
  BUSINESS = 'BUSINESS',
  CLASSIFIED_AD_SITE = 'CLASSIFIED_AD_SITE',
  ESCORT_SERVICE = 'ESCORT_SERVICE',
  MONEY_SERVICE_BUSINESS = 'MONEY_SERVICE_BUSINESS',
  VIRTUAL_ASSET_SERVICE = 'VIRTUAL_ASSET_SERVICE',
  GOVERNMENT = 'GOVERNMENT',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(CounterpartyKind, {
  name: 'CounterpartyKind',
  description: 'What the other party of a transaction is, as the institution classified it.',
  valuesConfig: {
    INDIVIDUAL: { description: 'A private person.' },
    BUSINESS: { description: 'A business other than those below.' },
    CLASSIFIED_AD_SITE: { description: 'An online classified-advertisement site (FIN-2020-A008).' },
    ESCORT_SERVICE: { description: 'An escort or adult-services advertiser or agency.' },
    MONEY_SERVICE_BUSINESS: { description: 'A remittance or currency-exchange business.' },
    VIRTUAL_ASSET_SERVICE: { description: 'A virtual-asset service provider (exchange, custodial wallet).' },
    GOVERNMENT: { description: 'A public body (taxes, benefits).' },
    UNKNOWN: { description: 'Not classified.' },
  },
});
