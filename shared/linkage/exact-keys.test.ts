import { describe, expect, it } from 'vitest';
import {
  createExactKeyDeriver,
  deriveExactKeys,
  LinkageSecretError,
  type ExactKeyKind,
  type PersonIdentifiers,
} from './index.js';

const SECRET = 'beacon-test-linkage-secret-0123456789abcdef';
const OTHER_SECRET = Buffer.alloc(32, 7);

function keysOf(identifiers: PersonIdentifiers, kind: ExactKeyKind, secret: Buffer | string = SECRET): string[] {
  return deriveExactKeys(identifiers, secret)
    .keys.filter((key) => key.kind === kind)
    .map((key) => key.value);
}

describe('deriveExactKeys', () => {
  it('gives a Cyrillic name and its Latin spelling the same NAME_DOB key', () => {
    const latin = keysOf({ names: [{ given: 'Ivan', family: 'Petrov' }], dateOfBirth: '1990-02-15' }, 'NAME_DOB');
    const cyrillic = keysOf({ names: [{ given: 'Иван', family: 'Петров' }], dateOfBirth: '15/02/1990' }, 'NAME_DOB');
    const commaSwapped = keysOf({ names: [{ family: 'Petrov, Ivan' }], dateOfBirth: '19900215' }, 'NAME_DOB');
    expect(latin).toHaveLength(1);
    expect(cyrillic).toEqual(latin);
    expect(commaSwapped).toEqual(latin);
  });

  it('gives one NAME_DOB key per distinct name variant, and none without a date of birth', () => {
    const names = [{ given: 'Ivan', family: 'Petrov' }, { given: 'Petrov', family: 'Ivan' }, { given: 'Vanya' }];
    expect(keysOf({ names, dateOfBirth: '1990-02-15' }, 'NAME_DOB')).toHaveLength(2);
    expect(deriveExactKeys({ names }, SECRET)).toEqual({ keys: [], rejected: [] });
  });

  it('gives the same PHONE key for international and national writing of a number', () => {
    const keys = keysOf({ phones: ['+44 7911 123456', '07911 123456'], phoneCountry: 'GB' }, 'PHONE');
    expect(keys).toHaveLength(1);
  });

  it('reports identifiers that do not normalise with their field path, keeping the rest', () => {
    const result = deriveExactKeys(
      {
        names: [{ given: 'Ivan', family: 'Petrov' }, { given: 'Mr.' }],
        dateOfBirth: '03/04/1990',
        phones: ['+44 7911 123456', '+44 1234'],
        emails: ['ivan.petrov@example.org', 'not-an-address'],
        documents: [{ type: 'PASSPORT', issuingCountry: 'Great Britain', number: '123456789' }],
      },
      SECRET,
    );
    expect(result.rejected.map((entry) => entry.field)).toEqual([
      'documents[0]',
      'phones[1]',
      'emails[1]',
      'dateOfBirth',
      'names[1]',
    ]);
    expect(result.keys.map((key) => key.kind)).toEqual(['PHONE', 'EMAIL']);
  });

  it('reports an unknown phone country', () => {
    const result = deriveExactKeys({ phones: ['+44 7911 123456'], phoneCountry: 'Britain' }, SECRET);
    expect(result.rejected).toEqual([{ field: 'phoneCountry', reason: expect.any(String) }]);
    expect(result.keys).toHaveLength(1);
  });

  it('gives different keys under different secrets', () => {
    const identifiers = { phones: ['+44 7911 123456'] };
    expect(keysOf(identifiers, 'PHONE', OTHER_SECRET)).not.toEqual(keysOf(identifiers, 'PHONE'));
  });

  it('gives different DOCUMENT keys for the same number issued by different countries', () => {
    const number = 'AB1234567';
    const british = keysOf({ documents: [{ type: 'PASSPORT', issuingCountry: 'GB', number }] }, 'DOCUMENT');
    const irish = keysOf({ documents: [{ type: 'PASSPORT', issuingCountry: 'IE', number }] }, 'DOCUMENT');
    expect(british).toHaveLength(1);
    expect(irish).not.toEqual(british);
  });

  it('gives equal values of different kinds different keys', () => {
    // The same string is a valid document number and, with +, a phone number; the kind prefix
    // keeps them apart.
    const result = deriveExactKeys(
      { documents: [{ type: 'OTHER', issuingCountry: 'GB', number: '447911123456' }], phones: ['+447911123456'] },
      SECRET,
    );
    expect(new Set(result.keys.map((key) => key.value)).size).toBe(2);
  });

  it('returns hex HMACs that contain no fragment of the raw or canonical values', () => {
    const identifiers: PersonIdentifiers = {
      names: [{ given: 'Ivan', family: 'Petrov' }],
      dateOfBirth: '1990-02-15',
      documents: [{ type: 'PASSPORT', issuingCountry: 'UA', number: 'FE123456' }],
      phones: ['+44 7911 123456', '+44 1234'],
      emails: ['ivan.petrov@example.org'],
    };
    const result = deriveExactKeys(identifiers, SECRET);
    const raw = ['ivan', 'petrov', '19900215', 'fe123456', '447911123456', '441234', 'ivanpetrovexampleorg'];
    for (const key of result.keys) {
      expect(key.value).toMatch(/^[0-9a-f]{64}$/);
      for (const value of raw) {
        const width = Math.min(6, value.length);
        for (let start = 0; start + width <= value.length; start += 1) {
          expect(key.value).not.toContain(value.slice(start, start + width));
        }
      }
    }
    // Rejections may be logged: they name the field, never its value.
    expect(JSON.stringify(result.rejected)).not.toContain('1234');
  });

  it('refuses a secret shorter than 32 bytes, naming its length but not its content', () => {
    expect(() => deriveExactKeys({}, 'too-short-secret')).toThrow(LinkageSecretError);
    expect(() => createExactKeyDeriver(Buffer.alloc(31))).toThrow(/31 bytes; at least 32/);
    expect(() => createExactKeyDeriver('too-short-secret')).toThrow(
      expect.objectContaining({
        code: 'LINKAGE_SECRET_TOO_SHORT',
        message: expect.not.stringContaining('too-short-secret'),
      }),
    );
    expect(() => createExactKeyDeriver(undefined as unknown as string)).toThrow(/missing/);
  });

  it('derives the same keys from a deriver created once as from deriveExactKeys', () => {
    const identifiers = { emails: ['Ivan.Petrov@gmail.com', 'ivanpetrov+beacon@googlemail.com'] };
    const derive = createExactKeyDeriver(SECRET);
    expect(derive(identifiers)).toEqual(deriveExactKeys(identifiers, SECRET));
    expect(derive(identifiers).keys).toHaveLength(1);
  });
});
