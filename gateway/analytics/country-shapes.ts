import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { isCountryCode } from '../../shared/reference-data/index.js';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const require = createRequire(import.meta.url);
/** Natural Earth 1:110m, the resolution a world choropleth needs (about 100 kB); shipped in `world-atlas`. */
const ATLAS_PATH = require.resolve('world-atlas/countries-110m.json');

/**
 * Natural Earth's short names that are not ICU's English names, by ISO 3166-1 numeric id (which
 * never changes for a country). Features without an id (N. Cyprus, Somaliland) have no ISO code.
 */
const NUMERIC_EXCEPTIONS: Readonly<Record<string, string>> = {
  '070': 'BA', '090': 'SB', '104': 'MM', '140': 'CF', '178': 'CG', '180': 'CD', '214': 'DO', '226': 'GQ', '238': 'FK', '260': 'TF',
  '275': 'PS', '384': 'CI', '728': 'SS', '732': 'EH', '748': 'SZ', '780': 'TT', '792': 'TR', '807': 'MK', '840': 'US',
};

/**
 * world-atlas keys countries by ISO 3166-1 numeric id and names them; Beacon uses alpha-2. ICU (in
 * Node) names every alpha-2 code, so most countries meet on their English name; the rest are above.
 */
function alpha2Of(): (id: string, name: string) => string | undefined {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const byName = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Only current codes: ICU also names withdrawn ones (DD, RH, VD…) after today's country.
      const name = isCountryCode(code) ? safeName(names, code) : undefined;
      if (name && !byName.has(name)) byName.set(name, code);
    }
  }
  return (id, name) => NUMERIC_EXCEPTIONS[id] ?? byName.get(name);
}

function safeName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

let shapes: ReadonlyMap<string, Feature<Geometry>> | undefined;

/** Country outlines by ISO alpha-2 code, read once. */
export function countryShapes(): ReadonlyMap<string, Feature<Geometry>> {
  if (shapes) return shapes;
  const topology = JSON.parse(readFileSync(ATLAS_PATH, 'utf8'));
  const collection = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry>;
  const alpha2 = alpha2Of();
  const result = new Map<string, Feature<Geometry>>();
  for (const country of collection.features) {
    const code = country.id === undefined ? undefined : alpha2(String(country.id), String(country.properties?.name ?? ''));
    if (code) result.set(code, country);
  }
  shapes = result;
  return result;
}
