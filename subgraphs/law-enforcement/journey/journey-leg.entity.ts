import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Case } from '../case/case.entity.js';
import type { HandlingCode } from '../handling-code/handling-code.enum.js';
import { PersonRecord } from '../person-record/person-record.entity.js';

export enum JourneyLegMode {
  ROAD = 'ROAD',
  RAIL = 'RAIL',
  AIR = 'AIR',
  SEA = 'SEA',
  FOOT = 'FOOT',
  OTHER = 'OTHER',
}
registerEnumType(JourneyLegMode, {
  name: 'JourneyLegMode',
  description: 'How a journey leg was travelled.',
  valuesConfig: {
    ROAD: { description: 'By car, bus, lorry or other road vehicle.' },
    RAIL: { description: 'By train.' },
    AIR: { description: 'By plane.' },
    SEA: { description: 'By ship or boat, including ferries and small craft.' },
    FOOT: { description: 'On foot, e.g. across a land border.' },
    OTHER: { description: 'Another way, or not recorded.' },
  },
});

/**
 * One edge of a route: from a place to a place, on a case and usually for one person on it (HTCDS's
 * transit event). Places are `Location` codes. Like a person record, it answers to its case's
 * handling code; indexes are in the migrations.
 */
@ObjectType({ description: 'One leg of a journey on a case: from one place to another, on a date, by some means.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'journey_leg' })
export class JourneyLeg {
  @Field(() => ID, { description: 'Opaque id of this journey leg.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Field(() => Case, { name: 'case', nullable: true, description: 'The case the leg was recorded on.' })
  @ManyToOne(() => Case, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'case_id' })
  case: Case;

  @Column({ name: 'person_record_id', type: 'uuid', nullable: true })
  personRecordId: string | null;

  @Field(() => PersonRecord, { nullable: true, description: 'The person who travelled it, when recorded for one.' })
  @ManyToOne(() => PersonRecord, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'person_record_id' })
  personRecord: PersonRecord | null;

  @Column({ name: 'from_code', type: 'text' })
  fromCode: string;

  @Column({ name: 'to_code', type: 'text' })
  toCode: string;

  @Field(() => String, { name: 'date', nullable: true, description: 'When the leg was travelled (its start), ISO 8601 YYYY-MM-DD; null when unknown.' })
  @Column({ name: 'travelled_on', type: 'date', nullable: true })
  travelledOn: string | null;

  @Field(() => JourneyLegMode, { nullable: true, description: 'How it was travelled.' })
  @Column({ type: 'enum', enum: JourneyLegMode, enumName: 'journey_leg_mode' })
  mode: JourneyLegMode;

  @Field(() => Boolean, { nullable: true, description: 'Whether the leg crossed an international border.' })
  @Column({ name: 'border_crossing', type: 'boolean' })
  borderCrossing: boolean;

  @Field(() => String, { nullable: true, description: 'Where the border was crossed (a Location code or the crossing point as recorded), when known.' })
  @Column({ name: 'crossing_point', type: 'text', nullable: true })
  crossingPoint: string | null;

  /** The source system's id of an imported leg (unique per agency); null for legs recorded through the API. */
  @Column({ name: 'source_record_id', type: 'text', nullable: true })
  sourceRecordId: string | null;

  @Field(() => String, { name: 'owningAgency', nullable: true, description: 'The agency that owns this leg.' })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** Its case's code, for `handlingCodeAllows`; not a field of its own. */
  get handlingCode(): HandlingCode | undefined {
    return this.case?.handlingCode;
  }
}
