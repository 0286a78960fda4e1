import type { ImportTarget, RowResult } from '../../../shared/import/index.js';
import { isBeaconError } from '../../../shared/errors/index.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import type { ConsentTermsInput } from '../consent/consent.terms.js';
import type { ImportedSurvivor } from '../survivor/survivor.bulk-write.js';
import type { CheckedRegistration, RegisterSurvivorRequest, SurvivorService } from '../survivor/survivor.service.js';
import type { SurvivorColumns } from '../survivor/survivor.validation.js';
import type { SurvivorAddress } from '../survivor/survivor-identifiers.js';
import { ColumnReader, splitCell } from './import-columns.js';

/**
 * Column names per field: Beacon's own first, then the HTCDS 2.0 field standard's
 * (`Field Name including Prefix`), then the HTCDS XLSForm's where it spells them differently
 * (`prs_First_Name`, `vic_Methods_of_Control`). The record id: HTCDS has none; an ODK export of
 * the XLSForm carries the submission's `meta/instanceID` (`KEY` in ODK Central's CSV).
 */
export const SURVIVOR_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  sourceRecordId: ['sourceRecordId', 'meta/instanceID', 'instanceID', 'KEY'],
  givenName: ['givenName', 'prs_FirstName', 'prs_First_Name'],
  middleName: ['prs_MiddleName'],
  familyName: ['familyName', 'prs_SecondName', 'prs_Second_Name'],
  aliases: ['aliases'],
  dateOfBirth: ['dateOfBirth', 'prs_Birthdate'],
  ageWhenTrafficked: ['ageWhenTrafficked', 'vic_AgeWhenTrafficked'],
  gender: ['gender', 'prs_Gender'],
  citizenships: ['citizenships', 'citizenship', 'prs_Citizenship'],
  phones: ['phones', 'prs_MobilePhone'],
  homePhone: ['prs_HomePhone'],
  emails: ['emails', 'prs_Email'],
  street: ['street', 'prs_MailingStreet'],
  city: ['city', 'prs_MailingCity'],
  state: ['state', 'prs_MailingState'],
  postalCode: ['postalCode', 'prs_MailingPostalCode'],
  country: ['country', 'prs_MailingCountry'],
  typesOfExploitation: ['typesOfExploitation', 'vic_TypeOfExploitation'],
  typesOfSexExploitation: ['typesOfSexExploitation', 'vic_TypeOfSexExploitation'],
  forcedLabourIndustries: ['forcedLabourIndustries', 'vic_ForcedLabourIndustry'],
  methodsOfControl: ['methodsOfControl', 'vic_MethodsOfControl', 'vic_Methods_of_Control'],
  methodsOfRecruitment: ['methodsOfRecruitment', 'vic_MethodOfRecruitment'],
  relationshipToTrafficker: ['relationshipToTrafficker', 'vic_RelationshipToTrafficker'],
  traffickingStatus: ['traffickingStatus', 'vic_TraffickingStatus'],
  traffickingStatusDeterminedBy: ['traffickingStatusDeterminedBy', 'vic_TraffickingStatusDecisionMakingOrg'],
  retentionUntil: ['retentionUntil'],
  consents: ['consents'],
  dataConsent: ['con_Consent'],
};

/** One parsed row: the checked registration, and which columns the row actually gave. */
export interface SurvivorImportRecord {
  readonly checked: CheckedRegistration;
  readonly provided: readonly (keyof SurvivorColumns)[];
}

const NO = /^(false|no|0|n)$/i;

/**
 * `npx beacon import ngo <file>` for survivors, from Beacon's columns or HTCDS-named ones
 * (multi-selects separated by `;`, `|`, `,` or spaces; phones and names by `;`, `|` or `,`).
 * Rows go through the same checks as `registerSurvivor` and the same write and publication
 * (in the engine's transaction); a source record already imported is updated where the row
 * differs, else left alone.
 */
