import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderAccessMatrix } from '../docs/access-matrix.js';

/** Where the generated access matrix lives in the repository. */
export const ACCESS_DOC_PATH = fileURLToPath(new URL('../../docs/ACCESS.md', import.meta.url));

/** `beacon docs [--check]`: writes docs/ACCESS.md from the policy maps (or checks it is current). */
export async function runDocs(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
  const fresh = await renderAccessMatrix();
  if (values.check) {
    let committed = '';
    try {
      committed = readFileSync(ACCESS_DOC_PATH, 'utf8');
    } catch {
      // Missing counts as stale.
    }
    if (committed !== fresh) {
      process.stderr.write(`${ACCESS_DOC_PATH} is stale: run \`npx beacon docs\` and commit the result.\n`);
      return 1;
    }
    process.stdout.write(`${ACCESS_DOC_PATH} is up to date.\n`);
    return 0;
  }
  writeFileSync(ACCESS_DOC_PATH, fresh);
  process.stdout.write(`Wrote ${ACCESS_DOC_PATH}.\n`);
  return 0;
}
