import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderAccessMatrix } from '../docs/access-matrix.js';
import { renderConfigurationReference } from '../docs/configuration-reference.js';

/** Where the generated access matrix lives in the repository. */
export const ACCESS_DOC_PATH = fileURLToPath(new URL('../../docs/ACCESS.md', import.meta.url));
/** Where the generated configuration reference lives in the repository. */
export const CONFIGURATION_DOC_PATH = fileURLToPath(new URL('../../docs/configuration.md', import.meta.url));

/**
 * `beacon docs [--check]`: writes docs/ACCESS.md from the policy maps and docs/configuration.md
 * from the configuration catalogues (or checks that both are current).
 */
export async function runDocs(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
  const documents = [
    { path: ACCESS_DOC_PATH, fresh: await renderAccessMatrix() },
    { path: CONFIGURATION_DOC_PATH, fresh: renderConfigurationReference() },
  ];
  if (values.check) {
    let stale = 0;
    for (const { path, fresh } of documents) {
      if (committedText(path) === fresh) {
        process.stdout.write(`${path} is up to date.\n`);
      } else {
        process.stderr.write(`${path} is stale: run \`npx beacon docs\` and commit the result.\n`);
        stale += 1;
      }
    }
    return stale === 0 ? 0 : 1;
  }
  for (const { path, fresh } of documents) {
    writeFileSync(path, fresh);
    process.stdout.write(`Wrote ${path}.\n`);
  }
  return 0;
}

function committedText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Missing counts as stale.
    return '';
  }
}
