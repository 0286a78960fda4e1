import type { FinestRow } from './aggregate-table.js';

export type AggregateSector = 'LAW_ENFORCEMENT' | 'NGO' | 'FINANCIAL';

/** A breakdown of a measure: a fixed vocabulary, each record in one category (additive) or several. */
export interface DimensionDefinition {
  /** Every value the dimension can take; `open` vocabularies (citizenship) are read from the data. */
  readonly categories: readonly string[] | 'open';
  /** True when each record is in exactly one category (gender, mode); false for multi-valued fields. */
  readonly additive: boolean;
  /** True when the breakdown sums money per category (the categories are currencies). */
  readonly amounts?: boolean;
}

export interface ProvenanceDefinition {
  readonly unit: string;
  readonly sources: ReadonlyArray<{ readonly kind: string; readonly measures: string }>;
  readonly caveats: readonly string[];
}

/** One measure a sector serves; its rows come from the sector's own database. */
export interface MeasureDefinition {
  readonly name: string;
  readonly provenance: ProvenanceDefinition;
  readonly dimensions: Readonly<Record<string, DimensionDefinition>>;
  /** Whether the measure has a route (origin → destination) as well as a place. */
  readonly onCorridors: boolean;
  /** Counted per country only (a case's jurisdiction): a finer place is refused, not answered with 0. */
  readonly countryOnly?: boolean;
}

export type TableKind = 'LOCATION' | 'CORRIDOR';

export interface RowQuery {
  readonly kind: TableKind;
  /** A country (or destination country); null: every scope, for rankings. */
  readonly scope: string | null;
  readonly year: number;
  readonly dimension: string | null;
}

/** How a sector reads a measure's finest counts; rows of a corridor table have origins as places, `UNKNOWN` for none. */
export type MeasureRows = (measure: string, query: RowQuery) => Promise<FinestRow[]>;

/** The origin of a route that has none on record: a term of the destination's total, never shown. */
export const UNKNOWN_ORIGIN = 'UNKNOWN';
