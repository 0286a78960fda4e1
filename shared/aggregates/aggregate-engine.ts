import { BeaconError } from '../errors/index.js';
import { countriesOfM49SubRegion, isM49SubRegion } from '../reference-data/index.js';
import { AggregateTable, ALL, SCOPE_ROW, type FinestRow, type TableCell } from './aggregate-table.js';
import type { AggregateAmount, AggregateCount } from './aggregate-count.type.js';
import { TrendGranularity, type Aggregate, type Trend } from './aggregate.type.js';
import type { AggregateRules } from './aggregate-rules.js';
import { aggregateTooSpecific } from './aggregate-too-specific.js';
import type { RankedSignal, SectorRanking } from './hotspot.type.js';
import { UNKNOWN_ORIGIN, type AggregateSector, type MeasureDefinition, type MeasureRows, type TableKind } from './measure.js';
import { checkYear, monthIndex, parsePeriod, periodIndex, periodLabel, quarterIndex, YEAR_INDEX } from './period.js';
import type { Provenance } from './provenance.type.js';

/** A place (country, UN M49 sub-region or UN/LOCODE) or a route between two countries. */
export type AggregateTarget =
  | { readonly kind: 'LOCATION'; readonly code: string }
  | { readonly kind: 'CORRIDOR'; readonly origin: string; readonly destination: string };

export interface AggregateSelection {
  readonly measure: string;
  readonly by?: string | null;
  readonly category?: string | null;
}

export interface AggregateEngineOptions {
  readonly sector: AggregateSector;
  readonly measures: readonly MeasureDefinition[];
  readonly rows: MeasureRows;
  readonly rules: AggregateRules;
}

/** The most entries a ranking returns. */
export const MAX_RANKING = 50;

/**
 * A sector's aggregates: reads finest counts through the sector's `rows`, builds the whole
 * protected table each figure belongs to, and reads the figure out of it. Nothing below k leaves:
 * a suppressed cell's value is never copied into a result.
 */
export class AggregateEngine {
  private readonly measures: ReadonlyMap<string, MeasureDefinition>;

  constructor(private readonly options: AggregateEngineOptions) {
    this.measures = new Map(options.measures.map((measure) => [measure.name, measure]));
  }

  async aggregate(target: AggregateTarget, periodText: string, selection: AggregateSelection): Promise<Aggregate> {
    const period = parsePeriod(periodText);
    const { measure, dimension, category } = this.checkSelection(target, selection);
    const { table, row } = await this.table(target, measure, period.year, dimension);
    const index = periodIndex(period);
    const total = table.cell(row, index, category ?? ALL);
    if (total.suppressed) throw aggregateTooSpecific(`the ${measure.name.toLowerCase()} of this ${target.kind === 'LOCATION' ? 'place' : 'route'} in ${periodText}${category ? ` in category ${category}` : ''} are too few.`);
    const breakdown =
      dimension && !category
        ? table.categories
            .filter((name) => name !== ALL)
            .map((name) => ({ name, cell: table.cell(row, index, name) }))
            .filter(({ cell }) => measure.dimensions[dimension]!.categories !== 'open' || !cell.suppressed)
            .map(({ name, cell }) => ({ category: name, count: this.count(cell), amount: measure.dimensions[dimension]!.amounts ? this.amount(cell, name) : null }))
        : [];
    const folded = dimension && !category ? this.folded(table, row, index, dimension, measure) : null;
    return {
      measure: measure.name,
      period: periodLabel(period.year, index),
      dimension: dimension ?? null,
      category: category ?? null,
      total: this.count(total),
      breakdown,
      other: folded,
      provenance: this.provenance(measure),
    };
  }

  async trend(target: AggregateTarget, year: number, granularity: TrendGranularity, selection: AggregateSelection): Promise<Trend> {
    checkYear(year);
    const { measure, dimension, category } = this.checkSelection(target, selection);
    const { table, row } = await this.table(target, measure, year, dimension);
    const total = table.cell(row, YEAR_INDEX, category ?? ALL);
    if (total.suppressed) throw aggregateTooSpecific(`the ${measure.name.toLowerCase()} here in ${year}${category ? ` in category ${category}` : ''} are too few for a trend.`);
    const indexes = granularity === TrendGranularity.MONTH ? [...Array(12).keys()].map((m) => monthIndex(m + 1)) : [1, 2, 3, 4].map(quarterIndex);
    return {
      measure: measure.name,
      year,
      granularity,
      category: category ?? null,
      total: this.count(total),
      points: indexes.map((index) => ({ period: periodLabel(year, index), count: this.count(table.cell(row, index, category ?? ALL)) })),
      provenance: this.provenance(measure),
    };
  }