export function survivorImportTarget(survivors: SurvivorService, publisher: LinkagePublisher): ImportTarget<SurvivorImportRecord> {
  return {
    name: 'survivor',
    // Beacon's and HTCDS's names differ, so no single column is required by name; each row is
    // checked for an id and a name instead, and names the column it lacks.
    requiredColumns: [],
    sourceIdOf: (record) => record.checked.sourceRecordId as string,
    parseRow(row): RowResult<SurvivorImportRecord> {
      const read = new ColumnReader(row, SURVIVOR_COLUMNS);
      const problems: Array<{ field: string; reason: string }> = [];
      const sourceRecordId = read.cell('sourceRecordId');
      if (!sourceRecordId) problems.push({ field: 'sourceRecordId', reason: 'missing: a row needs sourceRecordId (or an HTCDS/ODK meta/instanceID)' });
      const dataConsent = read.cell('dataConsent');
      if (dataConsent !== undefined && NO.test(dataConsent)) {
        // HTCDS `con_Consent`: she did not agree to the NGO managing her data; it must not be shared.
        problems.push({ field: 'con_Consent', reason: 'she did not consent to her data being managed; the row is not imported' });
      }
      const { request, provided } = requestOf(read, problems);
      let checked: CheckedRegistration | undefined;
      try {
        checked = survivors.checkRegistrationFields({ ...request, sourceRecordId });
      } catch (error) {
        if (!isBeaconError(error) || error.code !== 'BAD_USER_INPUT') throw error;
        const invalid = (error.details.invalidFields ?? []) as Array<{ field: string; reason: string }>;
        problems.push(...invalid.map((problem) => read.problem(problem)));
      }
      if (problems.length > 0 || !checked) return { ok: false, problems };
      return { ok: true, value: { checked, provided } };
    },
    writeBatch: (manager, principal, records) =>
      // parseRow refuses a row without a source id, so every record here has one.
      survivors.writeImportedBatch(manager, principal, records as ReadonlyArray<ImportedSurvivor>, publisher),
  };
}

const TEXT_FIELDS = [
  'givenName', 'familyName', 'dateOfBirth', 'gender', 'relationshipToTrafficker', 'traffickingStatus', 'traffickingStatusDeterminedBy', 'retentionUntil',
] as const;
const LIST_FIELDS = ['typesOfExploitation', 'typesOfSexExploitation', 'forcedLabourIndustries', 'methodsOfControl', 'methodsOfRecruitment', 'citizenships', 'emails'] as const;
const WORDS = { words: true };

/**
 * The row as a registration request, and the record columns it sets. Loops over field lists
 * rather than a closure per kind of field: this runs once a row, and under tsx every named
 * closure costs a `defineProperty` each time it is made.
 */
function requestOf(read: ColumnReader, problems: Array<{ field: string; reason: string }>) {
  const provided = new Set<keyof SurvivorColumns>();
  const request: { -readonly [K in keyof RegisterSurvivorRequest]: RegisterSurvivorRequest[K] } = {};
  for (const field of TEXT_FIELDS) {
    const value = read.cell(field);
    if (value !== undefined) {
      request[field] = value;
      provided.add(field);
    }
  }
  const middle = read.cell('middleName');
  if (middle) request.givenName = [request.givenName, middle].filter(Boolean).join(' ');
  for (const field of LIST_FIELDS) {
    const value = read.cell(field);
    if (value !== undefined) {
      request[field] = splitCell(value, WORDS);
      provided.add(field);
    }
  }
  const phones = [...splitCell(read.cell('phones')), ...splitCell(read.cell('homePhone'))];
  if (phones.length > 0) {
    request.phones = phones;
    provided.add('phones');
  }
  const aliases = splitCell(read.cell('aliases'));
  if (aliases.length > 0) {
    // "Given Family" per alias; a single word is a given name.
    request.aliases = aliases.map((alias) => {
      const words = alias.split(/\s+/);
      return words.length > 1 ? { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1) ?? null } : { givenName: alias };
    });
    provided.add('aliases');
  }
  const address: SurvivorAddress = {
    street: read.cell('street') ?? null,
    city: read.cell('city') ?? null,
    state: read.cell('state') ?? null,
    postalCode: read.cell('postalCode') ?? null,
    country: read.cell('country') ?? null,
  };
  if (address.street !== null || address.city !== null || address.state !== null || address.postalCode !== null || address.country !== null) {
    request.addresses = [address];
    provided.add('addresses');
  }
  const age = read.cell('ageWhenTrafficked');
  if (age !== undefined) {
    provided.add('ageWhenTrafficked');
    if (/^\d+$/.test(age)) request.ageWhenTrafficked = Number(age);
    else problems.push({ field: columnOf(read, 'ageWhenTrafficked'), reason: 'a whole number of years from 0 to 120' });
  }
  const consents = read.cell('consents');
  if (consents !== undefined) request.consents = splitCell(consents, WORDS).map(consentOf);
  return { request, provided: [...provided] };
}

/** `SECTOR:purpose[:validUntil]`, e.g. `HUB:analysis` or `FINANCIAL:aml-compliance:2027-12-31`. */
function consentOf(cell: string): ConsentTermsInput {
  const [sector = '', purpose = '', ...until] = cell.split(':');
  return { sector, purpose, validUntil: until.length > 0 ? until.join(':') : null };
}

function columnOf(read: ColumnReader, field: string): string {
  return read.problem({ field, reason: '' }).field;
}
