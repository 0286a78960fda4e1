import { writeFileSync } from 'node:fs';
import { deriveExactKeys } from '../exact-keys.js';
import { createFuzzyEncoder } from '../fuzzy-encoding.js';
import { HARDENINGS } from '../hardening.js';
import { createLinkageMaterialDeriver } from '../linkage-material.js';
import { PINNED_RECORDS, PINNED_SECRET } from './pinned-records.js';

/**
 * Writes `linkage-material.pinned.json` from the code as it is. Run it only when an encoding is
 * meant to change — which changes every key a federation has published, so every owner must
 * re-publish — never to make the pinned test pass:
 * `node --import tsx shared/linkage/pinned/write-pinned-material.ts`.
 */
export function pinnedOutputs(): unknown {
  const material = createLinkageMaterialDeriver(PINNED_SECRET);
  return PINNED_RECORDS.map(({ label, identifiers }) => ({
    label,
    material: material(identifiers),
    exactKeysWithBufferSecret: deriveExactKeys(identifiers, Buffer.from(PINNED_SECRET, 'utf8')),
    // BLIP is random by design; the other hardenings and a shorter encoding are pinned too.
    encodings: Object.fromEntries(
      HARDENINGS.filter((hardening) => hardening !== 'blip').map((hardening) => {
        const encoded = createFuzzyEncoder(PINNED_SECRET, { hardening, bits: 512 }).encode(identifiers);
        return [hardening, { ...encoded, encoding: Buffer.from(encoded.encoding).toString('base64') }];
      }),
    ),
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('./linkage-material.pinned.json', import.meta.url), `${JSON.stringify(pinnedOutputs(), null, 1)}\n`);
}
