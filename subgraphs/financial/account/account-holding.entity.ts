import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Who holds which account: joint accounts have several holders, customers several accounts. */
@Entity({ name: 'account_holding' })
@Index('account_holding_holder', ['accountHolderId', 'accountId'])
export class AccountHolding {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @PrimaryColumn({ name: 'account_holder_id', type: 'uuid' })
  accountHolderId: string;
}
