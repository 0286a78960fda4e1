import type { Prng } from './prng.js';

/**
 * Trafficking corridors of the kind the UNODC Global Report and Europol's EMPACT assessments
 * describe: origin → transit → destination, each place a UN/LOCODE. Each corridor names the
 * origins whose people travel it and what they are most often exploited in at its end.
 */
export interface Corridor {
  readonly origins: readonly string[];
  /** Recruitment place (the origin's), transit places, exploitation place. */
  readonly places: readonly string[];
  readonly modes: readonly string[];
  /** Weights of HTCDS types of exploitation at the destination. */
  readonly exploitation: Readonly<Record<'SexualExploitation' | 'ForcedLabour' | 'Servitude' | 'ForcedBegging', number>>;
}

export const CORRIDORS: readonly Corridor[] = [
  { origins: ['MD'], places: ['MDKIV', 'ROIAS', 'ATVIE', 'DEBER'], modes: ['ROAD', 'ROAD'], exploitation: { SexualExploitation: 6, ForcedLabour: 3, Servitude: 1, ForcedBegging: 0 } },
  { origins: ['MD', 'UA'], places: ['MDKIV', 'UAODS', 'PLWAW', 'GBLON'], modes: ['ROAD', 'AIR'], exploitation: { SexualExploitation: 4, ForcedLabour: 5, Servitude: 1, ForcedBegging: 0 } },
  { origins: ['RO'], places: ['ROBUH', 'HUBUD', 'ATVIE', 'GBLON'], modes: ['ROAD', 'ROAD'], exploitation: { SexualExploitation: 4, ForcedLabour: 4, Servitude: 0, ForcedBegging: 2 } },
  { origins: ['RO', 'BG'], places: ['BGSOF', 'RSBEG', 'ITMIL'], modes: ['ROAD', 'ROAD'], exploitation: { SexualExploitation: 5, ForcedLabour: 3, Servitude: 0, ForcedBegging: 2 } },
  { origins: ['UA'], places: ['UAIEV', 'SKKSC', 'CZPRG', 'DEMUC'], modes: ['ROAD', 'RAIL'], exploitation: { SexualExploitation: 3, ForcedLabour: 6, Servitude: 1, ForcedBegging: 0 } },
  { origins: ['NG'], places: ['NGBEN', 'NENIM', 'LYTIP', 'ITCTA', 'ITTRN'], modes: ['ROAD', 'SEA'], exploitation: { SexualExploitation: 8, ForcedLabour: 1, Servitude: 1, ForcedBegging: 0 } },
  { origins: ['NG'], places: ['NGLOS', 'MACAS', 'ESMAD'], modes: ['AIR', 'ROAD'], exploitation: { SexualExploitation: 7, ForcedLabour: 2, Servitude: 1, ForcedBegging: 0 } },
  { origins: ['VN'], places: ['VNHAN', 'RUMOW', 'FRPAR', 'GBLON'], modes: ['AIR', 'ROAD'], exploitation: { SexualExploitation: 2, ForcedLabour: 7, Servitude: 1, ForcedBegging: 0 } },
  { origins: ['AL'], places: ['ALTIA', 'GRATH', 'FRCQF', 'GBDVR'], modes: ['ROAD', 'ROAD', 'SEA'], exploitation: { SexualExploitation: 5, ForcedLabour: 5, Servitude: 0, ForcedBegging: 0 } },
  { origins: ['MA'], places: ['MATNG', 'ESALG', 'ESMAD', 'FRPAR'], modes: ['SEA', 'ROAD'], exploitation: { SexualExploitation: 3, ForcedLabour: 6, Servitude: 1, ForcedBegging: 0 } },
  { origins: ['SY'], places: ['SYDAM', 'TRIST', 'GRATH', 'DEBER'], modes: ['ROAD', 'SEA'], exploitation: { SexualExploitation: 2, ForcedLabour: 6, Servitude: 1, ForcedBegging: 1 } },
  { origins: ['PH'], places: ['PHMNL', 'AEDXB', 'GBLON'], modes: ['AIR'], exploitation: { SexualExploitation: 1, ForcedLabour: 3, Servitude: 6, ForcedBegging: 0 } },
  { origins: ['GR'], places: ['GRSKG', 'MKSKP', 'ATVIE', 'DEMUC'], modes: ['ROAD'], exploitation: { SexualExploitation: 5, ForcedLabour: 4, Servitude: 1, ForcedBegging: 0 } },
  { origins: ['GB'], places: ['GBMAN', 'GBBHM', 'GBLON'], modes: ['ROAD', 'RAIL'], exploitation: { SexualExploitation: 5, ForcedLabour: 3, Servitude: 0, ForcedBegging: 2 } },
];

export function corridorsFrom(country: string): readonly Corridor[] {
  return CORRIDORS.filter((corridor) => corridor.origins.includes(country));
}

/** A corridor for a network recruiting in `country` (every origin in the name pools has one). */
export function pickCorridor(prng: Prng, country: string): Corridor {
  const candidates = corridorsFrom(country);
  return prng.pick(candidates.length > 0 ? candidates : CORRIDORS);
}

/** The country a corridor ends in: where cases are opened, survivors identified, accounts held. */
export function destinationOf(corridor: Corridor): string {
  return (corridor.places.at(-1) as string).slice(0, 2);
}
