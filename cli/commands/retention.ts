import { parseArgs } from 'node:util';
import { DEMO_ORGS } from '../../shared/auth/index.js';
import { ConfigError } from '../../shared/config/index.js';
import { deliverPublications, openSectorSubgraph } from '../import/open-sector-subgraph.js';
import { locateSubgraphDatabase, withSubgraphDatabases } from '../stack/database-resolution.js';
import { SUBGRAPHS, type SectorSubgraphDefinition, type SubgraphDefinition } from '../stack/subgraph-registry.js';

const USAGE = 'Usage: beacon retention [--subgraph <name>] [--now <ISO date-time>] [--database-url <url>]';

export interface RetentionCommandContext {
  readonly env: NodeJS.ProcessEnv;
  readonly definitions: readonly SubgraphDefinition[];
  readonly stdout: NodeJS.WritableStream;
}

/**
 * `beacon retention`: removes, in each sector subgraph (or the one named), the records past
 * their retention date as of `--now` (default: now), and prints how many. A subgraph that
 * offers no retention yet is named and skipped.
 */
export async function runRetentionCommand(args: string[], context: Partial<RetentionCommandContext> = {}): Promise<number> {
  const { env = process.env, definitions = SUBGRAPHS, stdout = process.stdout } = context;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { subgraph: { type: 'string' }, now: { type: 'string' }, 'database-url': { type: 'string' } },
  });
  if (positionals.length > 0) {
    stdout.write(`${USAGE}\n`);
    return 2;
  }
  const now = values.now === undefined ? new Date() : parseInstant(values.now);
  const sectors = definitions.filter((definition): definition is SectorSubgraphDefinition => definition.kind === 'sector');
  const chosen = values.subgraph === undefined ? sectors : sectors.filter((definition) => definition.name === values.subgraph);
  if (chosen.length === 0) {
    throw new ConfigError('--subgraph', `must be a sector subgraph (${sectors.map((item) => item.name).join(', ')}); got "${values.subgraph}".`);
  }
  if (values['database-url'] && chosen.length > 1) throw new ConfigError('--database-url', 'needs --subgraph: each subgraph has its own database.');
  const locations = chosen.map((definition) => locateSubgraphDatabase(definition.name, values['database-url'], env, { definitions }));

  return withSubgraphDatabases(locations, async (urls) => {
    stdout.write(`Removing records past their retention date as of ${now.toISOString()}:\n`);
    for (const [index, definition] of chosen.entries()) {
      const subgraph = await openSectorSubgraph({ definition, databaseUrl: urls[index] as string, org: DEMO_ORGS[definition.sector], env });
      try {
        if (!subgraph.retention) {
          stdout.write(`  ${definition.name}: offers no retention yet; skipped\n`);
          continue;
        }
        const removed = await subgraph.retention.purgeExpired(now);
        stdout.write(`  ${definition.name}: ${removed.toLocaleString('en')} removed\n`);
        if (removed > 0) stdout.write(`  ${await deliverPublications(subgraph)}\n`);
      } finally {
        await subgraph.close();
      }
    }
    return 0;
  });
}

function parseInstant(text: string): Date {
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(date.getTime())) {
    throw new ConfigError('--now', `must be an ISO 8601 date or date-time (e.g. 2027-01-01T00:00:00Z); got "${text}".`);
  }
  return date;
}
