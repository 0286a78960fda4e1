import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SUPERGRAPH_PATH } from '../../gateway/config.js';
import { buildSubgraphSdls, composeSupergraph } from '../compose/compose-supergraph.js';

/** `beacon compose [--out file] [--check]`: the supergraph from the subgraphs' code, offline. */
export async function runCompose(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string', default: DEFAULT_SUPERGRAPH_PATH }, check: { type: 'boolean', default: false } },
  });
  const path = resolve(values.out as string);
  const supergraph = composeSupergraph(await buildSubgraphSdls());
  if (values.check) {
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // A missing file is stale by definition.
    }
    if (committed !== supergraph) {
      process.stderr.write(`${path} is stale: run \`npx beacon compose\` and commit the result.\n`);
      return 1;
    }
    process.stdout.write(`${path} is up to date.\n`);
    return 0;
  }
  writeFileSync(path, supergraph);
  process.stdout.write(`Wrote ${path}.\n`);
  return 0;
}
