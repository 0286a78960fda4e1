/**
 * Writes `htcds-vocabulary.ts` from the HTCDS 2.0 files (the field standard CSV and
 * `Field Definitions.md`), so that every enum value, label and definition the NGO subgraph
 * uses is the standard's own text rather than a retyped copy.
 *
 *   npx tsx subgraphs/ngo/htcds/generate-vocabulary.ts [htcds-folder]
 *
 * The folder defaults to the team's copy beside the checkout (`../shared/data/htcds`).
 * `htcds-vocabulary.test.ts` regenerates in memory and fails when the committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The team's copy of the HTCDS files, beside the checkout. */
export const DEFAULT_HTCDS_FOLDER = fileURLToPath(new URL('../../../../shared/data/htcds', import.meta.url));
export const VOCABULARY_FILE = fileURLToPath(new URL('./htcds-vocabulary.ts', import.meta.url));

interface Picklist {
  /** The TypeScript / GraphQL enum name. */
  readonly enumName: string;
  /** The HTCDS field whose picklist it is (`Field Name including Prefix`). */
  readonly field: string;
}

/** The HTCDS picklists the NGO's survivor, event and referral records use. */
const PICKLISTS: readonly Picklist[] = [
  { enumName: 'TraffickingStatus', field: 'vic_TraffickingStatus' },
  { enumName: 'TraffickingStatusDecisionMaker', field: 'vic_TraffickingStatusDecisionMakingOrg' },
  { enumName: 'RelationshipToTrafficker', field: 'vic_RelationshipToTrafficker' },
  { enumName: 'MethodOfRecruitment', field: 'vic_MethodOfRecruitment' },
  { enumName: 'MethodOfControl', field: 'vic_MethodsOfControl' },
  { enumName: 'TypeOfExploitation', field: 'vic_TypeOfExploitation' },
  { enumName: 'ForcedLabourIndustry', field: 'vic_ForcedLabourIndustry' },
  { enumName: 'TypeOfSexExploitation', field: 'vic_TypeOfSexExploitation' },
  { enumName: 'TraffickingEventStage', field: 'hte_Type' },
  { enumName: 'SupportType', field: 'spl_Type' },
  { enumName: 'OrganisationType', field: 'org_Type' },
  { enumName: 'ReferralReason', field: 'cas_ReasonForOutgoingReferral' },
];

/**
 * `Field Definitions.md` names methods of control `MethodsOfControl<X>` with X not always the
 * picklist's value name. Only definitions of the same concept are attached; `UsesChildren`
 * (limiting access to one's children) is not the picklist's "Threatens children/family", and
 * `RestrictsMovement` has no picklist value, so neither is used.
 */
const CONTROL_DEFINITION_OF: Readonly<Record<string, string>> = {
  Threats: 'PhysicalThreats',
  ThreatOfLawEnforcement: 'ThreatsLawEnforcement',
  PsychoactiveSubstances: 'PsychoactiveSubstance',
};

/** HTCDS spells one value `Unaquainted`; the enum spells it right, the importer reads both. */
const ENUM_VALUE_SPELLING: Readonly<Record<string, string>> = { Unaquainted: 'UNACQUAINTED' };

/** RFC 4180 CSV, quoted cells with embedded newlines included. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** `ThreatsLawEnforcement` → `THREATS_LAW_ENFORCEMENT`; `A_AgricultureForestryAndFishing` keeps its ISIC letter. */
export function enumValueOf(htcdsName: string): string {
  return (
    ENUM_VALUE_SPELLING[htcdsName] ??
    htcdsName
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
      .replace(/__+/g, '_')
      .toUpperCase()
  );
}

/** The definition tables of `Field Definitions.md`: first column → second column. */
function definitionTables(markdown: string): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 4 || cells[1] === '' || /^-+$/.test(cells[1] ?? '')) continue;
    definitions.set(cells[1] as string, (cells[2] as string).replace(/\s+/g, ' '));
  }
  return definitions;
}

