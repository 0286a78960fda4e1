import { describe, expect, it } from 'vitest';
import {
  normaliseAddress,
  normaliseCountry,
  normalisePostcode,
  normaliseRegion,
  normaliseStreet,
  normaliseStreetNumber,
} from './index.js';

describe('normaliseAddress', () => {
  it('spells out street types, St/Mt in front, and folds case, accents and punctuation', () => {
    expect(normaliseStreet('Stanley St.')).toBe('stanley street');
    expect(normaliseStreet('St Kilda Rd')).toBe('saint kilda road');
    expect(normaliseStreet('Rue de l’Église')).toBe('rue de leglise');
    expect(normaliseStreet('Dr')).toBe('dr');
  });

  it('keeps the digits and letters of a house number and drops "No."', () => {
    expect(normaliseStreetNumber('No. 12a')).toBe('12a');
    expect(normaliseStreetNumber('12-14')).toBe('12 14');
    expect(normaliseStreetNumber('rear')).toBeUndefined();
  });

  it('writes postcodes in capitals without spaces, and refuses other characters', () => {
    expect(normalisePostcode('sw1a 1aa')).toBe('SW1A1AA');
    expect(normalisePostcode('12345-6789')).toBe('123456789');
    expect(normalisePostcode('41/01')).toBeUndefined();
    expect(normalisePostcode('ABC')).toBeUndefined();
  });

  it('abbreviates Australian, US and Canadian regions and folds the rest', () => {
    expect(normaliseRegion('New South Wales')).toBe('nsw');
    expect(normaliseRegion('NSW')).toBe('nsw');
    expect(normaliseRegion('Île-de-France')).toBe('ile de france');
  });

  it('reads countries as ISO 3166 alpha-2 from codes and English names', () => {
    expect(normaliseCountry('gb')).toBe('GB');
    expect(normaliseCountry('United Kingdom')).toBe('GB');
    expect(normaliseCountry('Great Britain')).toBe('GB');
    expect(normaliseCountry('Türkiye')).toBe('TR');
    expect(normaliseCountry('Russia')).toBe('RU');
    expect(normaliseCountry('Narnia')).toBeUndefined();
    expect(normaliseCountry('ZZ')).toBeUndefined();
  });

  it('keeps the parts that normalise and lists the ones that do not; blank parts are simply absent', () => {
    const { address, rejected } = normaliseAddress({
      streetNumber: 'rear',
      street: 'Wattle St',
      addressLine2: '  ',
      locality: 'Mt Druitt',
      postcode: '27/70',
      region: 'nsw',
      country: 'Australia',
    });
    expect(address).toEqual({ street: 'wattle street', locality: 'mount druitt', region: 'nsw', country: 'AU' });
    expect(rejected).toEqual(['streetNumber', 'postcode']);
  });
});
