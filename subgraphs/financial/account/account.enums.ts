import { registerEnumType } from 'type-graphql';

/** The kind of account, as FATF and FinCEN typologies distinguish them. */
export enum AccountType {
  CURRENT = 'CURRENT',
  SAVINGS = 'SAVINGS',
  BUSINESS = 'BUSINESS',
  PREPAID_CARD = 'PREPAID_CARD',
  MONEY_SERVICE = 'MONEY_SERVICE',
  CRYPTO_WALLET = 'CRYPTO_WALLET',
  OTHER = 'OTHER',
}
registerEnumType(AccountType, {
  name: 'AccountType',
  description: 'The kind of account.',
  valuesConfig: {
    CURRENT: { description: "A personal current (checking) account." },
    SAVINGS: { description: 'A personal savings account.' },
    BUSINESS: { description: 'An account of a business: payroll and supplier payments are expected from it.' },
    PREPAID_CARD: { description: 'A prepaid card account, often opened with little identification.' },
    MONEY_SERVICE: { description: 'An account with a money-service business (remittance, exchange).' },
    CRYPTO_WALLET: { description: 'A custodial virtual-asset wallet.' },
    OTHER: { description: 'Another kind of account.' },
  },
});
