import { describe, expect, it } from 'vitest';
import { givenNameForms, nameParts, normalisePerson, soundex } from './index.js';
import { dateDigits } from './normalise-date.js';

describe('givenNameForms', () => {
  it('maps a nickname to the formal names it shortens and leaves other names alone', () => {
    expect(givenNameForms('bob')).toEqual(['robert']);
    expect(givenNameForms('bill')).toEqual(['william']);
    expect(givenNameForms('robert')).toEqual(['robert']);
    expect(givenNameForms('al')).toEqual(['albert', 'alexander']);
    expect(givenNameForms('zbigniew')).toEqual(['zbigniew']);
    expect(givenNameForms('constructor')).toEqual(['constructor']);
  });
});

describe('soundex', () => {
  it('gives the classic codes', () => {
    expect(soundex('robert')).toBe('r163');
    expect(soundex('rupert')).toBe('r163');
    expect(soundex('ashcraft')).toBe('a261');
    expect(soundex('tymczak')).toBe('t522');
    expect(soundex('pfister')).toBe('p236');
    expect(soundex('123')).toBeUndefined();
  });
});

describe('nameParts', () => {
  it('reads "Family, Given" written in one field, whichever field it is', () => {
    expect(nameParts(undefined, 'Petrov, Ivan')).toEqual({ given: ['ivan'], family: ['petrov'] });
    expect(nameParts('Petrov, Ivan', '')).toEqual({ given: ['ivan'], family: ['petrov'] });
  });

  it('drops titles in front of the name only', () => {
    expect(nameParts('Dr. Amina', 'Sheikh')).toEqual({ given: ['amina'], family: ['sheikh'] });
    expect(nameParts('', 'Mr')).toBeUndefined();
  });
});

describe('normalisePerson', () => {
  it('keeps the digits of an impossible date for fuzzy comparison while reporting it', () => {
    const { person, rejected } = normalisePerson({ dateOfBirth: '19319924', dateOfBirthFormat: 'YYYYMMDD' });
    expect(person.dateOfBirth).toBeUndefined();
    expect(person.dateOfBirthDigits).toBe('19319924');
    expect(rejected).toEqual([{ field: 'dateOfBirth', reason: expect.any(String) }]);
  });

  it('ignores blank names and reports names with nothing left', () => {
    const { person, rejected } = normalisePerson({ names: [{ given: ' ' }, { given: 'Ivan' }, { given: '-' }] });
    expect(person.names).toEqual([{ given: ['ivan'], family: [] }]);
    expect(rejected.map((entry) => entry.field)).toEqual(['names[2]']);
  });
});

describe('dateDigits', () => {
  it('reads the digits of a declared or ISO layout, valid or not, and nothing it would have to guess', () => {
    expect(dateDigits('31/04/1990', 'DD/MM/YYYY')).toBe('19900431');
    expect(dateDigits('5.2.1990', 'DD.MM.YYYY')).toBe('19900205');
    expect(dateDigits('1990-02-30')).toBe('19900230');
    expect(dateDigits('03/04/1990')).toBeUndefined();
  });
});
