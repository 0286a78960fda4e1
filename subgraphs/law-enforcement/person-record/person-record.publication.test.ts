import { describe, expect, it } from 'vitest';
import { MAX_IDENTIFIERS_PER_LIST, MAX_RELATIONSHIP_KEYS } from '../../../shared/linkage/index.js';
import { personRecordLinkage } from './person-record.publication.js';
import { validatePersonRecord } from './person-record.validation.js';

const SECRET = 'x'.repeat(40);
const many = <T>(item: (i: number) => T, count = MAX_IDENTIFIERS_PER_LIST): T[] => Array.from({ length: count }, (_, i) => item(i));

describe('the largest person record law enforcement accepts', () => {
  it(`publishes within the hub's ${MAX_RELATIONSHIP_KEYS} relationship keys: an ADDRESS key per address and its CASE`, () => {
    const valid = validatePersonRecord(
      {
        category: 'SUSPECT',
        names: [{ given: 'Ion', family: 'Rusu' }, ...many((i) => ({ given: `Alias${String.fromCharCode(97 + i)}`, family: 'Rusu' }))],
        dateOfBirth: '1985-01-20',
        nationalities: many(() => 'MD'),
        documents: many((i) => ({ type: 'PASSPORT', issuingCountry: 'MD', number: `AB${1_000_000 + i}` })),
        phones: many((i) => `+373 69 100 ${100 + i}`),
        emails: many((i) => `ion${i}@example.org`),
        addresses: many((i) => ({ streetNumber: String(i + 1), street: 'Strada Ismail', locality: 'Chișinău', country: 'MD' })),
      },
      '2026-11-29',
      SECRET,
    );

    const { relationshipKeys } = personRecordLinkage({ ...valid, caseId: '6f1c1c1e-8d0a-4e0c-9a57-1d3f7f0b2a11' }, SECRET);

    // Every address keyed: this is the most a record can carry, not a lucky small one.
    expect(relationshipKeys).toHaveLength(MAX_IDENTIFIERS_PER_LIST + 1);
    expect(relationshipKeys.length).toBeLessThanOrEqual(MAX_RELATIONSHIP_KEYS);
  });
});
