import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationType, ReferralReason, SupportType } from '../htcds/htcds-enums.js';

/** Where a referral stands. HTCDS records referrals as dates and details only; this is Beacon's own. */
export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'Where a referral stands.',
  valuesConfig: {
    PENDING: { description: 'Made; the receiving organisation has not answered yet.' },
    ACCEPTED: { description: 'The receiving organisation took the case on.' },
    DECLINED: { description: 'The receiving organisation could not take the case on.' },
    COMPLETED: { description: 'The referred service was delivered.' },
  },
});

/**
 * An outgoing referral (HTCDS `cas_ReferredOrganisation`, `cas_OutgoingReferralDate`,
 * `cas_ReasonForOutgoingReferral`): to whom, for which support, when, and where it stands.
 * No details field: HTCDS `cas_OutgoingReferralDetails` is free text.
 */
@ObjectType({ description: 'A referral of a survivor to another organisation for a kind of support (HTCDS outgoing referral).' })
@Entity({ name: 'referral' })
export class Referral {
  @Field(() => ID, { description: 'Opaque id of this referral.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  /** The survivor's owning NGO, copied so the field rules can check it without a join. */
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Field(() => String, { nullable: true, description: 'The organisation referred to (HTCDS `cas_ReferredOrganisation`).' })
  @Column({ name: 'organisation_name', type: 'text' })
  organisationName: string;

  @Field(() => OrganisationType, { nullable: true, description: 'What kind of organisation, and so which sector, it is (HTCDS `org_Type`).' })
  @Column({ name: 'organisation_type', type: 'text' })
  organisationType: OrganisationType;

  @Field(() => SupportType, { nullable: true, description: 'The support she is referred for (HTCDS support plan `spl_Type`).' })
  @Column({ name: 'support_type', type: 'text' })
  supportType: SupportType;

  @Field(() => ReferralReason, { nullable: true, description: 'Why (HTCDS `cas_ReasonForOutgoingReferral`).' })
  @Column({ type: 'text', nullable: true })
  reason: ReferralReason | null;

  @Field(() => String, { nullable: true, description: 'When the referral was made, ISO 8601 (HTCDS `cas_OutgoingReferralDate`).' })
  @Column({ name: 'referred_on', type: 'date' })
  referredOn: string;

  @Field(() => ReferralStatus, { nullable: true, description: 'Where the referral stands.' })
  @Column({ type: 'text' })
  status: ReferralStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
