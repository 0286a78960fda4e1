import type { EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { changedContent, RefusedRows, upsertBySourceId, type UpsertCounts } from '../../../shared/import/index.js';
import { JourneyLeg } from '../journey/journey-leg.entity.js';
import type { ValidJourneyLeg } from '../journey/journey-leg.validation.js';
import { assertInvestigatingAgency } from '../validation/access.js';

/** One validated import row: a leg, and its case and traveller by the agency's own ids. */
export interface ImportedJourneyLeg {
  readonly rowNumber: number;
  readonly sourceRecordId: string;
  /** The agency's case reference (the case's id in its case-management system). */
  readonly caseReference: string;
  /** The source id of a person record on that case who travelled the leg, when the row names one. */
  readonly travellerSourceRecordId: string | null;
  readonly leg: ValidJourneyLeg;
}

/** What a row sets: the leg's content and where it hangs (case, traveller). */
const CONTENT = ['caseId', 'personRecordId', 'fromCode', 'toCode', 'travelledOn', 'mode', 'borderCrossing', 'crossingPoint'] as const;
type LegColumns = Pick<JourneyLeg, (typeof CONTENT)[number]>;

/**
 * Writes a batch of imported journey legs inside the import's transaction, set-based: one query
 * each for the cases, the travellers and the legs already imported, one INSERT for the new legs
 * and one UPDATE for the changed, whatever the batch's size. A leg names its case and traveller
 * by the agency's ids; a row naming a case (or a traveller on it) the agency does not have is
 * refused before anything is written (`RowsRefused`), as `record` refuses one. Legs are not published to
 * linkage (they carry no identifiers), so there is nothing to queue.
 */
export async function writeJourneyLegs(manager: EntityManager, principal: Principal, records: readonly ImportedJourneyLeg[]): Promise<UpsertCounts> {
  assertInvestigatingAgency(principal);
  if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const columnsOf = await resolveReferences(manager, principal, records);
  return upsertBySourceId(manager, records, {
    entity: JourneyLeg,
    ownerOrg: principal.org,
    newRow: columnsOf,
    changes: (stored) => changedContent(stored, CONTENT, columnsOf),
    updated: CONTENT,
  });
}

/**
 * The batch's cases (by reference) and travellers (by source id) among the agency's own records;
 * throws naming every row whose case or traveller is not found, or whose traveller is on
 * another case. Returns each record's columns.
 */
async function resolveReferences(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedJourneyLeg[],
): Promise<(record: ImportedJourneyLeg) => LegColumns> {
  const references = [...new Set(records.map((record) => record.caseReference))];
  const cases: Array<{ id: string; reference: string }> = await manager.query(
    'SELECT id, reference FROM law_enforcement_case WHERE owner_org = $1 AND reference = ANY($2::text[])',
    [principal.org, references],
  );
  const caseIdOf = new Map(cases.map((row) => [row.reference, row.id]));
  const travellerIds = [...new Set(records.flatMap((record) => (record.travellerSourceRecordId ? [record.travellerSourceRecordId] : [])))];
  const travellers: Array<{ id: string; source_record_id: string; case_id: string }> = travellerIds.length
    ? await manager.query('SELECT id, source_record_id, case_id FROM person_record WHERE owner_org = $1 AND source_record_id = ANY($2::text[])', [
        principal.org,
        travellerIds,
      ])
    : [];
  const travellerOf = new Map(travellers.map((row) => [row.source_record_id, row]));

  const problems = new RefusedRows();
  for (const record of records) {
    const about = { rowNumber: record.rowNumber, sourceRecordId: record.sourceRecordId };
    const caseId = caseIdOf.get(record.caseReference);
    if (!caseId) problems.add({ ...about, column: 'case_reference', reason: 'no case of your agency has this reference' });
    if (!record.travellerSourceRecordId) continue;
    const traveller = travellerOf.get(record.travellerSourceRecordId);
    if (!traveller) problems.add({ ...about, column: 'traveller_source_record_id', reason: 'not a person record of your agency' });
    else if (caseId && traveller.case_id !== caseId) problems.add({ ...about, column: 'traveller_source_record_id', reason: 'not a person recorded on this case' });
  }
  problems.throwIfAny();
  return (record) => ({
    ...record.leg,
    caseId: caseIdOf.get(record.caseReference) as string,
    personRecordId: record.travellerSourceRecordId ? (travellerOf.get(record.travellerSourceRecordId)?.id ?? null) : null,
  });
}
