import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../shared/config/index.js';
import { IMPORT_FORMATS, runImport, type ImportFormat, type ImportSummary, type ImportTarget } from '../../shared/import/index.js';
import { deliverPublications, openSectorSubgraph, principalFor } from '../import/open-sector-subgraph.js';
import { ImportProgressBar } from '../import/progress-bar.js';
import { sectorTargetRecipe } from '../import/worker-import-target.js';
import { locateSubgraphDatabase, withSubgraphDatabase } from '../stack/database-resolution.js';
import { findSubgraph, SUBGRAPHS, type SectorSubgraphDefinition, type SubgraphDefinition } from '../stack/subgraph-registry.js';

const USAGE =
  'Usage: beacon import <subgraph> <file> [--kind <name>] [--format csv|ndjson] [--batch-size N] [--rejects <file>]\n' +
  '                     [--database-url <url>] [--as <persona>] [--linkage-url <url>] [--threads N]';
/** Exit status when the import ran but rejected rows (listed in the report). */
export const EXIT_ROWS_REJECTED = 3;
/** Reading in larger pieces than a stream's 64 KiB default halves the parser's per-chunk work. */
const READ_CHUNK_BYTES = 256 * 1024;

export interface ImportCommandContext {
  readonly env: NodeJS.ProcessEnv;
  readonly definitions: readonly SubgraphDefinition[];
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/**
 * `beacon import <subgraph> <file>`: loads a CSV or NDJSON file into a sector subgraph's own
 * database through its import target, as the owning organisation. Exit 0 when every row went
 * in, 3 when some were rejected (see the report), 1 when the import could not run.
 */
export async function runImportCommand(args: string[], context: Partial<ImportCommandContext> = {}): Promise<number> {
  const { env = process.env, definitions = SUBGRAPHS, stdout = process.stdout, stderr = process.stderr } = context;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      format: { type: 'string' },
      'batch-size': { type: 'string' },
      rejects: { type: 'string' },
      'database-url': { type: 'string' },
      as: { type: 'string' },
      'linkage-url': { type: 'string' },
      // Parse worker threads (0: none); default: one per core beyond two, at most four.
      threads: { type: 'string' },
    },
  });
  const [name, file] = positionals;
  if (!name || !file || positionals.length > 2) {
    stderr.write(`${USAGE}\n`);
    return 2;
  }
  const definition = sectorDefinition(name, definitions);
  const format = formatOf(file, values.format);
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  const size = await fileSize(file);
  const rejects = values.rejects ?? join(dirname(file), `${basename(file, extname(file))}.rejects.csv`);
  const { name: persona, principal } = principalFor(definition, values.as);
  const location = locateSubgraphDatabase(name, values['database-url'], env, { argument: '<subgraph>', definitions });

  return withSubgraphDatabase(location, async (databaseUrl) => {
    const subgraph = await openSectorSubgraph({ definition, databaseUrl, org: principal.org, linkageUrl: values['linkage-url'], env });
    try {
      const target = chooseTarget(definition, subgraph.importTargets ?? [], values.kind);
      const bar = new ImportProgressBar(stderr, size);
      let summary: ImportSummary;
      try {
        summary = await runImport({
          dataSource: subgraph.dataSource,
          target,
          principal,
          input: createReadStream(file, { highWaterMark: READ_CHUNK_BYTES }),
          format,
          batchSize,
          rejectReport: rejects,
          onProgress: (progress) => bar.update(progress),
          parallel: {
            recipe: sectorTargetRecipe({ subgraph: definition.name, kind: target.name, org: principal.org, databaseUrl, linkageUrl: values['linkage-url'], env }),
            threads,
          },
        });
      } finally {
        bar.done();
      }
      stdout.write(report(summary, { file, subgraph: definition.name, kind: target.name, org: principal.org, persona }));
      stdout.write(`${await deliverPublications(subgraph)}\n`);
      return summary.rejected > 0 ? EXIT_ROWS_REJECTED : 0;
    } finally {
      await subgraph.close();
    }
  });
}

function sectorDefinition(name: string, definitions: readonly SubgraphDefinition[]): SectorSubgraphDefinition {
  const definition = findSubgraph(name, definitions);
  const sectors = definitions.filter((item) => item.kind === 'sector').map((item) => item.name);
  if (!definition || definition.kind !== 'sector') {
    throw new ConfigError('<subgraph>', `must be a sector subgraph (${sectors.join(', ')}); got "${name}".`);
  }
  return definition;
}

function formatOf(file: string, flag: string | undefined): ImportFormat {
  const format = flag ?? { '.csv': 'csv', '.ndjson': 'ndjson', '.jsonl': 'ndjson' }[extname(file).toLowerCase()];
  if (format === undefined) throw new ConfigError('--format', `is needed: "${file}" does not end in .csv, .ndjson or .jsonl.`);
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ConfigError('--format', `must be one of ${IMPORT_FORMATS.join(', ')}; got "${format}".`);
  }
  return format as ImportFormat;
}

async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ConfigError('<file>', `"${file}" is not a file.`);
    return info.size;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError('<file>', `cannot be read: "${file}" (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

function chooseTarget(definition: SectorSubgraphDefinition, targets: ReadonlyArray<ImportTarget<unknown>>, kind: string | undefined): ImportTarget<unknown> {
  const names = targets.map((target) => target.name);
  if (targets.length === 0) throw new ConfigError('<subgraph>', `the ${definition.name} subgraph offers no import yet.`);
  if (kind === undefined) {
    if (targets.length === 1) return targets[0] as ImportTarget<unknown>;
    throw new ConfigError('--kind', `is needed: the ${definition.name} subgraph imports ${names.join(', ')}.`);
  }
  const target = targets.find((item) => item.name === kind);
  if (!target) throw new ConfigError('--kind', `must be one of ${names.join(', ')}; got "${kind}".`);
  return target;
}

function report(summary: ImportSummary, about: { file: string; subgraph: string; kind: string; org: string; persona: string }): string {
  const count = (value: number) => value.toLocaleString('en');
  const lines = [
    `Imported ${about.file} into ${about.subgraph} (${about.kind}) as ${about.org} (${about.persona}):`,
    `  rows read  ${count(summary.rowsRead)}`,
    `  inserted   ${count(summary.inserted)}`,
    `  updated    ${count(summary.updated)}`,
    `  unchanged  ${count(summary.unchanged)}`,
    `  rejected   ${count(summary.rejected)}${summary.rejectReportPath ? ` (report: ${summary.rejectReportPath})` : ''}`,
    `  time       ${(summary.elapsedMs / 1000).toFixed(1)} s, ${count(Math.round(summary.rowsPerSecond))} rows/s`,
  ];
  if (summary.failedBatches > 0) lines.push(`  ${summary.failedBatches} batches rolled back; their rows are in the report.`);
  if (summary.firstRejections.length > 0) {
    lines.push('First problems:');
    for (const { row, line, field, reason } of summary.firstRejections.slice(0, 5)) {
      lines.push(`  row ${row} (line ${line}) ${field === '*' ? '' : `${field}: `}${reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
