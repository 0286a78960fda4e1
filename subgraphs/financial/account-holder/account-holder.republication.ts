import type { EntityManager } from 'typeorm';
import type { RepublicationSource } from '../../../shared/linkage-outbox/index.js';
import { AccountHolder } from './account-holder.entity.js';
import type { AccountHolderService } from './account-holder.service.js';

/**
 * Every account holder, for `beacon republish financial`: locked a page at a time, then
 * re-published by `republishIn` (holdings and transaction pairs included), the path every
 * change of a customer's holdings takes.
 */
export function accountHolderRepublication(accountHolders: AccountHolderService): RepublicationSource {
  return {
    records: 'account holders',
    count: async (manager) => manager.getRepository(AccountHolder).count(),
    async republishAfter(manager: EntityManager, after: string | null, limit: number) {
      const rows: Array<{ id: string }> = await manager.query(
        `SELECT id::text AS id FROM account_holder WHERE $1::uuid IS NULL OR id > $1::uuid ORDER BY id LIMIT $2 FOR SHARE`,
        [after, limit],
      );
      const ids = rows.map((row) => row.id);
      await accountHolders.republishIn(manager, ids);
      return { republished: ids.length, last: ids.at(-1) ?? null };
    },
  };
}
