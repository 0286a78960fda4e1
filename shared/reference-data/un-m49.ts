import { M49_AREA_NAMES, M49_OF_COUNTRY } from './un-m49-data.js';

/** A UN M49 area: a region (150 Europe) or a sub-region (151 Eastern Europe). */
export interface M49Area {
  readonly code: string;
  readonly name: string;
}

export interface M49Regions {
  readonly region: M49Area;
  readonly subRegion: M49Area;
  /** Only where M49 has one (029 Caribbean, 005 South America, 017 Middle Africa, …). */
  readonly intermediateRegion: M49Area | null;
}

const area = (code: string): M49Area => ({ code, name: M49_AREA_NAMES[code]! });

/** The M49 region, sub-region and intermediate region of an ISO 3166-1 alpha-2 country; undefined for none (AQ). */
export function m49RegionsOf(country: string): M49Regions | undefined {
  const codes = M49_OF_COUNTRY[country];
  if (!codes) return undefined;
  const [subRegion, region, intermediate] = codes;
  return { region: area(region), subRegion: area(subRegion), intermediateRegion: intermediate ? area(intermediate) : null };
}

const SUB_REGIONS: ReadonlyMap<string, readonly string[]> = (() => {
  const members = new Map<string, string[]>();
  for (const [country, [subRegion]] of Object.entries(M49_OF_COUNTRY)) {
    const list = members.get(subRegion);
    if (list) list.push(country);
    else members.set(subRegion, [country]);
  }
  return members;
})();

/** True for the three-digit code of an M49 sub-region (151, 202, 419, …). */
export function isM49SubRegion(code: string): boolean {
  return SUB_REGIONS.has(code);
}

/** The countries of an M49 sub-region, alphabetically; empty for any other code. */
export function countriesOfM49SubRegion(code: string): readonly string[] {
  return [...(SUB_REGIONS.get(code) ?? [])].sort();
}

export function m49AreaName(code: string): string | undefined {
  return M49_AREA_NAMES[code];
}
