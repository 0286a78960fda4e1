import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLinkageMaterialDeriver } from '../linkage-material.js';
import { PINNED_RECORDS } from './pinned-records.js';
import { pinnedOutputs } from './write-pinned-material.js';

const pinned = JSON.parse(readFileSync(new URL('./linkage-material.pinned.json', import.meta.url), 'utf8')) as Array<{ label: string }>;

describe('linkage material is pinned byte for byte', () => {
  // Derived twice in one process: the second pass runs on the deriver's warm caches.
  it.each([1, 2])('derives exactly the pinned keys, encodings and blocking keys (pass %i)', () => {
    const outputs = JSON.parse(JSON.stringify(pinnedOutputs())) as Array<{ label: string }>;
    expect(outputs.map((output) => output.label)).toEqual(pinned.map((entry) => entry.label));
    for (const [i, output] of outputs.entries()) expect(output, output.label).toEqual(pinned[i]);
  });

  it('differs under another secret (the pins do depend on the secret)', () => {
    const other = createLinkageMaterialDeriver('another-secret-of-at-least-thirty-two-bytes!')(PINNED_RECORDS[0]!.identifiers);
    const first = pinned[0] as unknown as { material: { keys: Array<{ value: string }>; encoding: string } };
    expect(other.keys[0]?.value).not.toBe(first.material.keys[0]?.value);
    expect(other.encoding).not.toBe(first.material.encoding);
  });
});
