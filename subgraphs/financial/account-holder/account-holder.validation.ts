import {
  DOCUMENT_TYPES,
  MAX_IDENTIFIERS_PER_LIST,
  normaliseDate,
  normaliseDocument,
  type ExactKey,
  type ExactKeyDerivation,
  type IdentityDocument,
  type PersonIdentifiers,
} from '../../../shared/linkage/index.js';
import { at, parseCalendarDate, parseCountry, text, todayUtc, type InvalidField } from '../common/validation.js';
import type { HolderAddress, HolderName } from './account-holder.identifiers.js';

/** A customer's identifiers as any source gives them: a GraphQL input, an import row, the seed. */
export interface HolderIdentifiersInput {
  readonly givenName?: string | null;
  readonly familyName?: string | null;
  readonly aliases?: ReadonlyArray<{ readonly givenName?: string | null; readonly familyName?: string | null }> | null;
  /** ISO `YYYY-MM-DD`, or another layout `normaliseDate` reads without guessing. */
  readonly dateOfBirth?: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly nationalities?: readonly string[] | null;
  readonly documents?: ReadonlyArray<{ readonly type: string; readonly issuingCountry: string; readonly number: string }> | null;
  readonly phones?: readonly string[] | null;
  readonly emails?: readonly string[] | null;
  readonly addresses?: ReadonlyArray<Readonly<Partial<Record<keyof HolderAddress, string | null>>>> | null;
  /** `YYYY-MM-DD`; omitted while the relationship lasts. */
  readonly retentionUntil?: string | null;
}

/** Identifiers that passed every check, in the form they are stored, with their linkage keys. */
export interface CheckedHolder {
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly aliases: HolderName[];
  readonly dateOfBirth: string | null;
  readonly nationalities: string[];
  readonly documents: IdentityDocument[];
  readonly phones: string[];
  readonly emails: string[];
  readonly addresses: HolderAddress[];
  readonly retentionUntil: string | null;
  readonly keys: ExactKey[];
}

export type KeyDeriver = (identifiers: PersonIdentifiers) => ExactKeyDerivation;

const ADDRESS_PARTS = ['streetNumber', 'street', 'addressLine2', 'locality', 'postcode', 'region'] as const;

/**
 * The identifier lists bounded by the limit all sectors keep: each address is an ADDRESS key, and
 * with the ACCOUNT and TRANSACTION keys (`account-holder.holdings.ts`) a customer's publication
 * must stay within the hub's `MAX_RELATIONSHIP_KEYS`.
 */
const BOUNDED_LISTS = ['aliases', 'nationalities', 'documents', 'phones', 'emails', 'addresses'] as const;

/**
 * Checks one customer's identifiers and derives their linkage keys. Every problem is named with
 * its path under `prefix` (`holders[1].phones[0]`), all at once; `holder` is set only when there
 * are none. The same function serves the mutations, the import and the seed.
 */
