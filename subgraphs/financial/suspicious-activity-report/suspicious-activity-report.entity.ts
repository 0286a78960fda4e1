import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SuspiciousActivityReportStatus, SuspiciousActivityTypology } from './suspicious-activity-report.enums.js';

/**
 * A suspicious-activity report a financial institution filed on one of its customers. Its very
 * existence is the secret (tipping-off): see `suspicious-activity-report.access.ts`. `filedAt`
 * and `subject` are resolved in `SuspiciousActivityReportResolver`.
 */
@ObjectType({
  description:
    'A suspicious-activity report filed by a financial institution. Only the filing institution and law-enforcement investigators learn that one exists.',
})
@Directive('@key(fields: "id")')
@Entity({ name: 'suspicious_activity_report' })
@Index('suspicious_activity_report_owner_reference', ['ownerOrg', 'reference'], { unique: true })
@Index('suspicious_activity_report_owner_id', ['ownerOrg', 'id'], { unique: true })
@Index('suspicious_activity_report_holder_owner_filed', ['accountHolderId', 'ownerOrg', 'filedAt'])
export class SuspiciousActivityReport {
  @Field(() => ID, { description: 'Opaque id of this report; meaningless outside Beacon.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: "The filing institution's own number for this report." })
  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'account_holder_id', type: 'uuid' })
  accountHolderId: string;

  @Column({ name: 'filed_at', type: 'timestamptz' })
  filedAt: Date;

  @Field(() => SuspiciousActivityTypology, { nullable: true, description: 'The kind of suspicious activity reported.' })
  @Column({ type: 'enum', enum: SuspiciousActivityTypology, enumName: 'suspicious_activity_typology' })
  typology: SuspiciousActivityTypology;

  @Field(() => String, { nullable: true, description: 'What the institution saw, in its own words.' })
  @Column({ type: 'text' })
  narrative: string;

  @Field(() => SuspiciousActivityReportStatus, { nullable: true, description: 'Where the report stands.' })
  @Column({ type: 'enum', enum: SuspiciousActivityReportStatus, enumName: 'suspicious_activity_report_status' })
  status: SuspiciousActivityReportStatus;

  @Field(() => String, { name: 'filingInstitution', nullable: true, description: 'The institution that filed it.' })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  /** Five years from filing (31 CFR 1020.320(d); FATF R.11), then purged by the retention run. */
  @Column({ name: 'retention_until', type: 'date', nullable: true })
  retentionUntil: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
