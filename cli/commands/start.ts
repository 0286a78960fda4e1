import { readFileSync } from 'node:fs';
import { readGatewayConfig } from '../../gateway/index.js';
import { PERSONAS, type PersonaName } from '../../shared/auth/index.js';
import { startDevStack, type DevStack } from '../stack/dev-stack.js';
import { readStackConfig } from '../stack/stack-config.js';
import { StackStartError } from '../stack/ports.js';
import { untilSignal } from './signals.js';

/** `beacon start` (and `npm start`): the whole federation on this machine, until Ctrl-C. */
export async function runStart(): Promise<number> {
  const config = readStackConfig();
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  } catch {
    throw new StackStartError(`No supergraph at ${config.supergraphPath}; run \`npx beacon compose\` to write it.`);
  }
  process.stdout.write(
    config.databaseServerUrl
      ? 'Starting Beacon on the Postgres server in DATABASE_URL…\n'
      : `Starting Beacon with an embedded Postgres in ${config.home}/pg…\n`,
  );
  const { limits, rateLimit, redisUrl, rateLimitKeyPrefix, subgraphTimeoutMs, subgraphTimeouts, breaker, drainTimeoutMs } =
    readGatewayConfig();
  // No metrics listener in the dev stack: a fixed second port would collide between two stacks
  // (or a stack and the tests) on one machine; `beacon gateway` serves /metrics.
  const gateway = { limits, rateLimit, redisUrl, rateLimitKeyPrefix, subgraphTimeoutMs, subgraphTimeouts, breaker, drainTimeoutMs };
  const stack = await startDevStack({ ...config, databasePrefix: 'beacon', supergraphSdl, gateway });
  process.stdout.write(banner(stack));
  await untilSignal();
  process.stdout.write('\nStopping Beacon…\n');
  await stack.close();
  process.stdout.write('Stopped.\n');
  return 0;
}

function banner(stack: DevStack): string {
  const subgraphs = Object.entries(stack.subgraphUrls).map(([name, url]) => `    ${name.padEnd(16)} ${url}`);
  const tokens = (Object.keys(PERSONAS) as PersonaName[]).map(
    (name) => `  ${name} (${PERSONAS[name].sector}, ${PERSONAS[name].roles.join(', ')}):\n    ${stack.tokens[name]}`,
  );
  return [
    '',
    'Beacon is running.',
    `  Explorer   ${stack.gatewayUrl}/`,
    `  Maps       ${stack.gatewayUrl}/analyst   (hotspots, routes and trends; k-anonymous)`,
    `  GraphQL    ${stack.gatewayUrl}/graphql`,
    `  Health     ${stack.gatewayUrl}/health   Ready ${stack.gatewayUrl}/ready`,
    '  Subgraphs (each verifies tokens itself):',
    ...subgraphs,
    '',
    'Demo tokens (valid 12 hours; `npx beacon token --persona <name>` mints a fresh one):',
    ...tokens,
    '',
    'Try:',
    `  curl -s ${stack.gatewayUrl}/graphql -H 'content-type: application/json' \\`,
    "    -H \"authorization: Bearer $TOKEN\" -H 'x-beacon-purpose: analysis' \\",
    "    -d '{\"query\":\"{ people(minSectors: 2) { id survivors { id givenName } } }\"}'",
    '',
    'Ctrl-C stops everything.',
    '',
  ].join('\n');
}