export function checkHolder(
  input: HolderIdentifiersInput,
  prefix: string,
  deriveKeys: KeyDeriver,
): { holder?: CheckedHolder; problems: InvalidField[] } {
  const problems: InvalidField[] = [];
  const problem = (field: string, reason: string) => problems.push({ field: at(prefix, field), reason });
  for (const list of BOUNDED_LISTS) {
    if ((input[list]?.length ?? 0) > MAX_IDENTIFIERS_PER_LIST) problem(list, `at most ${MAX_IDENTIFIERS_PER_LIST}`);
  }

  const givenName = text(input.givenName) ?? null;
  const familyName = text(input.familyName) ?? null;
  if (givenName === null && familyName === null) problem('familyName', 'a given or family name is required');
  const aliases = (input.aliases ?? []).map((alias) => ({
    givenName: text(alias.givenName) ?? null,
    familyName: text(alias.familyName) ?? null,
  }));

  let dateOfBirth: string | null = null;
  if (text(input.dateOfBirth) !== undefined) {
    dateOfBirth = normaliseDate(text(input.dateOfBirth) as string) ?? null;
    if (dateOfBirth === null || dateOfBirth > todayUtc()) problem('dateOfBirth', 'not a past calendar date (YYYY-MM-DD)');
  }

  const nationalities: string[] = [];
  for (const [i, raw] of (input.nationalities ?? []).entries()) {
    const country = parseCountry(raw);
    if (country) nationalities.push(country);
    else problem(`nationalities[${i}]`, 'not an ISO 3166-1 alpha-2 country code');
  }

  const documents: IdentityDocument[] = [];
  for (const [i, raw] of (input.documents ?? []).entries()) {
    const type = text(raw.type)?.toUpperCase() ?? '';
    if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) problem(`documents[${i}].type`, `not one of ${DOCUMENT_TYPES.join(', ')}`);
    const issuingCountry = parseCountry(raw.issuingCountry);
    if (!issuingCountry) problem(`documents[${i}].issuingCountry`, 'not an ISO 3166-1 alpha-2 country code');
    const document = { type, issuingCountry: issuingCountry ?? '', number: text(raw.number) ?? '' } as IdentityDocument;
    if (issuingCountry && (DOCUMENT_TYPES as readonly string[]).includes(type) && !normaliseDocument(document)) {
      problem(`documents[${i}].number`, 'needs letters and digits, with at least one digit, and not one repeated character');
    }
    documents.push(document);
  }

  const addresses: HolderAddress[] = [];
  for (const [i, raw] of (input.addresses ?? []).entries()) {
    const country = parseCountry(raw.country);
    if (!country) problem(`addresses[${i}].country`, 'not an ISO 3166-1 alpha-2 country code');
    const address: HolderAddress = { country: country ?? '' };
    for (const part of ADDRESS_PARTS) {
      const value = text(raw[part]);
      if (value !== undefined) address[part] = value;
    }
    addresses.push(address);
  }

  let retentionUntil: string | null = null;
  if (text(input.retentionUntil) !== undefined) {
    retentionUntil = parseCalendarDate(input.retentionUntil) ?? null;
    if (retentionUntil === null) problem('retentionUntil', 'not a calendar date (YYYY-MM-DD)');
    else if (retentionUntil < todayUtc()) problem('retentionUntil', 'in the past; erase the record instead');
  }

  const phones = (input.phones ?? []).map((phone) => phone.trim());
  const emails = (input.emails ?? []).map((email) => email.trim());
  const names = [{ given: givenName ?? undefined, family: familyName ?? undefined }, ...aliases.map(toKeyName)];
  const { keys, rejected } = deriveKeys({
    names: givenName === null && familyName === null ? names.slice(1) : names,
    // A date that failed above is reported once, as dateOfBirth, not again by the key deriver.
    dateOfBirth: dateOfBirth ?? undefined,
    documents: documents.filter((document) => normaliseDocument(document) !== undefined),
    phones,
    emails,
  });
  for (const { field, reason } of rejected) {
    const name = /^names\[(\d+)\]$/.exec(field);
    if (!name) problem(field, reason);
    else if (givenName === null && familyName === null) problem(`aliases[${Number(name[1])}]`, reason);
    else if (name[1] === '0') problem(familyName !== null ? 'familyName' : 'givenName', reason);
    else problem(`aliases[${Number(name[1]) - 1}]`, reason);
  }

  if (problems.length > 0) return { problems };
  return {
    holder: { givenName, familyName, aliases, dateOfBirth, nationalities, documents, phones, emails, addresses, retentionUntil, keys },
    problems,
  };
}

function toKeyName(alias: HolderName): { given?: string; family?: string } {
  return { given: alias.givenName ?? undefined, family: alias.familyName ?? undefined };
}

/** The identifiers of a stored holder, as `checkHolder` reads them (for updates: old ∪ patch). */
export function identifiersOf(holder: {
  givenName: string | null;
  familyName: string | null;
  aliases: HolderName[];
  dateOfBirth: string | null;
  nationalities: string[];
  documents: IdentityDocument[];
  phones: string[];
  emails: string[];
  addresses: HolderAddress[];
  retentionUntil: string | null;
}): HolderIdentifiersInput {
  return {
    givenName: holder.givenName,
    familyName: holder.familyName,
    aliases: holder.aliases,
    dateOfBirth: holder.dateOfBirth,
    nationalities: holder.nationalities,
    documents: holder.documents,
    phones: holder.phones,
    emails: holder.emails,
    addresses: holder.addresses as HolderIdentifiersInput['addresses'],
    retentionUntil: holder.retentionUntil,
  };
}
