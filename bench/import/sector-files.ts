/**
 * Generated import files for the sectors' own targets: a header and a deterministic row `i`
 * (1-based) per target, in the columns `beacon import` reads, every row valid. Values repeat on
 * short cycles (names, dates, countries) but identifiers (phones, documents) differ per row, as
 * a real export's would, so every row yields its own linkage keys.
 */
export interface SectorFile {
  /** The sector subgraph, as `beacon import <subgraph>` names it. */
  readonly subgraph: 'law-enforcement' | 'ngo' | 'financial';
  /** The import target's name (`--kind`). */
  readonly kind: string;
  /** The table whose shape the COPY baseline fills. */
  readonly table: string;
  readonly header: string;
  line(i: number): string;
}

const GIVEN = ['Elena', 'Amina', 'Minh', 'Maria', 'Jonas', 'Fatima', 'Olga', 'Ivan', 'Grace', 'Chen', 'Lucia', 'Omar'];
const FAMILY = ['Petrova', 'Yusuf', 'Tran', 'Garcia', 'Schmidt', 'Haddad', 'Ivanova', 'Nguyen', 'Okafor', 'Rossi'];
const CATEGORIES = ['VICTIM', 'WITNESS', 'SUSPECT'];
const COUNTRIES = ['MD', 'NG', 'VN', 'RO', 'UA', 'DE', 'FR', 'GB', 'TH', 'PH', 'AL', 'BG'];

const day = (i: number) => `${1960 + (i % 45)}-0${(i % 9) + 1}-${String((i % 28) + 1).padStart(2, '0')}`;
const phone = (i: number) => `+3736${String(9_000_000 + (i % 999_983)).padStart(7, '0')}`;
const csv = (columns: readonly string[]) => `${columns.join(',')}\n`;

const LE_COLUMNS = [
  'source_record_id', 'case_reference', 'case_jurisdiction', 'case_opened_on', 'case_handling_code', 'case_source_reliability',
  'case_information_accuracy', 'case_retention_until', 'category', 'given_name', 'family_name', 'date_of_birth', 'nationalities', 'phones',
];

/** Person records, five a case, each case's header repeated on its rows as exports do. */
export const PERSON_RECORD_FILE: SectorFile = {
  subgraph: 'law-enforcement',
  kind: 'person-record',
  table: 'person_record',
  header: csv(LE_COLUMNS),
  line: (i) =>
    [
      `le-${i}`, `HP-2026-${Math.floor(i / 5)}`, 'GB', '2025-01-15', 'H1', 'B', '2', '2040-01-01', CATEGORIES[i % 3],
      GIVEN[i % GIVEN.length], FAMILY[(i * 7) % FAMILY.length], day(i), 'MD', phone(i),
    ].join(',') + '\n',
};

const SURVIVOR_COLUMNS = [
  'sourceRecordId', 'givenName', 'familyName', 'dateOfBirth', 'gender', 'citizenships', 'phones', 'typesOfExploitation',
  'methodsOfControl', 'traffickingStatus', 'retentionUntil', 'consents',
];
const EXPLOITATION = ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'FORCED_LABOUR;SEXUAL_EXPLOITATION'];

/** Survivors in Beacon's own columns; one in three consents to the hub's analysis. */
export const SURVIVOR_FILE: SectorFile = {
  subgraph: 'ngo',
  kind: 'survivor',
  table: 'survivor',
  header: csv(SURVIVOR_COLUMNS),
  line: (i) =>
    [
      `ngo-${i}`, GIVEN[i % GIVEN.length], FAMILY[(i * 7) % FAMILY.length], day(i), 'FEMININE', COUNTRIES[i % COUNTRIES.length],
      phone(i), EXPLOITATION[i % 3], 'DEBT_BONDAGE|WITHHOLDS_DOCUMENTS', 'POSSIBLE_VICTIM_OF_TRAFFICKING', '2040-01-01',
      i % 3 === 0 ? 'HUB:analysis' : '',
    ].join(',') + '\n',
};

const HOLDER_COLUMNS = ['sourceRecordId', 'givenName', 'familyName', 'dateOfBirth', 'nationalities', 'documents', 'phones', 'addressLocality', 'addressCountry'];

/** A bank's customers, each with a passport and a phone. */
export const ACCOUNT_HOLDER_FILE: SectorFile = {
  subgraph: 'financial',
  kind: 'account-holder',
  table: 'account_holder',
  header: csv(HOLDER_COLUMNS),
  line: (i) =>
    [
      `cust-${i}`, GIVEN[i % GIVEN.length], FAMILY[(i * 7) % FAMILY.length], day(i), 'MD;RO', `PASSPORT/MD/AB${String(i).padStart(7, '0')}`,
      phone(i), 'Chisinau', 'MD',
    ].join(',') + '\n',
};

const INCIDENT_COLUMNS = ['sourceRecordId', 'place', 'occurredOn', 'typeOfExploitation', 'source', 'reliability'];
const PLACES = ['MDKIV', 'GBLON', 'RO', 'DEBER', 'TH'];

/** Hotline and open-source reports: no personal data, no linkage. */
export const INCIDENT_REPORT_FILE: SectorFile = {
  subgraph: 'ngo',
  kind: 'incident-report',
  table: 'incident_report',
  header: csv(INCIDENT_COLUMNS),
  line: (i) =>
    [`inc-${i}`, PLACES[i % PLACES.length], `2025-0${(i % 9) + 1}-${String((i % 28) + 1).padStart(2, '0')}`, 'ForcedLabour', 'HOTLINE', 'B'].join(',') + '\n',
};

export const SECTOR_FILES: readonly SectorFile[] = [PERSON_RECORD_FILE, SURVIVOR_FILE, ACCOUNT_HOLDER_FILE, INCIDENT_REPORT_FILE];
