import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SUPERGRAPH_PATH } from '../../gateway/config.js';
import { buildSubgraphSdls } from '../compose/compose-supergraph.js';
import { DEFAULT_ALLOW_FILE, readAllowFile } from '../schema/allow-file.js';
import { checkSchema, formatSchemaReport } from '../schema/schema-check.js';

const USAGE = 'Usage: beacon schema check [--subgraph <name> [--sdl <file>]] [--supergraph <file>] [--allow <file>]\n';

/**
 * `beacon schema check`: would the subgraphs as they are now (or one subgraph with the SDL in
 * `--sdl`) break operations written against the committed supergraph? Exit 1 if so.
 */
export async function runSchema(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'check') {
    process.stderr.write(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      subgraph: { type: 'string' },
      sdl: { type: 'string' },
      supergraph: { type: 'string', default: DEFAULT_SUPERGRAPH_PATH },
      allow: { type: 'string' },
    },
  });
  if (values.sdl && !values.subgraph) {
    process.stderr.write(`--sdl needs --subgraph: say which subgraph the SDL is for.\n${USAGE}`);
    return 2;
  }
  const allowFile = resolve(values.allow ?? DEFAULT_ALLOW_FILE);
  const subgraphs = await buildSubgraphSdls();
  if (values.subgraph && !subgraphs.some((subgraph) => subgraph.name === values.subgraph)) {
    process.stderr.write(`There is no subgraph "${values.subgraph}"; choose one of ${subgraphs.map((subgraph) => subgraph.name).join(', ')}.\n`);
    return 2;
  }
  const report = checkSchema({
    committedSupergraph: readFileSync(resolve(values.supergraph as string), 'utf8'),
    subgraphs,
    // Without --sdl the subgraph's current code is the proposal, as it is for every other one.
    proposed: values.subgraph && values.sdl ? { subgraph: values.subgraph, sdl: readFileSync(resolve(values.sdl), 'utf8') } : undefined,
    allowList: readAllowFile(allowFile, values.allow !== undefined),
  });
  (report.breaking.length > 0 ? process.stderr : process.stdout).write(formatSchemaReport(report, allowFile));
  return report.breaking.length > 0 ? 1 : 0;
}
