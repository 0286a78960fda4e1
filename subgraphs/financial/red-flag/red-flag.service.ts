import type { Account } from '../account/account.entity.js';
import type { AccountService } from '../account/account.service.js';
import type { Transaction } from '../transaction/transaction.entity.js';
import type { TransactionService } from '../transaction/transaction.service.js';
import type { RedFlagOptions } from './red-flag.options.js';
import { computeRedFlags, type FlowTransaction } from './red-flag.rules.js';
import { RedFlag } from './red-flag.type.js';

/** Runs the red-flag rules over accounts' recent transactions, on read. */
export class RedFlagService {
  constructor(
    private readonly accounts: AccountService,
    private readonly transactions: TransactionService,
    private readonly options: RedFlagOptions,
  ) {}

  async forAccounts(accounts: readonly Account[]): Promise<RedFlag[][]> {
    const recent = await this.transactions.recentForAccounts(accounts.map((account) => account.id));
    return Promise.all(
      accounts.map(async (account, i) => {
        const relatedAccountIds = await this.accounts.relatedAccountIds(account.id);
        const flows = (recent[i] ?? []).map((transaction) => asFlow(account.id, transaction));
        return computeRedFlags({ id: account.id, type: account.type, relatedAccountIds }, flows, this.options).map((finding) =>
          Object.assign(new RedFlag(), { ...finding, transactionIds: [...finding.transactionIds], accountId: account.id, ownerOrg: account.ownerOrg }),
        );
      }),
    );
  }
}

/** A stored transaction as seen from one of its accounts. */
export function asFlow(accountId: string, transaction: Transaction): FlowTransaction {
  const incoming = transaction.toAccountId === accountId;
  const otherAccount = incoming ? transaction.fromAccountId : transaction.toAccountId;
  return {
    id: transaction.id,
    occurredAt: transaction.occurredAt,
    amountMinor: transaction.amountMinor,
    currency: transaction.currency,
    channel: transaction.channel,
    direction: incoming ? 'IN' : 'OUT',
    counterparty: otherAccount ?? transaction.counterpartyReference,
    counterpartyKind: transaction.counterpartyKind,
    counterpartyCountry: transaction.counterpartyCountry,
    place: transaction.branchReference ?? transaction.locationCode,
    placeLabel: transaction.branchReference
      ? `${transaction.branchReference}${transaction.locationCode ? ` (${transaction.locationCode})` : ''}`
      : transaction.locationCode,
    purposeCode: transaction.purposeCode,
    merchantCategoryCode: transaction.merchantCategoryCode,
  };
}
