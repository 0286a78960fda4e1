import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevStack, type DevStack } from '../../cli/stack/dev-stack.js';
import { databaseNameOf, SUBGRAPHS } from '../../cli/stack/subgraph-registry.js';
import { dropDatabase } from '../../shared/database/index.js';
import { freePort } from '../../test/support/free-port.js';

const SUPERGRAPH_PATH = new URL('../../supergraph.graphql', import.meta.url);

export interface BenchStack {
  readonly stack: DevStack;
  /** `embedded Postgres` or the server's address without credentials. */
  readonly postgres: string;
  /** Every database of the stack is named `<prefix>_<subgraph>`: how its Postgres backends are told apart. */
  readonly databasePrefix: string;
}

/**
 * Readies the dev stack as `npm start` runs it, but disposable: keys and (embedded) Postgres data in
 * a temp folder, databases `bench_<random>_<subgraph>` on a given server, every port picked by
 * the OS. Returns the stack and a cleanup that is safe to call whatever happened before it.
 */
export async function prepareBenchStack(
  databaseServerUrl: string | undefined,
): Promise<{ start: () => Promise<BenchStack>; cleanup: () => Promise<void> }> {
  const home = await mkdtemp(join(tmpdir(), 'beacon-bench-'));
  // mkdtemp makes the folder 0700; as root the embedded Postgres runs as another OS user.
  await chmod(home, 0o711);
  const databasePrefix = `bench_${randomBytes(4).toString('hex')}`;
  let stack: DevStack | undefined;

  const start = async (): Promise<BenchStack> => {
    stack = await startDevStack({
      home,
      databaseServerUrl,
      databasePrefix,
      embeddedPostgresPort: databaseServerUrl ? 0 : await freePort(),
      host: '127.0.0.1',
      gatewayPort: 0,
      subgraphPorts: Object.fromEntries(SUBGRAPHS.map((definition) => [definition.name, 0])),
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      logLevel: 'silent',
      // The bench drives one persona far beyond a partner's rate limit on purpose: it measures
      // throughput, so the limiter is off (its own cost belongs in a bench of its own).
      gateway: { rateLimit: false },
    });
    return { stack, postgres: databaseServerUrl ? describeServer(databaseServerUrl) : 'embedded Postgres', databasePrefix };
  };

  const cleanup = async (): Promise<void> => {
    const failures: unknown[] = [];
    await stack?.close().catch((error: unknown) => failures.push(error));
    // The embedded cluster's databases live in `home` and go with it; a server's must be dropped,
    // including those a stack that failed half-way through starting had already created.
    if (databaseServerUrl) {
      for (const definition of SUBGRAPHS) {
        await dropDatabase(databaseServerUrl, databaseNameOf(definition.name, databasePrefix)).catch((error: unknown) =>
          failures.push(error),
        );
      }
    }
    await rm(home, { recursive: true, force: true }).catch((error: unknown) => failures.push(error));
    if (failures.length > 0) throw new AggregateError(failures, 'The bench stack did not clean up completely.');
  };

  return { start, cleanup };
}

function describeServer(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `Postgres at ${url.hostname}:${url.port || '5432'}`;
}
