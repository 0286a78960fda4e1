import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { Transaction } from './transaction.entity.js';
import type { TransactionService } from './transaction.service.js';

/** `_entities` for `Transaction`, batched per request. */
export function transactionReference(service: TransactionService) {
  return (reference: { id: string }, context: RequestContext): Promise<Transaction | null> =>
    context.loaders
      .get<string, Transaction | null>('Transaction.byId', (ids) => service.loadByIds(context.principal, ids))
      .load(reference.id);
}
