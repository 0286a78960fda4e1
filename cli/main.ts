import 'reflect-metadata';
import { describeFailure } from './commands/failure.js';

type Command = (args: string[]) => Promise<number>;

/** Commands load lazily: `beacon token` should not pay for building four schemas. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  start: { summary: 'run the whole dev stack (embedded Postgres unless DATABASE_URL is set)', load: async () => (await import('./commands/start.js')).runStart },
  subgraph: { summary: 'run one subgraph alone: beacon subgraph <name> --database-url … --issuer …', load: async () => (await import('./commands/subgraph.js')).runSubgraph },
  gateway: { summary: 'run the gateway alone over the committed supergraph', load: async () => (await import('./commands/gateway.js')).runGateway },
  schema: { summary: 'check a schema change against the committed supergraph: beacon schema check [--subgraph <name> --sdl file]', load: async () => (await import('./commands/schema.js')).runSchema },
  compose: { summary: 'write supergraph.graphql from the subgraphs (--check: fail if stale)', load: async () => (await import('./commands/compose.js')).runCompose },
  token: { summary: 'mint a dev token: beacon token --persona <name>', load: async () => (await import('./commands/token.js')).runToken },
  link: { summary: 'link CSV files offline: beacon link --input a.csv --map id=…,given_name=… --out clusters.csv', load: async () => (await import('./commands/link.js')).runLink },
  docs: { summary: 'write docs/ACCESS.md and docs/configuration.md from the code (--check: fail if stale)', load: async () => (await import('./commands/docs.js')).runDocs },
  audit: { summary: "verify a subgraph's audit chain: beacon audit verify --subgraph <name> [--database-url …]", load: async () => (await import('./commands/audit.js')).runAudit },
  import: { summary: 'load a CSV or NDJSON file into a sector subgraph: beacon import <subgraph> <file> [--kind …]', load: async () => (await import('./commands/import.js')).runImportCommand },
  seed: { summary: 'generate synthetic people for all sectors: beacon seed --people N --seed S [--out DIR] (without --out: loaded into the databases)', load: async () => (await import('./commands/seed.js')).runSeed },
  retention: { summary: 'remove records past their retention date: beacon retention [--subgraph <name>] [--now <ISO>]', load: async () => (await import('./commands/retention.js')).runRetentionCommand },
  republish: { summary: 'publish every record of a sector to the linkage hub again (after a new secret or derivation): beacon republish <subgraph> [--dry-run]', load: async () => (await import('./commands/republish.js')).runRepublishCommand },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`);
  return `Usage: beacon <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`beacon: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await command.load())(args);
  } catch (error) {
    process.stderr.write(`beacon ${name}: ${describeFailure(error)}\n`);
    return 1;
  }
}
