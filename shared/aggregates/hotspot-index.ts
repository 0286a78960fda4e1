import type { AggregateSector } from './measure.js';

/** One sector's ranking, as the gateway or a partner's tool received it (suppressed entries absent). */
export interface SectorSignals {
  readonly sector: AggregateSector;
  readonly measure: string;
  readonly entries: ReadonlyArray<{ readonly origin: string; readonly destination: string | null; readonly count: { readonly value: number | null } }>;
}

export interface IndexedHotspot {
  readonly origin: string;
  readonly destination: string | null;
  /** 0–100: the weighted mean of the sectors' shares, as a percentage of the largest possible. */
  readonly index: number;
  /** Each sector's share of its own year total among ranked places (0–1), and the count it showed. */
  readonly shares: ReadonlyArray<{ readonly sector: AggregateSector; readonly measure: string; readonly share: number; readonly count: number }>;
}

/**
 * Equal weights: no sector's count is a better proxy for trafficking than another's (cases
 * measure enforcement, survivors the reach of services, transactions the banks that report);
 * agreement between them is the signal.
 */
export const SECTOR_WEIGHTS: Readonly<Record<AggregateSector, number>> = Object.freeze({ LAW_ENFORCEMENT: 1, NGO: 1, FINANCIAL: 1 });

/**
 * The Beacon hotspot index of docs/analytics.md: each sector's shown count at a place (or route)
 * divided by the sum of that sector's shown counts over every ranked place — a share, so a sector
 * that records more does not outweigh one that records less — then the weighted mean of the
 * shares of the sectors that answered, times 100. Computed from k-anonymous figures only, by
 * whoever holds all three rankings (the gateway's export, or a caller through the SDK).
 */
export function hotspotIndex(signals: readonly SectorSignals[], weights = SECTOR_WEIGHTS): IndexedHotspot[] {
  const answered = signals.filter((signal) => signal.entries.length > 0);
  const weightSum = answered.reduce((sum, signal) => sum + weights[signal.sector], 0);
  const byKey = new Map<string, { origin: string; destination: string | null; shares: IndexedHotspot['shares'][number][] }>();
  for (const signal of answered) {
    const total = signal.entries.reduce((sum, entry) => sum + (entry.count.value ?? 0), 0);
    if (total === 0) continue;
    for (const entry of signal.entries) {
      const key = `${entry.origin}>${entry.destination ?? ''}`;
      const item = byKey.get(key) ?? { origin: entry.origin, destination: entry.destination, shares: [] };
      item.shares.push({ sector: signal.sector, measure: signal.measure, share: (entry.count.value ?? 0) / total, count: entry.count.value ?? 0 });
      byKey.set(key, item);
    }
  }
  return [...byKey.values()]
    .map((item) => ({
      ...item,
      index: weightSum === 0 ? 0 : (100 * item.shares.reduce((sum, share) => sum + weights[share.sector] * share.share, 0)) / weightSum,
    }))
    .sort((a, b) => b.index - a.index || `${a.origin}${a.destination}`.localeCompare(`${b.origin}${b.destination}`));
}