  /** Countries (or country-to-country routes) by the measure over a year, highest first; suppressed ones are left out. */
  async ranking(kind: TableKind, measureName: string, year: number, first: number): Promise<SectorRanking> {
    checkYear(year);
    const measure = this.measureNamed(measureName);
    if (kind === 'CORRIDOR' && !measure.onCorridors) throw badInput('measure', `${measure.name} has no routes to rank.`);
    const size = Math.min(Math.max(1, Math.trunc(first)), MAX_RANKING);
    const rows = await this.options.rows(measure.name, { kind, scope: null, year, dimension: null });
    const entries: Array<RankedSignal & { exact: number }> = [];
    for (const [scope, scopeRows] of groupBy(rows, (row) => row.scope)) {
      const table = this.build(kind, scope, scopeRows, null, measure);
      const rowsOf = kind === 'LOCATION' ? [SCOPE_ROW] : table.places.filter((place) => place !== SCOPE_ROW && place !== UNKNOWN_ORIGIN);
      for (const place of rowsOf) {
        const cell = table.cell(place, YEAR_INDEX);
        if (cell.suppressed || cell.value === 0) continue;
        entries.push(kind === 'LOCATION'
          ? { origin: scope, destination: null, count: this.count(cell), exact: cell.value }
          : { origin: place, destination: scope, count: this.count(cell), exact: cell.value });
      }
    }
    // Ordered by the shown (rounded) value, so the order reveals nothing the figures do not.
    entries.sort((a, b) => (b.count.value ?? 0) - (a.count.value ?? 0) || `${a.origin}${a.destination}`.localeCompare(`${b.origin}${b.destination}`));
    return {
      measure: measure.name,
      year,
      entries: entries.slice(0, size).map(({ exact: _exact, ...entry }) => entry),
      provenance: this.provenance(measure),
    };
  }

  private checkSelection(target: AggregateTarget, selection: AggregateSelection) {
    const measure = this.measureNamed(selection.measure);
    if (target.kind === 'LOCATION' && measure.countryOnly && target.code.length === 5) {
      throw aggregateTooSpecific(`${measure.name} are counted per country; ask for ${target.code.slice(0, 2)}.`);
    }
    if (target.kind === 'CORRIDOR') {
      if (!measure.onCorridors) throw badInput('measure', `${measure.name} is counted at places, not along routes.`);
      if (target.origin.length !== 2 || target.destination.length !== 2) {
        throw aggregateTooSpecific('routes are aggregated between countries only; ask for the countries of these places.');
      }
    }
    const dimension = selection.by ?? null;
    const category = selection.category ?? null;
    if (dimension !== null && !measure.dimensions[dimension]) {
      throw badInput('by', `${measure.name} has no breakdown ${dimension}; it has ${Object.keys(measure.dimensions).join(', ') || 'none'}.`);
    }
    if (category !== null) {
      if (dimension === null) throw badInput('category', 'a category filter needs the dimension it belongs to (`by`).');
      const categories = measure.dimensions[dimension]!.categories;
      if (categories !== 'open' && !categories.includes(category)) throw badInput('category', `${category.slice(0, 40)} is not a ${dimension} category.`);
      if (categories === 'open' && !/^[A-Z]{2}$|^UNKNOWN$/.test(category)) throw badInput('category', `${category.slice(0, 40)} is not a ${dimension} category.`);
    }
    return { measure, dimension, category };
  }

  private measureNamed(name: string): MeasureDefinition {
    const measure = this.measures.get(name);
    if (!measure) throw badInput('measure', `${name.slice(0, 40)} is not a ${this.options.sector} measure.`);
    return measure;
  }

  private async table(target: AggregateTarget, measure: MeasureDefinition, year: number, dimension: string | null) {
    if (target.kind === 'LOCATION' && isM49SubRegion(target.code)) return { table: await this.regionTable(target.code, measure, year, dimension), row: SCOPE_ROW };
    const scope = target.kind === 'LOCATION' ? target.code.slice(0, 2) : target.destination;
    const row = target.kind === 'LOCATION' ? (target.code.length === 2 ? SCOPE_ROW : target.code) : target.origin;
    const rows = await this.options.rows(measure.name, { kind: target.kind, scope, year, dimension });
    return { table: this.build(target.kind, scope, rows, dimension, measure), row };
  }

