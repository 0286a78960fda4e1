import type { LinkageIdentifiers } from '../linkage-material.js';

/**
 * Records whose linkage material is pinned byte for byte (`linkage-material.pinned.json`): every
 * data owner of a federation must derive the same keys and encodings from the same identifiers,
 * so a faster derivation must give exactly what the slower one gave. They touch every path:
 * aliases, scripts and diacritics, nicknames, each date layout, documents, national phones,
 * e-mails, several addresses, relationships, and identifiers that do not normalise.
 */
export const PINNED_SECRET = 'pinned-linkage-secret-for-tests-only-0123456789';

export const PINNED_RECORDS: ReadonlyArray<{ readonly label: string; readonly identifiers: LinkageIdentifiers }> = [
  {
    label: 'every kind of identifier',
    identifiers: {
      names: [{ given: 'Olga', family: 'Rusu' }, { given: 'Olea', family: 'Russu' }],
      dateOfBirth: '1996-11-05',
      documents: [{ type: 'PASSPORT', issuingCountry: 'md', number: 'ab 123-4567' }],
      phones: ['+373 69 555 010', '069555011'],
      phoneCountry: 'MD',
      emails: ['Olga.Rusu@Example.org'],
      addresses: [
        { streetNumber: '12a', street: 'Stanley St', locality: 'Chisinau', postcode: 'MD-2001', region: 'Chisinau', country: 'MD' },
        { street: 'Strada Independentei', locality: 'Balti', country: 'Moldova' },
      ],
      relationships: [{ kind: 'CASE', value: 'case-1' }, { kind: 'ACCOUNT', value: 'acct-9' }],
    },
  },
  {
    label: 'Cyrillic and Vietnamese names, a day-first date',
    identifiers: {
      names: [{ given: 'Ольга', family: 'Петрова' }, { given: 'Nguyễn Thị', family: 'Minh' }],
      dateOfBirth: '05/11/1990',
      dateOfBirthFormat: 'DD/MM/YYYY',
      phones: ['0207 946 0018'],
      phoneCountry: 'GB',
    },
  },
  {
    label: 'a nickname, a compact date and an address line',
    identifiers: {
      names: [{ given: 'Bob', family: "O'Neil" }],
      dateOfBirth: '19800229',
      address: { streetNumber: '7', street: 'Kennewell Place', addressLine2: 'Unit 3', locality: 'Mount View', postcode: '2612', region: 'ACT', country: 'AU' },
    },
  },
  {
    label: 'identifiers that do not normalise',
    identifiers: {
      names: [{ given: '', family: '' }, { given: '1234', family: '!!' }, { given: 'Amina', family: 'Yusuf' }],
      dateOfBirth: '1990-02-30',
      documents: [{ type: 'PASSPORT', issuingCountry: 'Moldova', number: 'x' }],
      phones: ['not a phone', '+44 20 7946 0958'],
      phoneCountry: 'ZZ',
      emails: ['nobody-at-all'],
      address: { postcode: '??', country: 'Atlantis' },
    },
  },
  {
    label: 'a name alone (no encoding: namesakes)',
    identifiers: { names: [{ given: 'Maria', family: 'Garcia' }], phones: ['+40 721 234 567'] },
  },
  {
    label: 'an address alone',
    identifiers: { addresses: [{ streetNumber: '221b', street: 'Baker Street', locality: 'London', postcode: 'NW1 6XE', country: 'GB' }] },
  },
  {
    label: 'nothing at all',
    identifiers: {},
  },
  {
    label: 'a survivor as the ngo bench writes her',
    identifiers: {
      names: [{ given: 'Elena', family: 'Petrova' }],
      dateOfBirth: '1961-02-02',
      phones: ['+37369000001'],
      emails: [],
      addresses: [],
    },
  },
  {
    label: 'an account holder as the financial bench writes him',
    identifiers: {
      names: [{ given: 'Jonas', family: 'Schmidt' }],
      dateOfBirth: '1964-05-05',
      documents: [{ type: 'PASSPORT', issuingCountry: 'MD', number: 'AB0000004' }],
      phones: ['+37369000004'],
      addresses: [{ locality: 'Chisinau', country: 'MD' }],
      relationships: [{ kind: 'ACCOUNT', value: 'acct-4' }],
    },
  },
];
