import { parseArgs } from 'node:util';
import { DEMO_ORGS } from '../../shared/auth/index.js';
import { ConfigError } from '../../shared/config/index.js';
import type { RepublicationProgress } from '../../shared/linkage-outbox/index.js';
import { deliverPublications, openSectorSubgraph } from '../import/open-sector-subgraph.js';
import { PLAIN_LINE_MS, TTY_REDRAW_MS } from '../import/progress-bar.js';
import { locateSubgraphDatabase, withSubgraphDatabase } from '../stack/database-resolution.js';
import { findSubgraph, SUBGRAPHS, type SubgraphDefinition } from '../stack/subgraph-registry.js';

const USAGE = 'Usage: beacon republish <subgraph> [--dry-run] [--batch-size N] [--database-url <url>] [--linkage-url <url>]';

export interface RepublishCommandContext {
  readonly env: NodeJS.ProcessEnv;
  readonly definitions: readonly SubgraphDefinition[];
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/**
 * `beacon republish <subgraph>`: publishes every record of a sector subgraph to the hub again,
 * re-derived with the linkage secret and code this process holds (BEACON_LINKAGE_SECRET), as
 * after a new secret or a change of the derivation. Records are enqueued in the subgraph's own
 * outbox a batch per transaction, then delivered now if the hub answers (else by the running
 * subgraph). Safe while the subgraph runs, and idempotent: the hub replaces each record's keys.
 */
export async function runRepublishCommand(args: string[], context: Partial<RepublishCommandContext> = {}): Promise<number> {
  const { env = process.env, definitions = SUBGRAPHS, stdout = process.stdout, stderr = process.stderr } = context;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      'batch-size': { type: 'string' },
      'database-url': { type: 'string' },
      'linkage-url': { type: 'string' },
    },
  });
  const [name] = positionals;
  if (!name || positionals.length > 1) {
    stderr.write(`${USAGE}\n`);
    return 2;
  }
  const definition = findSubgraph(name, definitions);
  if (!definition || definition.kind !== 'sector') {
    const sectors = definitions.filter((item) => item.kind === 'sector').map((item) => item.name);
    throw new ConfigError('<subgraph>', `must be a sector subgraph (${sectors.join(', ')}); got "${name}".`);
  }
  const batchSize = values['batch-size'] === undefined ? undefined : positiveInteger('--batch-size', values['batch-size']);
  const location = locateSubgraphDatabase(name, values['database-url'], env, { argument: '<subgraph>', definitions });

  return withSubgraphDatabase(location, async (databaseUrl) => {
    const subgraph = await openSectorSubgraph({ definition, databaseUrl, org: DEMO_ORGS[definition.sector], linkageUrl: values['linkage-url'], env });
    try {
      const republication = subgraph.republication;
      if (!republication) throw new ConfigError('<subgraph>', `the ${definition.name} subgraph publishes nothing to the hub.`);
      const total = await republication.count();
      if (values['dry-run']) {
        stdout.write(`Would publish ${count(total)} ${republication.records} of ${definition.name} to the hub again (dry run: nothing was queued).\n`);
        return 0;
      }
      const progress = new RepublishProgress(stderr, total, republication.records);
      const summary = await republication.run({ batchSize, onProgress: (step) => progress.update(step) }).finally(() => progress.done());
      const seconds = summary.elapsedMs / 1000;
      stdout.write(
        `Queued ${count(summary.republished)} ${summary.records} of ${definition.name} for the hub again ` +
          `(${count(summary.batches)} batches, ${seconds.toFixed(1)} s, ${count(Math.round(summary.republished / Math.max(seconds, 0.001)))} records/s).\n`,
      );
      stdout.write(`${await deliverPublications(subgraph)}\n`);
      return 0;
    } finally {
      await subgraph.close();
    }
  });
}

function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(flag, `must be a positive whole number; got "${text}".`);
  return value;
}

const count = (value: number) => value.toLocaleString('en');

/** Progress on stderr, as `beacon import` shows it: redrawn in place on a terminal, a plain line every few seconds elsewhere. */
class RepublishProgress {
  private lastDrawn = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly total: number,
    private readonly records: string,
  ) {}

  update({ republished, elapsedMs }: RepublicationProgress): void {
    const tty = this.stream.isTTY === true;
    const now = Date.now();
    if (now - this.lastDrawn < (tty ? TTY_REDRAW_MS : PLAIN_LINE_MS)) return;
    this.lastDrawn = now;
    const percent = this.total > 0 ? Math.min(100, Math.floor((republished / this.total) * 100)) : 100;
    const rate = elapsedMs > 0 ? Math.round((republished / elapsedMs) * 1000) : 0;
    const line = `republish: ${percent}%, ${count(republished)} of ${count(this.total)} ${this.records}, ${count(rate)} records/s`;
    if (tty) {
      this.stream.write(`\r\u001b[2K${line.slice(0, (this.stream.columns ?? 120) - 1)}`);
      this.drawn = true;
    } else {
      this.stream.write(`${line}\n`);
    }
  }

  done(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }
}
