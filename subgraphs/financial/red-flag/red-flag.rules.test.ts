import { describe, expect, it } from 'vitest';
import { AccountType } from '../account/account.enums.js';
import { CounterpartyKind, TransactionChannel } from '../transaction/transaction.enums.js';
import { RedFlagIndicator } from './red-flag.indicator.js';
import { DEFAULT_RED_FLAG_OPTIONS, redFlagOptions } from './red-flag.options.js';
import {
  cashWithoutPayroll,
  classifiedAdPayments,
  computeRedFlags,
  funnelAccount,
  manyUnrelatedSenders,
  structuring,
  type FlowAccount,
  type FlowTransaction,
} from './red-flag.rules.js';
import { SuspiciousActivityTypology } from '../suspicious-activity-report/suspicious-activity-report.enums.js';

const PERSONAL: FlowAccount = { id: 'acct-1', type: AccountType.CURRENT, relatedAccountIds: ['acct-savings'] };
const BUSINESS: FlowAccount = { ...PERSONAL, type: AccountType.BUSINESS };
const options = DEFAULT_RED_FLAG_OPTIONS;

let sequence = 0;
function tx(overrides: Partial<FlowTransaction> & Pick<FlowTransaction, 'occurredAt'>): FlowTransaction {
  sequence += 1;
  return {
    id: `tx-${String(sequence).padStart(3, '0')}`,
    amountMinor: 10_000,
    currency: 'GBP',
    channel: TransactionChannel.WIRE,
    direction: 'IN',
    counterparty: null,
    counterpartyKind: null,
    counterpartyCountry: null,
    place: null,
    placeLabel: null,
    purposeCode: null,
    merchantCategoryCode: null,
    ...overrides,
  };
}
const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 0, day, hour));

/** An ordinary personal account over three months: salary in, rent, groceries, an ATM withdrawal. */
function ordinaryAccount(): FlowTransaction[] {
  return [0, 30, 60].flatMap((offset) => [
    tx({ occurredAt: at(1 + offset, 8), amountMinor: 320_000, counterparty: 'EMPLOYER', counterpartyKind: CounterpartyKind.BUSINESS, purposeCode: 'SALA' }),
    tx({ occurredAt: at(2 + offset), direction: 'OUT', amountMinor: 110_000, counterparty: 'LANDLORD', counterpartyKind: CounterpartyKind.INDIVIDUAL }),
    tx({ occurredAt: at(6 + offset), direction: 'OUT', channel: TransactionChannel.CARD, amountMinor: 8_745, counterparty: 'GROCER', merchantCategoryCode: '5411' }),
    tx({ occurredAt: at(12 + offset), direction: 'OUT', channel: TransactionChannel.CASH_WITHDRAWAL, amountMinor: 20_000, place: 'ATM-1', placeLabel: 'GBLON' }),
    // Money from the holder's own savings account is not an unrelated sender.
    tx({ occurredAt: at(15 + offset), amountMinor: 50_000, channel: TransactionChannel.INTERNAL, counterparty: 'acct-savings' }),
  ]);
}

/** The funnel of FIN-2020-A008: cash at four branches, each deposit wired to Moldova within a day. */
function funnel(): FlowTransaction[] {
  const places = [['NB-LON-012', 'GBLON'], ['NB-MAN-003', 'GBMNC'], ['NB-BHM-007', 'GBBHM'], ['NB-LIV-002', 'GBLIV']] as const;
  return [45_000, 62_000, 38_000, 90_000, 51_000, 30_000].flatMap((amount, i) => {
    const [branch, locode] = places[i % 4] as (typeof places)[number];
    return [
      tx({ occurredAt: at(5 + 3 * i), channel: TransactionChannel.CASH_DEPOSIT, amountMinor: amount, place: branch, placeLabel: `${branch} (${locode})` }),
      tx({ occurredAt: at(5 + 3 * i, 22), direction: 'OUT', amountMinor: amount, counterparty: 'NB-CP-7781', counterpartyKind: CounterpartyKind.INDIVIDUAL, counterpartyCountry: 'MD' }),
    ];
  });
}

