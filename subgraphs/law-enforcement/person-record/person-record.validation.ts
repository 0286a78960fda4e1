import { deriveExactKeys, MAX_IDENTIFIERS_PER_LIST, normaliseAddress, type ExactKey } from '../../../shared/linkage/index.js';
import { PerpetratorRole } from '../taxonomy/perpetrator-role.enum.js';
import { InputProblems } from '../validation/invalid-fields.js';
import { PersonCategory } from './person-record.entity.js';
import {
  PersonNameKind,
  PersonRecordDocumentType,
  type PersonRecordAddress,
  type PersonRecordDocument,
  type PersonRecordName,
} from './person-record.identifiers.js';

/** A person record's own fields as a caller writes them: enums as strings, dates ISO. */
export interface PersonRecordFields {
  readonly category?: string | null;
  readonly perpetratorRoles?: readonly string[] | null;
  /** Without `kind`, the first name is the PRIMARY one and the others are aliases. */
  readonly names?: ReadonlyArray<{ readonly given?: string | null; readonly family?: string | null; readonly kind?: string | null }> | null;
  readonly dateOfBirth?: string | null;
  readonly nationalities?: readonly string[] | null;
  readonly documents?: ReadonlyArray<{ readonly type: string; readonly issuingCountry: string; readonly number: string }> | null;
  readonly phones?: readonly string[] | null;
  readonly emails?: readonly string[] | null;
  readonly addresses?: ReadonlyArray<Partial<Record<keyof PersonRecordAddress, string | null>>> | null;
}

/** A person record that passed validation, and the linkage keys of its identifiers. */
export interface ValidPersonRecord {
  readonly category: PersonCategory;
  readonly perpetratorRoles: PerpetratorRole[];
  readonly names: PersonRecordName[];
  readonly dateOfBirth: string | null;
  readonly nationalities: string[];
  readonly documents: PersonRecordDocument[];
  readonly phones: string[];
  readonly emails: string[];
  readonly addresses: PersonRecordAddress[];
  readonly keys: ExactKey[];
}

const trimmed = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/** Why a record with more than the primary name and {@link MAX_IDENTIFIERS_PER_LIST} aliases is refused; imports name the aliases column for it. */
export const TOO_MANY_NAMES = `at most ${MAX_IDENTIFIERS_PER_LIST} aliases besides the primary name`;

/**
 * Names every identifier list longer than the bound all sectors keep: each address is an ADDRESS
 * key, and the hub refuses a record with more relationship keys than `MAX_RELATIONSHIP_KEYS`.
 */
function checkListLengths(fields: PersonRecordFields, problems: InputProblems): void {
  if ((fields.names?.length ?? 0) > MAX_IDENTIFIERS_PER_LIST + 1) problems.add('names', TOO_MANY_NAMES);
  for (const field of ['nationalities', 'documents', 'phones', 'emails', 'addresses'] as const) {
    if ((fields[field]?.length ?? 0) > MAX_IDENTIFIERS_PER_LIST) problems.add(field, `at most ${MAX_IDENTIFIERS_PER_LIST}`);
  }
}

/**
 * Checks a whole person record and names every bad field at once. Identifiers are checked by
 * linkage's own normalisers (`deriveExactKeys`): a value the hub could not key is refused here,
 * with the same reason, rather than stored and silently left unlinked.
 */
export function validatePersonRecord(fields: PersonRecordFields, today: string, secret: string, problems = new InputProblems()): ValidPersonRecord {
  checkListLengths(fields, problems);
  const category = problems.required('category', fields.category) ? problems.enumValue('category', PersonCategory, fields.category) : undefined;
  const perpetratorRoles = problems.enumList('perpetratorRoles', PerpetratorRole, fields.perpetratorRoles ?? []) ?? [];
  if (category && category !== PersonCategory.SUSPECT && perpetratorRoles.length > 0) {
    problems.add('perpetratorRoles', 'only suspects have a perpetrator role');
  }

  const names = (fields.names ?? []).map((name, i): PersonRecordName => {
    const kind = name.kind ? problems.enumValue(`names[${i}].kind`, PersonNameKind, name.kind) : i === 0 ? PersonNameKind.PRIMARY : PersonNameKind.ALIAS;
    return { given: trimmed(name.given), family: trimmed(name.family), kind: kind ?? PersonNameKind.ALIAS };
  });
  if (names.length === 0) problems.add('names', 'required: at least the name the person is recorded under');
  else if (names.filter((name) => name.kind === PersonNameKind.PRIMARY).length !== 1) problems.add('names', 'exactly one name must be PRIMARY');

  const dateOfBirth = problems.date('dateOfBirth', trimmed(fields.dateOfBirth), { notFuture: true, today }) ?? null;
  const nationalities = (fields.nationalities ?? []).map((code, i) => problems.country(`nationalities[${i}]`, code) ?? code);

  const documents = (fields.documents ?? []).map((document, i): PersonRecordDocument => {
    const type = problems.enumValue(`documents[${i}].type`, PersonRecordDocumentType, document.type);
    const issuingCountry = problems.country(`documents[${i}].issuingCountry`, document.issuingCountry);
    return { type: type ?? PersonRecordDocumentType.OTHER, issuingCountry: issuingCountry ?? document.issuingCountry, number: document.number.trim() };
  });
  const phones = (fields.phones ?? []).map((phone) => phone.trim());
  const emails = (fields.emails ?? []).map((email) => email.trim());

  const addresses = (fields.addresses ?? []).map((raw, i): PersonRecordAddress => {
    const address = {
      streetNumber: trimmed(raw.streetNumber),
      street: trimmed(raw.street),
      locality: trimmed(raw.locality),
      postcode: trimmed(raw.postcode),
      region: trimmed(raw.region),
      country: (problems.required(`addresses[${i}].country`, raw.country) && problems.country(`addresses[${i}].country`, raw.country as string)) || '',
    };
    const { rejected } = normaliseAddress({
      streetNumber: address.streetNumber ?? undefined,
      street: address.street ?? undefined,
      locality: address.locality ?? undefined,
      postcode: address.postcode ?? undefined,
      region: address.region ?? undefined,
    });
    for (const part of rejected) problems.add(`addresses[${i}].${part}`, 'does not read as an address part');
    if (!address.street && !address.locality && !address.postcode) problems.add(`addresses[${i}]`, 'needs a street, a locality or a postcode');
    return address;
  });

  const { keys, rejected } = deriveExactKeys(
    {
      names: names.map((name) => ({ given: name.given ?? undefined, family: name.family ?? undefined })),
      dateOfBirth: dateOfBirth ?? undefined,
      documents: documents.map((document) => ({ ...document })),
      phones,
      emails,
    },
    secret,
  );
  const named = new Set(problems.list.map((problem) => problem.field));
  for (const { field, reason } of rejected) {
    // A document whose type or country is already named is not named twice.
    if (![...named].some((done) => done === field || done.startsWith(`${field}.`))) problems.add(field, reason);
  }

  problems.throwIfAny('person record');
  return {
    category: category as PersonCategory,
    perpetratorRoles,
    names,
    dateOfBirth,
    nationalities,
    documents,
    phones,
    emails,
    addresses,
    keys,
  };
}
