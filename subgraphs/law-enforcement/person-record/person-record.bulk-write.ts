import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { sameJson, sentToPostgres, storedBySourceIds } from '../../../shared/import/index.js';
import type { LinkageMaterial } from '../../../shared/linkage/index.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import type { ValidCase } from '../case/case.validation.js';
import { PersonRecord } from './person-record.entity.js';
import { personRecordLinkage, publishPersonRecord, samePublishedMaterial } from './person-record.publication.js';
import type { ValidPersonRecord } from './person-record.validation.js';

/** One validated import row: a person record, and the case (by the agency's reference) it is on. */
export interface ImportedPersonRecord {
  readonly sourceRecordId: string;
  readonly caseReference: string;
  /** The case as the row describes it; used only when the agency has no case of that reference yet. */
  readonly onCase: ValidCase;
  readonly person: ValidPersonRecord;
}

export interface BulkWriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes a batch of imported person records inside the caller's transaction, set-based: one
 * query finds the batch's cases, one inserts the missing ones, one finds the records already
 * imported, one inserts the new, one updates the changed, and one writes their publications,
 * whatever the batch's size. The semantics are `insertValid`'s and `applyValid`'s row by row:
 * the first row of an unknown case opens it (later rows leave a case as it is), a known source id
 * is updated when its content or case differs and re-published when the hub would see a change,
 * and left alone otherwise. Source ids are unique within a batch (the import engine sees to it).
 */
export async function writePersonRecords(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedPersonRecord[],
  deps: { readonly publisher: LinkagePublisher; readonly linkageSecret: string },
): Promise<BulkWriteCounts> {
  const counts: BulkWriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (records.length === 0) return counts;
  const caseIds = await caseIdsOf(manager, principal, records);
  const caseIdOf = (record: ImportedPersonRecord) => caseIds.get(record.caseReference) as string;

  await deps.publisher.enqueueGathered(manager, async () => {
    let pending = records;
    // Twice at most: rows another transaction inserted between our lookup and our INSERT are
    // skipped by ON CONFLICT and compared as existing records on the second pass.
    for (let pass = 0; pending.length > 0 && pass < 2; pass += 1) {
      const existing = await existingBySource(manager, principal, pending);
      const fresh = pending.filter((record) => !existing.has(record.sourceRecordId));
      const changed: Array<{ current: PersonRecord; record: ImportedPersonRecord }> = [];
      for (const record of pending) {
        const current = existing.get(record.sourceRecordId);
        if (!current) continue;
        if (sameContent(current, record.person, caseIdOf(record))) counts.unchanged += 1;
        else changed.push({ current, record });
      }

      // Ids are chosen here so that the linkage material (the dearest step in Node) is derived
      // while Postgres runs the INSERT, rather than after it.
      const ids = new Map(fresh.map((record) => [record.sourceRecordId, randomUUID()]));
      const inserting = insertNew(manager, principal, fresh, ids, caseIdOf);
      inserting.catch(() => undefined); // observed now, rethrown where awaited below
      await sentToPostgres();
      const materials = fresh.map((record) => personRecordLinkage({ ...record.person, caseId: caseIdOf(record) }, deps.linkageSecret));
      const inserted = await inserting;
      for (const [i, record] of fresh.entries()) {
        if (!inserted.has(record.sourceRecordId)) continue;
        const id = ids.get(record.sourceRecordId) as string;
        await publishPersonRecord(manager, deps.publisher, { id, category: record.person.category }, materials[i] as LinkageMaterial);
      }
      counts.inserted += inserted.size;

      await updateChanged(manager, changed, caseIdOf);
      for (const { current, record } of changed) {
        const before = personRecordLinkage(current, deps.linkageSecret);
        const after = personRecordLinkage({ ...record.person, caseId: caseIdOf(record) }, deps.linkageSecret);
        // Re-published only when the hub would see a change: its category or anything keyed.
        if (current.category !== record.person.category || !samePublishedMaterial(before, after)) {
          await publishPersonRecord(manager, deps.publisher, { id: current.id, category: record.person.category }, after);
        }
      }
      counts.updated += changed.length;
      pending = fresh.filter((record) => !inserted.has(record.sourceRecordId));
    }
    if (pending.length > 0) throw new Error(`${pending.length} source ids were neither inserted nor found (concurrent imports?)`);
  });
  return counts;
}

