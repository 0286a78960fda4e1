import { join } from 'node:path';
import type { Group, Member } from './population.js';
import { CsvFile } from './writers.js';

export const PEOPLE_COLUMNS = ['personId', 'role', 'networkId', 'origin', 'sectors'] as const;
export const RECORD_COLUMNS = ['sector', 'recordType', 'sourceRecordId', 'personId', 'role', 'networkId'] as const;
export const RED_FLAG_COLUMNS = ['accountSourceRecordId', 'indicator', 'personId', 'networkId', 'transactionSourceRecordIds'] as const;

/** The sector subgraph a record goes to, by its name in the registry. */
export type SectorName = 'law-enforcement' | 'ngo' | 'financial';

/** A red-flag typology planted on an account: the indicator the financial rules must raise. */
export type PlantedIndicator = 'FUNNEL_ACCOUNT' | 'STRUCTURING' | 'CASH_WITHOUT_PAYROLL' | 'CLASSIFIED_AD_PAYMENTS' | 'MANY_UNRELATED_SENDERS';

/**
 * What the data really is, kept beside the import files and never in them: who each record is,
 * and which accounts carry which planted pattern. Linkage and red-flag detection are measured
 * against it.
 */
export class GroundTruth {
  private constructor(
    private readonly people: CsvFile<(typeof PEOPLE_COLUMNS)[number]>,
    private readonly records: CsvFile<(typeof RECORD_COLUMNS)[number]>,
    private readonly redFlags: CsvFile<(typeof RED_FLAG_COLUMNS)[number]>,
  ) {}

  static async open(folder: string): Promise<GroundTruth> {
    return new GroundTruth(
      await CsvFile.open(join(folder, 'people.csv'), PEOPLE_COLUMNS),
      await CsvFile.open(join(folder, 'records.csv'), RECORD_COLUMNS),
      await CsvFile.open(join(folder, 'red-flags.csv'), RED_FLAG_COLUMNS),
    );
  }

  person(member: Member, networkId: string | undefined): void {
    const sectors = (['LE', 'NGO', 'FIN'] as const).filter((sector) => member.sectors.has(sector));
    this.people.write({ personId: member.identity.personId, role: member.role, networkId, origin: member.identity.origin.country, sectors: sectors.join('+') });
  }

  record(sector: SectorName, recordType: string, sourceRecordId: string, member: Member, networkId: string | undefined): void {
    this.records.write({ sector, recordType, sourceRecordId, personId: member.identity.personId, role: member.role, networkId });
  }

  redFlag(accountSourceRecordId: string, indicator: PlantedIndicator, member: Member, networkId: string | undefined, transactions: readonly string[]): void {
    this.redFlags.write({ accountSourceRecordId, indicator, personId: member.identity.personId, networkId, transactionSourceRecordIds: transactions.join(';') });
  }

  /** Every person of a group, whichever sectors they reach. */
  group(group: Group): void {
    if (group.kind === 'single') this.person(group.member, undefined);
    else for (const member of [group.network.recruiter, ...group.network.victims]) this.person(member, group.network.networkId);
  }

  get counts(): { people: number; records: number; redFlags: number } {
    return { people: this.people.rows, records: this.records.rows, redFlags: this.redFlags.rows };
  }

  async drain(): Promise<void> {
    await Promise.all([this.people.drain(), this.records.drain(), this.redFlags.drain()]);
  }

  async close(): Promise<void> {
    await Promise.all([this.people.close(), this.records.close(), this.redFlags.close()]);
  }
}