function definitionFor(field: string, name: string, label: string, definitions: Map<string, string>): string | undefined {
  if (field === 'vic_MethodsOfControl') {
    const source = Object.entries(CONTROL_DEFINITION_OF).find(([, value]) => value === name)?.[0] ?? name;
    return definitions.get(`MethodsOfControl${source}`);
  }
  if (field === 'vic_TraffickingStatus') return definitions.get(label);
  if (field === 'vic_ForcedLabourIndustry') return definitions.get(name);
  return undefined;
}

export interface GeneratedValue {
  readonly value: string;
  readonly htcds: string;
  readonly label: string;
  readonly definition?: string;
}

/** Every picklist's values, in the standard's order. */
export function readVocabulary(folder: string = DEFAULT_HTCDS_FOLDER): Map<Picklist, GeneratedValue[]> {
  const rows = parseCsv(readFileSync(join(folder, 'HTCDS Field Standards 2.0.csv'), 'utf8').replace(/^\uFEFF/, ''));
  const header = rows[0] ?? [];
  const column = (name: string) => header.indexOf(name);
  const [fieldAt, namesAt, labelsAt] = ['Field Name including Prefix', 'Value Names (if picklist)', 'Value Labels (if picklist)'].map(column);
  const definitions = definitionTables(readFileSync(join(folder, 'Field Definitions.md'), 'utf8'));
  const vocabulary = new Map<Picklist, GeneratedValue[]>();
  for (const picklist of PICKLISTS) {
    const row = rows.find((candidate) => candidate[fieldAt as number] === picklist.field);
    if (!row) throw new Error(`HTCDS field ${picklist.field} not found`);
    const split = (cell: string | undefined) => (cell ?? '').split('\n').map((part) => part.replace(/\u00a0/g, ' ').trim());
    const names = split(row[namesAt as number]);
    const labels = split(row[labelsAt as number]);
    const values: GeneratedValue[] = [];
    names.forEach((name, index) => {
      if (name === '') return; // spl_Type ends with an empty line
      const label = labels[index] ?? name;
      const definition = definitionFor(picklist.field, name, label, definitions);
      values.push({ value: enumValueOf(name), htcds: name, label, ...(definition ? { definition } : {}) });
    });
    vocabulary.set(picklist, values);
  }
  return vocabulary;
}

/** The TypeScript source of `htcds-vocabulary.ts`. */
export function renderVocabulary(vocabulary: Map<Picklist, GeneratedValue[]>): string {
  const out: string[] = [
    '// Generated by generate-vocabulary.ts from the HTCDS 2.0 field standard and Field Definitions.md',
    '// (Human Trafficking Case Data Standard by IOM, https://github.com/UNMigration/HTCDS, CC BY 4.0).',
    '// Do not edit: rerun `npx tsx subgraphs/ngo/htcds/generate-vocabulary.ts`.',
    '',
    "import type { HtcdsValue } from './htcds-value.js';",
    '',
  ];
  for (const [picklist, values] of vocabulary) {
    out.push(`/** HTCDS \`${picklist.field}\`. */`);
    out.push(`export enum ${picklist.enumName} {`);
    for (const value of values) out.push(`  ${value.value} = '${value.value}',`);
    out.push('}');
    out.push(`export const ${picklist.enumName}Values: readonly HtcdsValue<${picklist.enumName}>[] = [`);
    for (const value of values) {
      out.push(
        `  { value: ${picklist.enumName}.${value.value}, htcds: ${JSON.stringify(value.htcds)}, label: ${JSON.stringify(value.label)}` +
          (value.definition ? `,\n    definition: ${JSON.stringify(value.definition)} },` : ' },'),
      );
    }
    out.push('];', '');
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(VOCABULARY_FILE, renderVocabulary(readVocabulary(process.argv[2] ?? DEFAULT_HTCDS_FOLDER)));
  console.log(`wrote ${VOCABULARY_FILE}`);
}
