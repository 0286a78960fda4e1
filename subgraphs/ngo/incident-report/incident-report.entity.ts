import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TypeOfExploitation } from '../htcds/htcds-enums.js';

export enum IncidentSource {
  HOTLINE = 'HOTLINE',
  OPEN_SOURCE = 'OPEN_SOURCE',
  PARTNER = 'PARTNER',
}
registerEnumType(IncidentSource, {
  name: 'IncidentSource',
  description: 'Where an incident report came from.',
  valuesConfig: {
    HOTLINE: { description: "A call or message to the NGO's hotline." },
    OPEN_SOURCE: { description: 'Published material: news, classified ads, social media.' },
    PARTNER: { description: 'Another organisation passed it on.' },
  },
});

/**
 * The reliability of the source, on the grading law-enforcement partners already use (Europol's
 * 4x4 source evaluation), so that an investigator reads an NGO report's grade as their own.
 */
export enum IncidentReliability {
  A = 'A',
  B = 'B',
  C = 'C',
  X = 'X',
}
registerEnumType(IncidentReliability, {
  name: 'IncidentReliability',
  description: "The reliability of an incident report's source, graded as Europol's 4x4 source evaluation grades it.",
  valuesConfig: {
    A: { description: 'No doubt about the authenticity, trustworthiness and competence of the source, or it has proved reliable in all instances.' },
    B: { description: 'The source has in most instances proved to be reliable.' },
    C: { description: 'The source has in most instances proved to be unreliable.' },
    X: { description: 'The reliability of the source cannot be assessed.' },
  },
});

/**
 * A non-personal report of suspected trafficking: a hotline call or an open-source find, reduced
 * to place, day, type of exploitation, source and its grade. It holds no person's name, contact,
 * description or free text by construction (there is no column for one), which is why every
 * member declaring `analysis` may read it (policy.ts).
 */
@ObjectType({ description: 'A non-personal incident report (hotline or open source): where, when, which exploitation, and how reliable.' })
@Entity({ name: 'incident_report' })
export class IncidentReport {
  @Field(() => ID, { description: 'Opaque id of this report.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { name: 'reportingOrganisation', nullable: true, description: 'The NGO that recorded the report.' })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Column({ name: 'source_record_id', type: 'text', nullable: true })
  sourceRecordId: string | null;

  @Column({ name: 'place_code', type: 'text' })
  placeCode: string;

  @Field(() => String, { nullable: true, description: 'The day it happened or was seen, ISO 8601.' })
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Field(() => TypeOfExploitation, { nullable: true, description: 'The suspected type of exploitation (HTCDS `vic_TypeOfExploitation`).' })
  @Column({ name: 'type_of_exploitation', type: 'text' })
  typeOfExploitation: TypeOfExploitation;

  @Field(() => IncidentSource, { nullable: true, description: 'Where the report came from.' })
  @Column({ type: 'text' })
  source: IncidentSource;

  @Field(() => IncidentReliability, { nullable: true, description: 'How reliable its source is (A, B, C or X).' })
  @Column({ type: 'text' })
  reliability: IncidentReliability;

  @Field(() => String, { nullable: true, description: 'The day after which Beacon deletes this report (ISO 8601 date).' })
  @Column({ name: 'retention_until', type: 'date' })
  retentionUntil: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
