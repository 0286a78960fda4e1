import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/index.js';
import { readAggregateRules } from './aggregate-rules.js';
import { parsePeriod, periodIndex, periodLabel } from './period.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('parsePeriod', () => {
  it('accepts only a year, a quarter or a month, and places each in its table', () => {
    expect(periodIndex(parsePeriod('2024', NOW))).toBe(0);
    expect(periodIndex(parsePeriod('2024-Q2', NOW))).toBe(2);
    expect(periodIndex(parsePeriod('2024-05', NOW))).toBe(9);
    expect(periodLabel(2024, 9)).toBe('2024-05');
  });

  it.each(['2024-01-05', '2024-01-05..2024-02-03', '2024-W07', '2024-13', '2024-Q5', '1999', '2027', 'last month'])(
    'refuses %s with BAD_USER_INPUT: no arbitrary windows',
    (text) => {
      expect(() => parsePeriod(text, NOW)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    },
  );
});

describe('readAggregateRules', () => {
  it('defaults to k = 11 (as CTDC) and reads each sector its own', () => {
    expect(readAggregateRules({}, 'NGO')).toEqual({ k: 11, resolution: 5, amountResolutionMinor: 100_000 });
    expect(readAggregateRules({ BEACON_NGO_AGGREGATE_K: '20', BEACON_NGO_AGGREGATE_RESOLUTION: '10' }, 'NGO')).toMatchObject({ k: 20, resolution: 10 });
  });

  it('refuses a k below 5 and a rounding coarser than k, naming the variable', () => {
    expect(() => readAggregateRules({ BEACON_FINANCIAL_AGGREGATE_K: '3' }, 'FINANCIAL')).toThrow(ConfigError);
    expect(() => readAggregateRules({ BEACON_NGO_AGGREGATE_RESOLUTION: '12' }, 'NGO')).toThrow(/BEACON_NGO_AGGREGATE_RESOLUTION/);
  });
});