/** The agency's cases the batch names, opening the missing ones from the first row naming each. */
async function caseIdsOf(manager: EntityManager, principal: Principal, records: readonly ImportedPersonRecord[]): Promise<Map<string, string>> {
  const firstRowOf = new Map<string, ValidCase>();
  for (const record of records) if (!firstRowOf.has(record.caseReference)) firstRowOf.set(record.caseReference, record.onCase);
  const references = [...firstRowOf.keys()];
  const select = async (wanted: readonly string[]) =>
    (await manager.query('SELECT id, reference FROM law_enforcement_case WHERE owner_org = $1 AND reference = ANY($2::text[])', [
      principal.org,
      wanted,
    ])) as Array<{ id: string; reference: string }>;
  const ids = new Map((await select(references)).map((row) => [row.reference, row.id]));
  const missing = references.filter((reference) => !ids.has(reference));
  if (missing.length > 0) {
    const rows = missing.map((reference) => {
      const onCase = firstRowOf.get(reference) as ValidCase;
      return {
        reference: onCase.reference,
        status: onCase.status,
        jurisdiction: onCase.jurisdiction,
        opened_on: onCase.openedOn,
        closed_on: onCase.closedOn,
        types_of_exploitation: onCase.typesOfExploitation,
        handling_code: onCase.handlingCode,
        source_reliability: onCase.sourceReliability,
        information_accuracy: onCase.informationAccuracy,
        retention_until: onCase.retentionUntil,
        owner_org: principal.org,
      };
    });
    const opened: Array<{ id: string; reference: string }> = await manager.query(
      `INSERT INTO law_enforcement_case (reference, status, jurisdiction, opened_on, closed_on, types_of_exploitation, handling_code,
         source_reliability, information_accuracy, retention_until, owner_org)
       SELECT reference, status, jurisdiction, opened_on, closed_on, types_of_exploitation, handling_code,
         source_reliability, information_accuracy, retention_until, owner_org
       FROM jsonb_populate_recordset(NULL::law_enforcement_case, $1::jsonb)
       ON CONFLICT (owner_org, reference) DO NOTHING
       RETURNING id, reference`,
      [JSON.stringify(rows)],
    );
    for (const row of opened) ids.set(row.reference, row.id);
    // Opened meanwhile by another transaction: ON CONFLICT waited for it, so it is visible now.
    const raced = missing.filter((reference) => !ids.has(reference));
    if (raced.length > 0) for (const row of await select(raced)) ids.set(row.reference, row.id);
  }
  return ids;
}

async function existingBySource(manager: EntityManager, principal: Principal, records: readonly ImportedPersonRecord[]): Promise<Map<string, PersonRecord>> {
  const found = await storedBySourceIds(manager, PersonRecord, principal.org, records.map((record) => record.sourceRecordId), (taken) =>
    manager.getRepository(PersonRecord).findBy({ ownerOrg: principal.org, sourceRecordId: In(taken) }),
  );
  return new Map(found.map((record) => [record.sourceRecordId as string, record]));
}

/** The record's columns as `jsonb_populate_recordset` reads them (JSON arrays become Postgres arrays). */
function contentColumns(person: ValidPersonRecord, caseId: string) {
  return {
    case_id: caseId,
    category: person.category,
    perpetrator_roles: person.perpetratorRoles,
    names: person.names,
    date_of_birth: person.dateOfBirth,
    nationalities: person.nationalities,
    documents: person.documents,
    phones: person.phones,
    emails: person.emails,
    addresses: person.addresses,
  };
}

const CONTENT_COLUMNS = 'case_id, category, perpetrator_roles, names, date_of_birth, nationalities, documents, phones, emails, addresses';

/** Inserts the new records with the ids given; resolves to the source ids inserted (not skipped as taken). */
async function insertNew(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedPersonRecord[],
  ids: ReadonlyMap<string, string>,
  caseIdOf: (record: ImportedPersonRecord) => string,
): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const rows = records.map((record) => ({
    id: ids.get(record.sourceRecordId),
    ...contentColumns(record.person, caseIdOf(record)),
    owner_org: principal.org,
    source_record_id: record.sourceRecordId,
  }));
  const inserted: Array<{ source_record_id: string }> = await manager.query(
    `INSERT INTO person_record (id, ${CONTENT_COLUMNS}, owner_org, source_record_id)
     SELECT id, ${CONTENT_COLUMNS}, owner_org, source_record_id FROM jsonb_populate_recordset(NULL::person_record, $1::jsonb)
     ON CONFLICT (owner_org, source_record_id) DO NOTHING
     RETURNING source_record_id`,
    [JSON.stringify(rows)],
  );
  return new Set(inserted.map((row) => row.source_record_id));
}

async function updateChanged(
  manager: EntityManager,
  changed: ReadonlyArray<{ current: PersonRecord; record: ImportedPersonRecord }>,
  caseIdOf: (record: ImportedPersonRecord) => string,
): Promise<void> {
  if (changed.length === 0) return;
  const rows = changed.map(({ current, record }) => ({ id: current.id, ...contentColumns(record.person, caseIdOf(record)) }));
  const assignments = CONTENT_COLUMNS.split(', ').map((column) => `${column} = u.${column}`).join(', ');
  await manager.query(
    `UPDATE person_record p SET ${assignments}, updated_at = now()
     FROM jsonb_populate_recordset(NULL::person_record, $1::jsonb) u WHERE p.id = u.id`,
    [JSON.stringify(rows)],
  );
}

const CONTENT: ReadonlyArray<keyof Omit<ValidPersonRecord, 'keys'>> = [
  'category', 'perpetratorRoles', 'names', 'dateOfBirth', 'nationalities', 'documents', 'phones', 'emails', 'addresses',
];

function sameContent(stored: PersonRecord, incoming: ValidPersonRecord, caseId: string): boolean {
  return stored.caseId === caseId && CONTENT.every((field) => sameJson(stored[field], incoming[field]));
}
