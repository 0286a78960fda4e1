import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { AccountHolder } from './account-holder.entity.js';
import type { AccountHolderService } from './account-holder.service.js';

/** `_entities` for `AccountHolder`, batched per request (and so per caller, whose sector scopes it). */
export function accountHolderReference(service: AccountHolderService) {
  return (reference: { id: string }, context: RequestContext): Promise<AccountHolder | null> =>
    context.loaders
      .get<string, AccountHolder | null>('AccountHolder.byId', (ids) => service.loadByIds(context.principal, ids))
      .load(reference.id);
}
