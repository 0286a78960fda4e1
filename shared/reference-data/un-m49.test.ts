import { describe, expect, it } from 'vitest';
import { countriesOfM49SubRegion, isCountryCode, isM49SubRegion, m49RegionsOf } from './index.js';

describe('UN M49 regions', () => {
  it('places a country in its region, sub-region and, where M49 has one, intermediate region', () => {
    expect(m49RegionsOf('MD')).toEqual({ region: { code: '150', name: 'Europe' }, subRegion: { code: '151', name: 'Eastern Europe' }, intermediateRegion: null });
    expect(m49RegionsOf('NG')).toEqual({
      region: { code: '002', name: 'Africa' },
      subRegion: { code: '202', name: 'Sub-Saharan Africa' },
      intermediateRegion: { code: '011', name: 'Western Africa' },
    });
    expect(m49RegionsOf('VN')?.subRegion.name).toBe('South-eastern Asia');
  });

  it('has a region for every ISO 3166 country Beacon accepts but Antarctica and the exceptionally reserved codes M49 does not list', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const countries = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter(isCountryCode);
    expect(countries.length).toBeGreaterThan(240);
    // Ascension, Clipperton, Sark, Diego Garcia, Ceuta & Melilla, Canary Islands, Tristan da Cunha.
    expect(countries.filter((code) => !m49RegionsOf(code))).toEqual(['AC', 'AQ', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);
  });

  it('knows sub-regions by code and lists their countries; a region (150) or a country number is not a sub-region', () => {
    expect(isM49SubRegion('151')).toBe(true);
    expect(isM49SubRegion('150')).toBe(false);
    expect(isM49SubRegion('498')).toBe(false);
    expect(countriesOfM49SubRegion('151')).toEqual(['BG', 'BY', 'CZ', 'HU', 'MD', 'PL', 'RO', 'RU', 'SK', 'UA']);
    expect(countriesOfM49SubRegion('999')).toEqual([]);
  });
});
