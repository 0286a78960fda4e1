import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TraffickingEventStage } from '../htcds/htcds-enums.js';

/**
 * One leg of a survivor's route (HTCDS "Historic Trafficking Events"): where and when she was
 * recruited, moved through, or exploited. No description field: HTCDS `hte_Description` is free
 * text, which would carry names and addresses past every rule here.
 */
@ObjectType({ description: "A historic trafficking event (HTCDS `hte_*`): one leg of a survivor's route — recruitment, transit or exploitation." })
@Directive('@key(fields: "id")')
@Entity({ name: 'trafficking_event' })
export class HistoricTraffickingEvent {
  @Field(() => ID, { description: 'Opaque id of this event.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  /** The survivor's owning NGO, copied so the field rules can check it without a join. */
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Field(() => TraffickingEventStage, { nullable: true, description: 'Recruitment, transit or exploitation (HTCDS `hte_Type`).' })
  @Column({ type: 'text' })
  stage: TraffickingEventStage;

  @Column({ name: 'place_code', type: 'text' })
  placeCode: string;

  @Field(() => String, { nullable: true, description: 'The day it happened, ISO 8601 (HTCDS `hte_Date`); null when only a period is known.' })
  @Column({ name: 'occurred_on', type: 'date', nullable: true })
  occurredOn: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the period it lasted, ISO 8601, when no single day is known.' })
  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the period it lasted, ISO 8601.' })
  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd: string | null;

  /** `occurredOn`, else the period's start or end, else `infinity`: the chronological keyset. */
  @Column({ name: 'sorted_on', type: 'date', insert: false, update: false })
  sortedOn: string;

  /** The source system's id of an imported event (unique per NGO); null for events recorded through the API. */
  @Column({ name: 'source_record_id', type: 'text', nullable: true })
  sourceRecordId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
