import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AllowedChange } from './schema-change.js';

/** Breaking changes accepted knowingly, each with its reason; absent means none. */
export const DEFAULT_ALLOW_FILE = fileURLToPath(new URL('../../schema-changes.allow.json', import.meta.url));

/** Reads `[{ "coordinate": "Type.field", "reason": "…" }]`; a malformed file fails, naming the entry. */
export function readAllowFile(path: string, required: boolean): AllowedChange[] {
  if (!existsSync(path)) {
    if (required) throw new Error(`The allow-file ${path} does not exist.`);
    return [];
  }
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`The allow-file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(entries)) throw new Error(`The allow-file ${path} must hold a JSON array of { "coordinate", "reason" }.`);
  return entries.map((entry: unknown, index) => {
    const { coordinate, reason } = (entry ?? {}) as Record<string, unknown>;
    if (typeof coordinate !== 'string' || typeof reason !== 'string' || reason.trim().length < 10) {
      throw new Error(
        `Entry ${index} of ${path} needs a "coordinate" (e.g. "Survivor.gender") and a "reason" of at least 10 characters saying why partners can take the break.`,
      );
    }
    return { coordinate, reason: reason.trim() };
  });
}