  private build(kind: TableKind, scope: string, rows: readonly FinestRow[], dimension: string | null, measure: MeasureDefinition): AggregateTable {
    const definition = dimension ? measure.dimensions[dimension]! : undefined;
    const categories = !definition
      ? []
      : definition.categories === 'open'
        ? openCategories(rows)
        : definition.categories;
    return AggregateTable.build(
      {
        scope,
        // Records placed only at the country level, and routes with no known origin, count in the
        // scope's totals but are no "place" one can ask for.
        hiddenPlaces: new Set(kind === 'LOCATION' ? [scope] : [UNKNOWN_ORIGIN]),
        categories,
        additiveCategories: definition?.additive ?? true,
      },
      rows,
      this.options.rules.k,
    );
  }

  /**
   * A sub-region's table: its countries are its places, each with the figures — and the
   * suppressions — of the country's own table, so that the region's figures minus the countries'
   * shown ones can never give back a figure a country's table withheld. Only the region's own
   * cells are chosen to protect them. Sub-regions do not nest in one another (no region table
   * above them), which keeps this the only line between two tables.
   */
  private async regionTable(code: string, measure: MeasureDefinition, year: number, dimension: string | null): Promise<AggregateTable> {
    const countries = new Set(countriesOfM49SubRegion(code));
    const rows = (await this.options.rows(measure.name, { kind: 'LOCATION', scope: null, year, dimension })).filter((row) => countries.has(row.scope));
    const countryTables = new Map([...groupBy(rows, (row) => row.scope)].map(([country, countryRows]) => [country, this.build('LOCATION', country, countryRows, dimension, measure)]));
    const definition = dimension ? measure.dimensions[dimension]! : undefined;
    return AggregateTable.build(
      {
        scope: code,
        hiddenPlaces: new Set(),
        categories: !definition ? [] : definition.categories === 'open' ? openCategories(rows) : definition.categories,
        additiveCategories: definition?.additive ?? true,
        decided: (country, period, category) => countryTables.get(country)?.cell(SCOPE_ROW, period, category).suppressed ?? false,
      },
      rows.map((row) => ({ ...row, scope: code, place: row.scope })),
      this.options.rules.k,
    );
  }

  /** The suppressed categories of a breakdown, folded: shown when they hold at least k together. */
  private folded(table: AggregateTable, row: string, index: number, dimension: string, measure: MeasureDefinition): AggregateCount {
    const suppressed = table.categories.filter((name) => name !== ALL).map((name) => table.cell(row, index, name)).filter((cell) => cell.suppressed);
    // Only an additive breakdown's suppressed cells are a group (a survivor can be in two).
    const value = measure.dimensions[dimension]!.additive ? suppressed.reduce((sum, cell) => sum + cell.value, 0) : 0;
    return this.count({ value, amountMinor: 0, suppressed: !measure.dimensions[dimension]!.additive || (value > 0 && value < this.options.rules.k) });
  }

  private count(cell: Readonly<TableCell>): AggregateCount {
    const { resolution } = this.options.rules;
    return { value: cell.suppressed ? null : Math.floor(cell.value / resolution) * resolution, suppressed: cell.suppressed, resolution };
  }

  private amount(cell: Readonly<TableCell>, currency: string): AggregateAmount {
    const resolutionMinor = this.options.rules.amountResolutionMinor;
    return {
      minorUnits: cell.suppressed ? null : Math.floor(cell.amountMinor / resolutionMinor) * resolutionMinor,
      currency,
      suppressed: cell.suppressed,
      resolutionMinor,
    };
  }

  private provenance(measure: MeasureDefinition): Provenance {
    const { provenance } = measure;
    return {
      sector: this.options.sector,
      unit: provenance.unit,
      sources: provenance.sources.map((source) => ({ ...source })),
      caveats: [...provenance.caveats],
    };
  }
}

function openCategories(rows: readonly FinestRow[]): string[] {
  return [...new Set(rows.map((row) => row.category).filter((category): category is string => category !== null))].sort();
}

function badInput(field: string, message: string): BeaconError {
  return new BeaconError('BAD_USER_INPUT', message, { invalidFields: [{ field, reason: message }] });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}
