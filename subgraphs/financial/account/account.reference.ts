import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { Account } from './account.entity.js';
import type { AccountService } from './account.service.js';

/** `_entities` for `Account`, batched per request (and so per caller, whose sector scopes it). */
export function accountReference(service: AccountService) {
  return (reference: { id: string }, context: RequestContext): Promise<Account | null> =>
    context.loaders.get<string, Account | null>('Account.byId', (ids) => service.loadByIds(context.principal, ids)).load(reference.id);
}
