import type { EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { isBeaconError } from '../../../shared/errors/index.js';
import type { ImportTarget, RowProblem, RowResult } from '../../../shared/import/index.js';
import { validateCase, type ValidCase } from '../case/case.validation.js';
import type { PersonRecordService } from '../person-record/person-record.service.js';
import { TOO_MANY_NAMES, type PersonRecordFields, type ValidPersonRecord } from '../person-record/person-record.validation.js';
import { InputProblems, isoDay, type InvalidField } from '../validation/invalid-fields.js';

/** One parsed, validated row: a person record and the case it is on. */
export interface PersonRecordRow {
  readonly sourceRecordId: string;
  readonly caseReference: string;
  readonly onCase: ValidCase;
  readonly person: ValidPersonRecord;
}

/**
 * Source columns. A row carries its case's header (as case-management exports do), so that the
 * first row of a case opens it; later rows of an existing case leave the case as it is.
 * Lists are `;`-separated; an alias is `given|family`; one document per row
 * (`document_type`, `document_issuing_country`, `document_number`); one address per row.
 */
export const PERSON_RECORD_COLUMNS = Object.freeze({
  required: [
    'source_record_id', 'case_reference', 'case_jurisdiction', 'case_opened_on', 'case_handling_code',
    'case_source_reliability', 'case_information_accuracy', 'case_retention_until', 'category',
  ],
  optional: [
    'case_status', 'case_closed_on', 'case_types_of_exploitation', 'perpetrator_roles', 'given_name', 'family_name',
    'aliases', 'date_of_birth', 'nationalities', 'phones', 'emails', 'document_type', 'document_issuing_country',
    'document_number', 'address_street_number', 'address_street', 'address_locality', 'address_postcode',
    'address_region', 'address_country',
  ],
});

/** Where a service's field name came from in the file. */
function columnOf(field: string): string {
  const camel: Record<string, string> = {
    reference: 'case_reference', status: 'case_status', jurisdiction: 'case_jurisdiction', openedOn: 'case_opened_on',
    closedOn: 'case_closed_on', handlingCode: 'case_handling_code', sourceReliability: 'case_source_reliability',
    informationAccuracy: 'case_information_accuracy', retentionUntil: 'case_retention_until', category: 'category',
    perpetratorRoles: 'perpetrator_roles', dateOfBirth: 'date_of_birth', nationalities: 'nationalities', phones: 'phones',
    emails: 'emails',
  };
  const head = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(field);
  const [, name = field, index, part] = head ?? [];
  if (name === 'typesOfExploitation') return 'case_types_of_exploitation';
  if (name === 'names') return index === undefined || index === '0' ? 'given_name' : 'aliases';
  if (name === 'documents') return part === 'issuingCountry' ? 'document_issuing_country' : part === 'type' ? 'document_type' : 'document_number';
  if (name === 'addresses') return part ? `address_${part.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}` : 'address_country';
  return camel[name] ?? field;
}

const list = (value: string | undefined): string[] =>
  (value ?? '').split(';').map((item) => item.trim()).filter((item) => item !== '');
const optional = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

function problemsOf(error: unknown): InvalidField[] {
  if (isBeaconError(error) && error.code === 'BAD_USER_INPUT') return (error.details.invalidFields as InvalidField[]) ?? [];
  throw error;
}

/** `npx beacon import law-enforcement <file>`: person records on cases, as the mutations write them. */
export function personRecordImport(service: PersonRecordService, clock: () => Date = () => new Date()): ImportTarget<PersonRecordRow> {
  return {
    name: 'person-record',
    requiredColumns: PERSON_RECORD_COLUMNS.required,
    sourceIdOf: (record) => record.sourceRecordId,

    parseRow(row): RowResult<PersonRecordRow> {
      const now = clock();
      const problems: RowProblem[] = [];
      const sourceRecordId = optional(row.source_record_id);
      if (!sourceRecordId) problems.push({ field: 'source_record_id', reason: 'required' });
      let onCase: ValidCase | undefined;
      try {
        onCase = validateCase(
          {
            reference: row.case_reference,
            status: optional(row.case_status),
            jurisdiction: row.case_jurisdiction,
            openedOn: row.case_opened_on,
            closedOn: optional(row.case_closed_on),
            typesOfExploitation: list(row.case_types_of_exploitation),
            handlingCode: row.case_handling_code,
            sourceReliability: row.case_source_reliability,
            informationAccuracy: row.case_information_accuracy,
            retentionUntil: row.case_retention_until,
          },
          isoDay(now),
        );
      } catch (error) {
        problems.push(...problemsOf(error).map((problem) => ({ field: columnOf(problem.field), reason: problem.reason })));
      }
      const hasAddress = ['address_street_number', 'address_street', 'address_locality', 'address_postcode', 'address_region', 'address_country'].some(
        (column) => optional(row[column]) !== undefined,
      );
      const fields: PersonRecordFields = {
        category: row.category,
        perpetratorRoles: list(row.perpetrator_roles),
        names: [
          { given: optional(row.given_name), family: optional(row.family_name), kind: 'PRIMARY' },
          ...list(row.aliases).map((alias) => {
            const [given, family] = alias.split('|');
            return { given: optional(given), family: optional(family), kind: 'ALIAS' };
          }),
        ].filter((name, i) => i > 0 || name.given !== undefined || name.family !== undefined),
        dateOfBirth: optional(row.date_of_birth),
        nationalities: list(row.nationalities),
        phones: list(row.phones),
        emails: list(row.emails),
        documents: optional(row.document_number) || optional(row.document_type)
          ? [{ type: row.document_type ?? '', issuingCountry: row.document_issuing_country ?? '', number: row.document_number ?? '' }]
          : [],
        addresses: hasAddress
          ? [{
              streetNumber: optional(row.address_street_number),
              street: optional(row.address_street),
              locality: optional(row.address_locality),
              postcode: optional(row.address_postcode),
              region: optional(row.address_region),
              country: optional(row.address_country),
            }]
          : [],
      };
      let person: ValidPersonRecord | undefined;
      try {
        person = service.validate(fields, now, new InputProblems());
      } catch (error) {
        // Too many names can only be too many aliases here: the file has one primary name column.
        const column = (problem: InvalidField) => (problem.reason === TOO_MANY_NAMES ? 'aliases' : columnOf(problem.field));
        problems.push(...problemsOf(error).map((problem) => ({ field: column(problem), reason: problem.reason })));
      }
      if (problems.length > 0 || !onCase || !person || !sourceRecordId) return { ok: false, problems };
      return { ok: true, value: { sourceRecordId, caseReference: onCase.reference, onCase, person } };
    },

    writeBatch: (manager: EntityManager, principal: Principal, records) => service.writeImported(manager, principal, records),
  };
}
