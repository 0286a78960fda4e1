import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAccessMatrix } from '../cli/docs/access-matrix.js';

describe('docs/ACCESS.md', () => {
  it('is exactly what `npx beacon docs` generates from the policy maps today', async () => {
    const committed = readFileSync(new URL('../docs/ACCESS.md', import.meta.url), 'utf8');
    expect(await renderAccessMatrix(), 'docs/ACCESS.md is stale: run `npx beacon docs` and commit it').toBe(committed);
  });

  it('describes every rule in words (no rule shows up by its code name)', async () => {
    const matrix = await renderAccessMatrix();
    expect(matrix.match(/\| `[^`]+` \|$/gm) ?? []).toEqual([]);
  });
});
