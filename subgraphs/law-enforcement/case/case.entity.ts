import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { HandlingCode } from '../handling-code/handling-code.enum.js';
import { CaseExploitationType } from '../taxonomy/exploitation-type.enum.js';
import { CaseStatus, InformationAccuracy, SourceReliability } from './case.enums.js';

/**
 * A law-enforcement case. Its handling code governs every record on it (person records, journey
 * legs): SIENA codes attach to the information an agency hands over, and an agency codes a case's
 * information as a whole. Indexes are declared in the migrations, where they are created.
 */
@ObjectType({ description: 'A law-enforcement case: an investigation an agency owns, with its grading and handling code.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'law_enforcement_case' })
export class Case {
  @Field(() => ID, { description: 'Opaque id of this case; meaningless outside Beacon.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: "The agency's own case reference (unique within the agency), e.g. HP-2026-0042." })
  @Column({ type: 'text' })
  reference: string;

  @Field(() => CaseStatus, { nullable: true, description: 'Where the case stands.' })
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status' })
  status: CaseStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The country whose law the case is investigated under, ISO 3166-1 alpha-2 (null only on cases recorded before Beacon asked).',
  })
  @Column({ type: 'text', nullable: true })
  jurisdiction: string | null;

  @Field(() => String, { nullable: true, description: 'When the case was opened, ISO 8601 (YYYY-MM-DD).' })
  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Field(() => String, { nullable: true, description: 'When it closed, ISO 8601 (YYYY-MM-DD); null while open or suspended.' })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Field(() => [CaseExploitationType], { nullable: true, description: 'The types of exploitation the case concerns (HTCDS v2).' })
  @Column({ name: 'types_of_exploitation', type: 'enum', enum: CaseExploitationType, enumName: 'exploitation_type', array: true, default: '{}' })
  typesOfExploitation: CaseExploitationType[];

  @Field(() => HandlingCode, { nullable: true, description: "The owning agency's SIENA handling code; it governs every record on the case." })
  @Column({ name: 'handling_code', type: 'enum', enum: HandlingCode, enumName: 'handling_code' })
  handlingCode: HandlingCode;

  @Field(() => SourceReliability, { nullable: true, description: 'Europol 4×4: how reliable the source of the case information is.' })
  @Column({ name: 'source_reliability', type: 'enum', enum: SourceReliability, enumName: 'source_reliability' })
  sourceReliability: SourceReliability;

  @Field(() => InformationAccuracy, { nullable: true, description: 'Europol 4×4: how accurate the case information is.' })
  @Column({ name: 'information_accuracy', type: 'enum', enum: InformationAccuracy, enumName: 'information_accuracy' })
  informationAccuracy: InformationAccuracy;

  @Field(() => String, { name: 'owningAgency', nullable: true, description: 'The agency that owns the case.' })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day after which the case and every record on it are erased (ISO 8601, YYYY-MM-DD).',
  })
  @Column({ name: 'retention_until', type: 'date' })
  retentionUntil: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
