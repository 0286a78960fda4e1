import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  nameTokens,
  normaliseDate,
  normaliseDocument,
  normaliseEmail,
  normaliseName,
  normalisePhone,
} from './index.js';

describe('normaliseName', () => {
  it('drops titles, accents, hyphens and doubled spaces', () => {
    expect(normaliseName('Dr. José  Núñez-García')).toBe('jose nunez garcia');
  });

  it('transliterates Cyrillic to the usual Latin spelling, soft sign included', () => {
    expect(normaliseName('Иван Петров')).toBe(normaliseName('Ivan Petrov'));
    expect(normaliseName('Ольга')).toBe('olga');
  });

  it('transliterates Greek and Arabic to non-empty Latin', () => {
    expect(normaliseName('Αλέξανδρος Παπαδόπουλος')).toBe('alexandros papadopoulos');
    expect(normaliseName('محمد عبد الله')).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
  });

  it('reads Arabic with and without vowel pointing as the same name', () => {
    expect(normaliseName('مُحَمَّد')).toBe(normaliseName('محمد'));
  });

  it('drops titles at the front of each comma-separated part only', () => {
    expect(normaliseName('Núñez-García, Dr. José')).toBe('nunez garcia jose');
    expect(normaliseName('Frau Prof. Anna Herr')).toBe('anna herr');
  });

  it('is undefined when only titles or punctuation are left', () => {
    expect(normaliseName('Mr.')).toBeUndefined();
    expect(normaliseName(' - , ')).toBeUndefined();
    expect(normaliseName('')).toBeUndefined();
  });
});

describe('nameTokens', () => {
  it('gives the same sorted tokens whichever way round the name was recorded', () => {
    const expected = ['ivan', 'petrov'];
    expect(nameTokens('Ivan', 'Petrov')).toEqual(expected);
    expect(nameTokens('Petrov', 'Ivan')).toEqual(expected);
    expect(nameTokens(undefined, 'Petrov, Ivan')).toEqual(expected);
    expect(nameTokens('Иван', 'Петров')).toEqual(expected);
  });

  it('keeps a surname that is also a title when it follows the given name', () => {
    expect(nameTokens('Mohammed', 'Sheikh')).toEqual(['mohammed', 'sheikh']);
  });

  it('is undefined when neither part has a word', () => {
    expect(nameTokens(undefined, undefined)).toBeUndefined();
    expect(nameTokens('Dr', '')).toBeUndefined();
  });
});

describe('normaliseDate', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads ISO and compact dates without a declared format', () => {
    expect(normaliseDate('1990-02-15')).toBe('1990-02-15');
    expect(normaliseDate('19900215')).toBe('1990-02-15');
  });

  it('reads a day/month date without a format only when the day is unmistakable', () => {
    expect(normaliseDate('15/02/1990')).toBe('1990-02-15');
    expect(normaliseDate('02/15/1990')).toBe('1990-02-15');
    expect(normaliseDate('05/05/1990')).toBe('1990-05-05');
    expect(normaliseDate('03/04/1990')).toBeUndefined();
  });

  it('reads an ambiguous date the way its declared format says', () => {
    expect(normaliseDate('03/04/1990', 'DD/MM/YYYY')).toBe('1990-04-03');
    expect(normaliseDate('03/04/1990', 'MM/DD/YYYY')).toBe('1990-03-04');
    expect(normaliseDate('3.4.1990', 'DD.MM.YYYY')).toBe('1990-04-03');
  });

  it('refuses input that does not have the declared layout', () => {
    expect(normaliseDate('1990-02-15', 'DD/MM/YYYY')).toBeUndefined();
    expect(normaliseDate('15/02/1990', 'YYYY-MM-DD')).toBeUndefined();
  });

  it('refuses dates that do not exist', () => {
    expect(normaliseDate('1990-02-30')).toBeUndefined();
    expect(normaliseDate('1990-13-01')).toBeUndefined();
    expect(normaliseDate('31/04/1990', 'DD/MM/YYYY')).toBeUndefined();
    expect(normaliseDate('1900-02-29')).toBeUndefined();
    expect(normaliseDate('2000-02-29')).toBe('2000-02-29');
  });

  it('refuses dates after today in the earliest time zone', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-01T12:00:00Z'));
    expect(normaliseDate('2024-06-01')).toBe('2024-06-01');
    expect(normaliseDate('2024-06-02')).toBe('2024-06-02');
    expect(normaliseDate('2024-06-03')).toBeUndefined();
  });

  it('refuses text that is not a date', () => {
    expect(normaliseDate('unknown')).toBeUndefined();
    expect(normaliseDate('1990')).toBeUndefined();
    expect(normaliseDate('15/02.1990')).toBeUndefined();
  });
});

