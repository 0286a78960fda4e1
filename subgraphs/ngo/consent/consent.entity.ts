import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SECTORS, type Sector } from '../../../shared/auth/index.js';
import type { ConsentGrant } from '../../../shared/policy/index.js';

/*
 * The same enum, values and description as the linkage subgraph's `Sector`: composition requires
 * an enum used for input anywhere in the supergraph to be identical in every subgraph.
 */
export const SectorEnum = Object.fromEntries(SECTORS.map((sector) => [sector, sector])) as { [S in Sector]: S };
registerEnumType(SectorEnum, { name: 'Sector', description: 'The kind of member institution.' });

/**
 * A survivor's consent to share her non-identifying attributes with one sector for one purpose.
 * Consents are never deleted: withdrawal and expiry end them, and the history stays with her record.
 * Timestamps are exposed as ISO 8601 strings by the resolver.
 */
@ObjectType({ description: "A survivor's consent to share her non-identifying attributes with one sector, for one purpose." })
@Entity({ name: 'consent' })
@Index('consent_survivor', ['survivorId'])
export class Consent implements ConsentGrant {
  @Field(() => ID, { description: 'Opaque id of this consent record.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The survivor who gave the consent.' })
  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  @Field(() => SectorEnum, { description: 'The sector she agreed to share with.' })
  @Column({ type: 'text' })
  sector: Sector;

  @Field(() => String, { description: 'The declared purpose (`x-beacon-purpose`) the consent covers.' })
  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { description: 'The caseworker (token `sub`) who recorded the consent.' })
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  /** The NGO that holds the consent: the survivor's owner, copied so field rules can check it. */
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;
}