describe('red-flag rules on an ordinary account', () => {
  it('raise nothing', () => {
    expect(computeRedFlags(PERSONAL, ordinaryAccount(), options)).toEqual([]);
    expect(computeRedFlags(BUSINESS, ordinaryAccount(), options)).toEqual([]);
  });
});

describe('FUNNEL_ACCOUNT', () => {
  it('fires on cash deposited at four branches and wired abroad within a day, naming the numbers', () => {
    const planted = funnel();
    const flag = funnelAccount(PERSONAL, planted, options);

    expect(flag?.indicator).toBe(RedFlagIndicator.FUNNEL_ACCOUNT);
    expect(flag?.explanation).toBe(
      '6 cash deposits totalling GBP 3,160.00 at 4 different places (NB-LON-012 (GBLON), NB-MAN-003 (GBMNC), NB-BHM-007 (GBBHM), NB-LIV-002 (GBLIV)) ' +
        'between 2026-01-05 and 2026-01-20; GBP 3,160.00 (100%) left the account in 6 payments by WIRE within 72 hours of the last deposit, to MD.',
    );
    expect(flag?.transactionIds).toHaveLength(12);
  });

  it('does not fire when the cash stays in the account', () => {
    const depositsOnly = funnel().filter((t) => t.direction === 'IN');
    expect(funnelAccount(PERSONAL, depositsOnly, options)).toBeNull();
  });

  it('does not fire when every deposit is made at one branch', () => {
    const oneBranch = funnel().map((t) => (t.place ? { ...t, place: 'NB-LON-012', placeLabel: 'NB-LON-012 (GBLON)' } : t));
    expect(funnelAccount(PERSONAL, oneBranch, options)).toBeNull();
  });
});

describe('STRUCTURING', () => {
  const justBelow = () => [
    tx({ occurredAt: at(2), channel: TransactionChannel.CASH_DEPOSIT, amountMinor: 950_000, currency: 'USD' }),
    tx({ occurredAt: at(3), channel: TransactionChannel.CASH_DEPOSIT, amountMinor: 990_000, currency: 'USD' }),
    tx({ occurredAt: at(5), channel: TransactionChannel.CASH_DEPOSIT, amountMinor: 920_000, currency: 'USD' }),
  ];

  it('fires on three cash deposits just under USD 10,000 within four days, naming the amounts and the threshold', () => {
    const flag = structuring(PERSONAL, justBelow(), options);

    expect(flag?.indicator).toBe(RedFlagIndicator.STRUCTURING);
    expect(flag?.explanation).toBe(
      '3 cash deposits of USD 9,200.00 to USD 9,900.00 between 2026-01-02 and 2026-01-05, each just below the USD 10,000.00 reporting threshold; together USD 28,600.00.',
    );
    expect(flag?.transactionIds).toHaveLength(3);
  });

  it('uses the threshold configured for the currency', () => {
    const lowered = redFlagOptions({ USD: 300_000 });
    expect(structuring(PERSONAL, justBelow(), lowered)).toBeNull();
    const small = [2, 3, 4].map((day) => tx({ occurredAt: at(day), channel: TransactionChannel.CASH_DEPOSIT, amountMinor: 290_000, currency: 'USD' }));
    expect(structuring(PERSONAL, small, lowered)?.explanation).toContain('USD 3,000.00 reporting threshold');
  });

  it('does not fire when the deposits are spread over weeks, or in a currency without a threshold', () => {
    const spread = justBelow().map((t, i) => ({ ...t, occurredAt: at(1 + 10 * i) }));
    expect(structuring(PERSONAL, spread, options)).toBeNull();
    expect(structuring(PERSONAL, justBelow().map((t) => ({ ...t, currency: 'JPY' })), options)).toBeNull();
  });
});

