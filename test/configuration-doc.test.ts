import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cataloguedNames, renderConfigurationReference } from '../cli/docs/configuration-reference.js';
import { readStackConfig } from '../cli/stack/stack-config.js';
import { locateSubgraphDatabase } from '../cli/stack/database-resolution.js';
import { readGatewayConfig } from '../gateway/config.js';
import { readFinancialConfig } from '../subgraphs/financial/config.js';
import { readLawEnforcementConfig } from '../subgraphs/law-enforcement/config.js';
import { readLinkageConfig } from '../subgraphs/linkage/config.js';
import { readNgoConfig } from '../subgraphs/ngo/config.js';

const ROOT = new URL('../', import.meta.url);

/** Enough for every reader to get past its required variables and read the optional ones too. */
const VALID_ENV: Readonly<Record<string, string>> = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  BEACON_TRUSTED_ISSUERS: JSON.stringify([{ issuer: 'https://idp.example.org', jwksUrl: 'https://idp.example.org/jwks.json' }]),
  BEACON_LINKAGE_URL: 'http://hub.example.org/graphql',
  BEACON_LINKAGE_SECRET: 'x'.repeat(64),
  BEACON_LINKAGE_TOKEN: 'service-token',
};

/** Runs a reader against an environment that remembers every name it was asked for. */
function namesRead(reader: (env: NodeJS.ProcessEnv) => unknown): Set<string> {
  const asked = new Set<string>();
  const env = new Proxy({ ...VALID_ENV } as NodeJS.ProcessEnv, {
    get(target, name) {
      if (typeof name === 'string') asked.add(name);
      return target[name as string];
    },
    has(target, name) {
      if (typeof name === 'string') asked.add(name);
      return name in target;
    },
  });
  reader(env);
  return asked;
}

function uncatalogued(names: Iterable<string>): string[] {
  const known = cataloguedNames();
  return [...names].filter((name) => !known.has(name));
}

/** The files that read the environment: the config readers and the CLI commands that read it directly. */
function readerSources(): { path: string; text: string }[] {
  const folders = ['gateway', 'shared/config', 'shared/aggregates', 'cli/stack', 'cli/import', 'cli/commands', ...['law-enforcement', 'ngo', 'financial', 'linkage'].map((name) => `subgraphs/${name}`)];
  const files: string[] = [];
  for (const folder of folders) {
    for (const file of readdirSync(new URL(folder, ROOT))) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      if (folder.startsWith('subgraphs/') && file !== 'config.ts') continue;
      files.push(`${folder}/${file}`);
    }
  }
  return files.map((path) => ({ path, text: readFileSync(new URL(path, ROOT), 'utf8') }));
}

describe('docs/configuration.md', () => {
  it('is exactly what `npx beacon docs` generates from the configuration catalogues today', () => {
    const committed = readFileSync(new URL('docs/configuration.md', ROOT), 'utf8');
    expect(renderConfigurationReference(), 'docs/configuration.md is stale: run `npx beacon docs` and commit it').toBe(committed);
  });

  it('lists each variable once, with a default or marked required, and a meaning', () => {
    const rows = renderConfigurationReference().split('\n').filter((line) => line.startsWith('| `'));
    const names = rows.map((line) => line.split('|')[1]!.trim());
    expect(new Set(names).size).toBe(names.length);
    for (const row of rows) expect(row.split('|').slice(1, -1).every((cell) => cell.trim() !== ''), row).toBe(true);
  });
});

describe('the configuration catalogues', () => {
  it('notice a reader that asks for a variable none declares (the check below can fail)', () => {
    expect(uncatalogued(namesRead((env) => [env.BEACON_GATEWAY_PORT, env.BEACON_NOT_DECLARED]))).toEqual(['BEACON_NOT_DECLARED']);
  });

  it.each([
    ['gateway', readGatewayConfig],
    ['law-enforcement', readLawEnforcementConfig],
    ['ngo', readNgoConfig],
    ['financial', readFinancialConfig],
    ['linkage', readLinkageConfig],
    ['dev stack', readStackConfig],
    ['beacon audit/import database', (env: NodeJS.ProcessEnv) => locateSubgraphDatabase('ngo', undefined, env)],
  ] as const)('declare every variable the %s reader asks for', (_name, reader) => {
    const asked = namesRead(reader as (env: NodeJS.ProcessEnv) => unknown);
    expect(asked.size).toBeGreaterThan(0);
    expect(uncatalogued(asked)).toEqual([]);
  });

  it('declare every variable named in the source of a reader (reads a branch may skip at run time)', () => {
    const known = [...cataloguedNames()];
    const missing: string[] = [];
    for (const { path, text } of readerSources()) {
      // 'BEACON_X', "BEACON_X", `BEACON_${prefix}_X`: a template stands for any subgraph's prefix.
      for (const match of text.matchAll(/['"`]((?:BEACON_|DATABASE_URL|REDIS_URL)[A-Z0-9_]*(?:\$\{[^}]+\}[A-Z0-9_]*)*)['"`]/g)) {
        const written = match[1]!;
        const pattern = new RegExp(`^${written.replace(/\$\{[^}]+\}/g, '[A-Z0-9_]+')}$`);
        if (!known.some((name) => pattern.test(name))) missing.push(`${path}: ${written}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
