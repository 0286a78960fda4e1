import { describe, expect, it } from 'vitest';
import { hotspotIndex } from './hotspot-index.js';

const entry = (origin: string, value: number) => ({ origin, destination: null, count: { value } });

describe('hotspotIndex', () => {
  it('averages each sector’s share of its own total, so a sector that records more does not outweigh the others', () => {
    const rows = hotspotIndex([
      { sector: 'LAW_ENFORCEMENT', measure: 'CASES', entries: [entry('GB', 30), entry('MD', 10)] },
      { sector: 'NGO', measure: 'SURVIVORS', entries: [entry('GB', 1000), entry('MD', 3000)] },
    ]);
    // 75% of the cases and 25% of the survivors against 25% and 75%: a tie, broken by code.
    expect(rows.map((row) => [row.origin, Number(row.index.toFixed(2))])).toEqual([
      ['GB', 50],
      ['MD', 50],
    ]);
    expect(rows.find((row) => row.origin === 'GB')!.shares).toEqual([
      { sector: 'LAW_ENFORCEMENT', measure: 'CASES', share: 0.75, count: 30 },
      { sector: 'NGO', measure: 'SURVIVORS', share: 0.25, count: 1000 },
    ]);
  });

  it('ranks a place only one sector knows below one all sectors agree on', () => {
    const rows = hotspotIndex([
      { sector: 'LAW_ENFORCEMENT', measure: 'CASES', entries: [entry('GB', 50), entry('TH', 50)] },
      { sector: 'NGO', measure: 'SURVIVORS', entries: [entry('GB', 20)] },
      { sector: 'FINANCIAL', measure: 'RED_FLAGS', entries: [entry('GB', 20)] },
    ]);
    expect(rows.map((row) => row.origin)).toEqual(['GB', 'TH']);
    expect(rows[0]!.index).toBeCloseTo(100 * (0.5 + 1 + 1) / 3);
  });
});