describe('CASH_WITHOUT_PAYROLL', () => {
  const cashTakings = () =>
    Array.from({ length: 12 }, (_, i) => tx({ occurredAt: at(1 + 5 * i), channel: TransactionChannel.CASH_DEPOSIT, amountMinor: 150_000, currency: 'EUR' }));

  it('fires on a business account taking cash twelve times in 55 days and paying no wages', () => {
    const flag = cashWithoutPayroll(BUSINESS, cashTakings(), options);

    expect(flag?.indicator).toBe(RedFlagIndicator.CASH_WITHOUT_PAYROLL);
    expect(flag?.explanation).toBe(
      'Business account: 12 cash deposits totalling EUR 18,000.00 between 2026-01-01 and 2026-02-25, and no payroll payment (ISO 20022 purpose SALA, PAYR, BONU) out of the account in that time.',
    );
  });

  it('does not fire when wages are paid, nor on a personal account', () => {
    const withPayroll = [...cashTakings(), tx({ occurredAt: at(28), direction: 'OUT', amountMinor: 900_000, currency: 'EUR', purposeCode: 'SALA', counterparty: 'STAFF' })];
    expect(cashWithoutPayroll(BUSINESS, withPayroll, options)).toBeNull();
    expect(cashWithoutPayroll(PERSONAL, cashTakings(), options)).toBeNull();
  });
});

describe('CLASSIFIED_AD_PAYMENTS', () => {
  it('fires on four card payments to two escort-advertising sites abroad within a month', () => {
    const payments = [3, 9, 16, 24].map((day, i) =>
      tx({
        occurredAt: at(day),
        direction: 'OUT',
        channel: TransactionChannel.CARD,
        amountMinor: 4_900,
        counterparty: i % 2 ? 'SITE-B' : 'SITE-A',
        counterpartyKind: i % 2 ? CounterpartyKind.ESCORT_SERVICE : CounterpartyKind.CLASSIFIED_AD_SITE,
        counterpartyCountry: 'NL',
      }),
    );
    const flag = classifiedAdPayments(PERSONAL, [...ordinaryAccount(), ...payments], options);

    expect(flag?.indicator).toBe(RedFlagIndicator.CLASSIFIED_AD_PAYMENTS);
    expect(flag?.explanation).toBe(
      '4 payments totalling GBP 196.00 to 2 classified-ad or escort-advertising sites (based in NL) between 2026-01-03 and 2026-01-24.',
    );
    expect(flag?.transactionIds).toEqual(payments.map((t) => t.id));
  });

  it('recognises the sites by merchant category 7273 too, and does not fire on two payments', () => {
    const byCategory = [3, 9, 16].map((day) => tx({ occurredAt: at(day), direction: 'OUT', channel: TransactionChannel.CARD, merchantCategoryCode: '7273', counterparty: 'SITE-C' }));
    expect(classifiedAdPayments(PERSONAL, byCategory, options)?.indicator).toBe(RedFlagIndicator.CLASSIFIED_AD_PAYMENTS);
    expect(classifiedAdPayments(PERSONAL, byCategory.slice(0, 2), options)).toBeNull();
  });
});

describe('MANY_UNRELATED_SENDERS', () => {
  const senders = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      tx({ occurredAt: at(2 + 2 * i), channel: TransactionChannel.REMITTANCE, amountMinor: 30_000, counterparty: `SENDER-${i}`, counterpartyKind: CounterpartyKind.INDIVIDUAL }),
    );

  it('fires on seven different people paying in within two weeks, naming how many and how much', () => {
    const flag = manyUnrelatedSenders(PERSONAL, senders(7), options);

    expect(flag?.indicator).toBe(RedFlagIndicator.MANY_UNRELATED_SENDERS);
    expect(flag?.explanation).toBe(
      '7 different senders, none an account of the same holders, paid GBP 2,100.00 into the account in 7 transactions between 2026-01-02 and 2026-01-14.',
    );
  });

  it("does not fire on four senders, nor count the holders' own accounts", () => {
    expect(manyUnrelatedSenders(PERSONAL, senders(4), options)).toBeNull();
    const withOwn = [...senders(4), tx({ occurredAt: at(3), channel: TransactionChannel.INTERNAL, counterparty: 'acct-savings' })];
    expect(manyUnrelatedSenders(PERSONAL, withOwn, options)).toBeNull();
  });
});

describe('indicators and report typologies', () => {
  it('share their values: every red-flag indicator is a report typology', () => {
    expect(Object.values(SuspiciousActivityTypology)).toEqual([...Object.values(RedFlagIndicator), 'OTHER']);
  });
});