describe('normalisePhone', () => {
  it('gives one E.164 form for international and national writing', () => {
    expect(normalisePhone('+44 7911 123456')).toBe('+447911123456');
    expect(normalisePhone('07911 123456', 'GB')).toBe('+447911123456');
    expect(normalisePhone('+44 (0)7911 123456', 'gb')).toBe('+447911123456');
  });

  it('refuses numbers that are not allocated, including the UK range reserved for drama', () => {
    expect(normalisePhone('+44 7700 900123')).toBeUndefined();
    expect(normalisePhone('07700 900123', 'GB')).toBeUndefined();
    expect(normalisePhone('+44 1234', 'GB')).toBeUndefined();
  });

  it('cannot read a national number without a known default country', () => {
    expect(normalisePhone('07911 123456')).toBeUndefined();
    expect(normalisePhone('07911 123456', 'ZZ')).toBeUndefined();
  });

  it('refuses a field that holds more than one number', () => {
    expect(normalisePhone('mother: +44 7911 123456', 'GB')).toBeUndefined();
  });
});

describe('normaliseDocument', () => {
  it('upper-cases and removes spaces, dashes and dots', () => {
    expect(normaliseDocument({ type: 'PASSPORT', issuingCountry: ' gb ', number: 'ab 12-34.56c' })).toEqual({
      type: 'PASSPORT',
      issuingCountry: 'GB',
      number: 'AB123456C',
    });
  });

  it('accepts alpha-3 issuing countries and refuses other shapes', () => {
    expect(normaliseDocument({ type: 'NATIONAL_ID', issuingCountry: 'ukr', number: '123456789' })?.issuingCountry).toBe(
      'UKR',
    );
    expect(normaliseDocument({ type: 'NATIONAL_ID', issuingCountry: 'Ukraine', number: '123456789' })).toBeUndefined();
  });

  it('refuses placeholders that would link everyone carrying them', () => {
    expect(normaliseDocument({ type: 'PASSPORT', issuingCountry: 'GB', number: 'UNKNOWN' })).toBeUndefined();
    expect(normaliseDocument({ type: 'PASSPORT', issuingCountry: 'GB', number: '000-000' })).toBeUndefined();
  });

  it('refuses unknown types and numbers with other characters', () => {
    const unknownType = { type: 'VISA', issuingCountry: 'GB', number: '123456' } as never;
    expect(normaliseDocument(unknownType)).toBeUndefined();
    expect(normaliseDocument({ type: 'OTHER', issuingCountry: 'GB', number: '12/3456' })).toBeUndefined();
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Ivan.Petrov@Example.ORG ')).toBe('ivan.petrov@example.org');
  });

  it('drops dots and +tags for Gmail and folds googlemail.com into gmail.com', () => {
    expect(normaliseEmail('Ivan.Petrov+work@gmail.com')).toBe('ivanpetrov@gmail.com');
    expect(normaliseEmail('ivan.petrov@googlemail.com')).toBe('ivanpetrov@gmail.com');
  });

  it('keeps dots and +tags for other providers', () => {
    expect(normaliseEmail('ivan.petrov+work@example.org')).toBe('ivan.petrov+work@example.org');
  });

  it('refuses text that is not an address', () => {
    for (const raw of ['ivan', 'ivan@', '@example.org', 'ivan@example', 'iv an@example.org', 'a@b@example.org', '+x@gmail.com']) {
      expect(normaliseEmail(raw), raw).toBeUndefined();
    }
  });
});
