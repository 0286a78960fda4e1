import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import { dropDatabase, ensureDatabase } from '../../shared/database/index.js';
import type { ImportTarget } from '../../shared/import/index.js';
import { openSectorSubgraph, principalFor } from '../../cli/import/open-sector-subgraph.js';
import { findSubgraph } from '../../cli/stack/subgraph-registry.js';

/** A sector's own import target, as `beacon import` drives it, with a file generator for it. */
export interface SectorBench {
  readonly label: string;
  readonly dataSource: DataSource;
  readonly target: ImportTarget<unknown>;
  readonly principal: Principal;
  /** The table whose shape the COPY baseline fills. */
  readonly table: string;
  readonly header: string;
  line(i: number): string;
  close(): Promise<void>;
}

const COLUMNS = [
  'source_record_id', 'case_reference', 'case_jurisdiction', 'case_opened_on', 'case_handling_code', 'case_source_reliability',
  'case_information_accuracy', 'case_retention_until', 'category', 'given_name', 'family_name', 'date_of_birth', 'nationalities', 'phones',
];
const GIVEN = ['Elena', 'Amina', 'Minh', 'Maria', 'Jonas', 'Fatima', 'Olga', 'Ivan', 'Grace', 'Chen', 'Lucia', 'Omar'];
const FAMILY = ['Petrova', 'Yusuf', 'Tran', 'Garcia', 'Schmidt', 'Haddad', 'Ivanova', 'Nguyen', 'Okafor', 'Rossi'];
const CATEGORIES = ['VICTIM', 'WITNESS', 'SUSPECT'];

/** Row `i`: five people per case, each case's header repeated on its rows as exports do. */
function line(i: number): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  const phone = `+3736${String(9_000_000 + (i % 999_983)).padStart(7, '0')}`;
  return [
    `le-${i}`, `HP-2026-${Math.floor(i / 5)}`, 'GB', '2025-01-15', 'H1', 'B', '2', '2040-01-01', CATEGORIES[i % 3],
    GIVEN[i % GIVEN.length], FAMILY[(i * 7) % FAMILY.length], `${1960 + (i % 45)}-0${(i % 9) + 1}-${day}`, 'MD', phone,
  ].join(',') + '\n';
}

/** The law-enforcement subgraph's person-record target, when the subgraph offers one. */
export async function lawEnforcementBench(serverUrl: string, database: string, linkageSecret: string): Promise<SectorBench | undefined> {
  const definition = findSubgraph('law-enforcement');
  if (!definition || definition.kind !== 'sector') return undefined;
  const home = await mkdtemp(join(tmpdir(), 'beacon-bench-le-'));
  await ensureDatabase(serverUrl, database);
  const { principal } = principalFor(definition, undefined);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const subgraph = await openSectorSubgraph({
    definition,
    databaseUrl: url.toString(),
    org: principal.org,
    env: { BEACON_HOME: home, BEACON_LINKAGE_SECRET: linkageSecret, BEACON_LOG_LEVEL: 'silent', BEACON_LINKAGE_URL: 'http://127.0.0.1:1/graphql' },
  });
  const target = subgraph.importTargets?.find((item) => item.name === 'person-record');
  const close = async () => {
    await subgraph.close();
    await dropDatabase(serverUrl, database);
    await rm(home, { recursive: true, force: true });
  };
  if (!target) {
    await close();
    return undefined;
  }
  return {
    label: 'law-enforcement person-record target (the sector\'s own validation, keys, cases and outbox)',
    dataSource: subgraph.dataSource,
    target,
    principal,
    table: 'person_record',
    header: `${COLUMNS.join(',')}\n`,
    line,
    close,
  };
}
