import { deriveExactKeys, MAX_IDENTIFIERS_PER_LIST, normaliseDate } from '../../../shared/linkage/index.js';
import {
  ForcedLabourIndustryValues,
  MethodOfControlValues,
  MethodOfRecruitmentValues,
  RelationshipToTraffickerValues,
  TraffickingStatusDecisionMakerValues,
  TraffickingStatusValues,
  TypeOfExploitation,
  TypeOfExploitationValues,
  TypeOfSexExploitationValues,
} from '../htcds/htcds-enums.js';
import type { HtcdsValue } from '../htcds/htcds-value.js';
import { InvalidFields } from '../validation/invalid-fields.js';
import { Gender, type Survivor } from './survivor.entity.js';
import type { SurvivorAddress, SurvivorAlias } from './survivor-identifiers.js';

/** How long a survivor's record is kept when the caseworker sets no date: the NGO's case-file default. */
export const DEFAULT_RETENTION_YEARS = 5;
const MAX_AGE = 120;

/**
 * A survivor's fields as a caseworker or an import sends them: strings and lists of strings,
 * checked here rather than by GraphQL coercion so that one answer names every bad field.
 * Absent (`undefined`) leaves a field as it is on update; `null` clears it.
 */
export interface SurvivorFieldsInput {
  readonly givenName?: string | null;
  readonly familyName?: string | null;
  readonly aliases?: ReadonlyArray<{ readonly givenName?: string | null; readonly familyName?: string | null }> | null;
  /** ISO `YYYY-MM-DD`, or another layout `normaliseDate` reads without guessing. */
  readonly dateOfBirth?: string | null;
  readonly ageWhenTrafficked?: number | null;
  readonly gender?: string | null;
  /** One ISO 3166-1 alpha-2 code; kept for callers that record a single citizenship. */
  readonly citizenship?: string | null;
  readonly citizenships?: readonly string[] | null;
  readonly phones?: readonly string[] | null;
  readonly emails?: readonly string[] | null;
  readonly addresses?: readonly SurvivorAddress[] | null;
  readonly typesOfExploitation?: readonly string[] | null;
  readonly typesOfSexExploitation?: readonly string[] | null;
  readonly forcedLabourIndustries?: readonly string[] | null;
  readonly methodsOfControl?: readonly string[] | null;
  readonly methodsOfRecruitment?: readonly string[] | null;
  readonly relationshipToTrafficker?: string | null;
  readonly traffickingStatus?: string | null;
  readonly traffickingStatusDeterminedBy?: string | null;
  /** ISO date after which the record is deleted; defaults to DEFAULT_RETENTION_YEARS from now. */
  readonly retentionUntil?: string | null;
}

/** The columns a write may set: never the owner, the id, or what the hub was told. */
export type SurvivorColumns = Pick<
  Survivor,
  | 'givenName'
  | 'familyName'
  | 'aliases'
  | 'dateOfBirth'
  | 'ageWhenTrafficked'
  | 'gender'
  | 'citizenships'
  | 'phones'
  | 'emails'
  | 'addresses'
  | 'typesOfExploitation'
  | 'typesOfSexExploitation'
  | 'forcedLabourIndustries'
  | 'methodsOfControl'
  | 'methodsOfRecruitment'
  | 'relationshipToTrafficker'
  | 'traffickingStatus'
  | 'traffickingStatusDeterminedBy'
  | 'retentionUntil'
>;

/** The fields whose change the hub must hear of: they derive the linkage keys. */
export const IDENTIFIER_COLUMNS = ['givenName', 'familyName', 'aliases', 'dateOfBirth', 'phones', 'emails'] as const;

/** A new record's columns before any input: what an empty intake form means. */
export function blankSurvivor(now: Date): SurvivorColumns {
  const retention = new Date(now);
  retention.setUTCFullYear(retention.getUTCFullYear() + DEFAULT_RETENTION_YEARS);
  return {
    givenName: null,
    familyName: null,
    aliases: [],
    dateOfBirth: null,
    ageWhenTrafficked: null,
    gender: Gender.NOT_SPECIFIED_UNKNOWN,
    citizenships: [],
    phones: [],
    emails: [],
    addresses: [],
    typesOfExploitation: [],
    typesOfSexExploitation: [],
    forcedLabourIndustries: [],
    methodsOfControl: [],
    methodsOfRecruitment: [],
    relationshipToTrafficker: null,
    traffickingStatus: null,
    traffickingStatusDeterminedBy: null,
    retentionUntil: retention.toISOString().slice(0, 10),
  };
}

const GENDER_VALUES: readonly HtcdsValue<Gender>[] = [
  { value: Gender.FEMININE, htcds: 'Feminine', label: 'Feminine' },
  { value: Gender.MASCULINE, htcds: 'Masculine', label: 'Masculine' },
  { value: Gender.TRANSGENDER_FEMININE, htcds: 'TransgenderFeminine', label: 'Transgender Feminine' },
  { value: Gender.TRANSGENDER_MASCULINE, htcds: 'TransgenderMasculine', label: 'Transgender Masculine' },
  { value: Gender.NON_CONFORMING, htcds: 'NonConforming', label: 'Non-Conforming' },
  { value: Gender.NOT_SPECIFIED_UNKNOWN, htcds: 'NonSpecifiedUnknown', label: 'Not Specified/Unknown' },
];

/**
 * Checks `input` against `current` (a blank record when registering) and returns the record as it
 * would be, with every problem named: each field alone, then the rules between fields, then the
 * identifiers through the linkage normalisers (a phone that gives no key is refused, not stored).
 */
export function applySurvivorInput(
  current: SurvivorColumns,
  input: SurvivorFieldsInput,
  linkageSecret: string,
): { next: SurvivorColumns; invalid: InvalidFields } {
  const invalid = new InvalidFields();
  const next: { -readonly [K in keyof SurvivorColumns]: SurvivorColumns[K] } = { ...current };
  const text = (field: string, raw: string | null | undefined, max = 200) =>
    raw === null || raw === undefined || raw.trim() === '' ? null : (invalid.text(field, raw, max) ?? null);
  // The bound every sector keeps: each address is a relationship key the hub caps per record.
  const list = <T>(field: string, raws: readonly T[] | null | undefined): readonly T[] => {
    if (raws && raws.length > MAX_IDENTIFIERS_PER_LIST) invalid.add(field, `at most ${MAX_IDENTIFIERS_PER_LIST}`);
    return raws ?? [];
  };

  if (input.givenName !== undefined) next.givenName = text('givenName', input.givenName);
  if (input.familyName !== undefined) next.familyName = text('familyName', input.familyName);
  if (input.aliases !== undefined) {
    next.aliases = list('aliases', input.aliases).map((alias, i) => ({
      givenName: text(`aliases[${i}].givenName`, alias.givenName),
      familyName: text(`aliases[${i}].familyName`, alias.familyName),
    }));
    next.aliases.forEach((alias, i) => {
      if (!alias.givenName && !alias.familyName) invalid.add(`aliases[${i}]`, 'needs a given or a family name');
    });
  }
  if (input.dateOfBirth !== undefined) {
    // Stored as ISO; the linkage check below refuses what it cannot read without guessing.
    next.dateOfBirth = input.dateOfBirth === null || input.dateOfBirth.trim() === '' ? null : input.dateOfBirth.trim();
  }
  if (input.ageWhenTrafficked !== undefined) {
    const age = input.ageWhenTrafficked;
    if (age !== null && (!Number.isInteger(age) || age < 0 || age > MAX_AGE)) {
      invalid.add('ageWhenTrafficked', `a whole number of years from 0 to ${MAX_AGE}`);
    } else next.ageWhenTrafficked = age;
  }
  if (input.gender !== undefined) {
    next.gender = input.gender === null ? Gender.NOT_SPECIFIED_UNKNOWN : (invalid.htcdsOne('gender', input.gender, GENDER_VALUES) ?? next.gender);
  }
  if (input.citizenships !== undefined || input.citizenship !== undefined) {
    const raws = input.citizenships !== undefined ? list('citizenships', input.citizenships) : input.citizenship ? [input.citizenship] : [];
    const field = input.citizenships !== undefined ? 'citizenships' : 'citizenship';
    const codes = raws.map((raw, i) => invalid.country(input.citizenships !== undefined ? `${field}[${i}]` : field, raw));
    next.citizenships = [...new Set(codes.filter((code): code is string => code !== undefined))];
  }
  if (input.phones !== undefined) next.phones = list('phones', input.phones).map((phone) => phone.trim());
  if (input.emails !== undefined) next.emails = list('emails', input.emails).map((email) => email.trim());
  if (input.addresses !== undefined) next.addresses = checkAddresses(list('addresses', input.addresses), invalid);

  const many = <T extends string>(field: string, raws: readonly string[] | null | undefined, values: readonly HtcdsValue<T>[]) =>
    invalid.htcdsMany(field, raws ?? [], values);
  const one = <T extends string>(field: string, raw: string | null, values: readonly HtcdsValue<T>[]) =>
    raw === null || raw.trim() === '' ? null : (invalid.htcdsOne(field, raw, values) ?? null);
  if (input.typesOfExploitation !== undefined) next.typesOfExploitation = many('typesOfExploitation', input.typesOfExploitation, TypeOfExploitationValues);
  if (input.typesOfSexExploitation !== undefined) {
    next.typesOfSexExploitation = many('typesOfSexExploitation', input.typesOfSexExploitation, TypeOfSexExploitationValues);
  }
  if (input.forcedLabourIndustries !== undefined) {
    next.forcedLabourIndustries = many('forcedLabourIndustries', input.forcedLabourIndustries, ForcedLabourIndustryValues);
  }
  if (input.methodsOfControl !== undefined) next.methodsOfControl = many('methodsOfControl', input.methodsOfControl, MethodOfControlValues);
  if (input.methodsOfRecruitment !== undefined) {
    next.methodsOfRecruitment = many('methodsOfRecruitment', input.methodsOfRecruitment, MethodOfRecruitmentValues);
  }
  if (input.relationshipToTrafficker !== undefined) {
    next.relationshipToTrafficker = one('relationshipToTrafficker', input.relationshipToTrafficker, RelationshipToTraffickerValues);
  }
  if (input.traffickingStatus !== undefined) next.traffickingStatus = one('traffickingStatus', input.traffickingStatus, TraffickingStatusValues);
  if (input.traffickingStatusDeterminedBy !== undefined) {
    next.traffickingStatusDeterminedBy = one(
      'traffickingStatusDeterminedBy',
      input.traffickingStatusDeterminedBy,
      TraffickingStatusDecisionMakerValues,
    );
  }
  if (input.retentionUntil !== undefined && input.retentionUntil !== null) {
    next.retentionUntil = invalid.date('retentionUntil', input.retentionUntil, { future: true }) ?? next.retentionUntil;
  }

  checkIdentifiers(next, linkageSecret, invalid);
  checkBetweenFields(next, input, invalid);
  return { next, invalid };
}

function checkAddresses(addresses: readonly SurvivorAddress[], invalid: InvalidFields): SurvivorAddress[] {
  return addresses.map((address, i) => {
    const part = (name: keyof SurvivorAddress) => {
      const raw = address[name];
      return raw === null || raw === undefined || raw.trim() === '' ? null : (invalid.text(`addresses[${i}].${name}`, raw) ?? null);
    };
    const checked: SurvivorAddress = {
      street: part('street'),
      city: part('city'),
      state: part('state'),
      postalCode: part('postalCode'),
      country: address.country ? (invalid.country(`addresses[${i}].country`, address.country) ?? null) : null,
    };
    const given = Object.values(address).some((raw) => typeof raw === 'string' && raw.trim() !== '');
    if (!given) invalid.add(`addresses[${i}]`, 'needs at least one part');
    return checked;
  });
}

/**
 * The HTCDS sub-questions only make sense under their parent answer. A parent answer that was
 * itself invalid is named already; its sub-questions are not blamed for it too.
 */
function checkBetweenFields(next: SurvivorColumns, input: SurvivorFieldsInput, invalid: InvalidFields): void {
  const named = (field: string) => invalid.list.some((problem) => problem.field === field || problem.field.startsWith(`${field}[`));
  if (!next.givenName && !next.familyName && !named('givenName') && !named('familyName')) {
    invalid.add(input.familyName !== undefined && input.givenName === undefined ? 'familyName' : 'givenName', 'a survivor needs a given or a family name');
  }
  if (
    next.typesOfSexExploitation.length > 0 &&
    !next.typesOfExploitation.includes(TypeOfExploitation.SEXUAL_EXPLOITATION) &&
    !named('typesOfExploitation')
  ) {
    invalid.add('typesOfSexExploitation', 'only with SEXUAL_EXPLOITATION among typesOfExploitation');
  }
  const labour = [TypeOfExploitation.FORCED_LABOUR, TypeOfExploitation.CHILD_LABOUR];
  if (next.forcedLabourIndustries.length > 0 && !next.typesOfExploitation.some((type) => labour.includes(type)) && !named('typesOfExploitation')) {
    invalid.add('forcedLabourIndustries', 'only with FORCED_LABOUR or CHILD_LABOUR among typesOfExploitation');
  }
  if (next.traffickingStatusDeterminedBy !== null && next.traffickingStatus === null && !named('traffickingStatus')) {
    invalid.add('traffickingStatusDeterminedBy', 'only with a traffickingStatus');
  }
  if (next.dateOfBirth !== null && next.ageWhenTrafficked !== null && !named('dateOfBirth') && !named('ageWhenTrafficked')) {
    if (next.ageWhenTrafficked > ageOn(next.dateOfBirth, new Date())) {
      invalid.add('ageWhenTrafficked', 'older than she is today, by her date of birth');
    }
  }
}

function ageOn(dateOfBirth: string, at: Date): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const today = at.toISOString().slice(0, 10);
  const birthday = `${at.getUTCFullYear()}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return at.getUTCFullYear() - year - (today < birthday ? 1 : 0);
}

/**
 * Runs the identifiers through the linkage normalisers and names each one that gives no key by
 * the input's own field (`names[2]` of the derivation is the second alias). The stored date of
 * birth is the normalised ISO date.
 */
function checkIdentifiers(next: { -readonly [K in keyof SurvivorColumns]: SurvivorColumns[K] }, secret: string, invalid: InvalidFields): void {
  const names = [{ givenName: next.givenName, familyName: next.familyName }, ...next.aliases];
  const { rejected } = deriveExactKeys(
    {
      names: names.map((name) => ({ given: name.givenName ?? undefined, family: name.familyName ?? undefined })),
      dateOfBirth: next.dateOfBirth ?? undefined,
      phones: next.phones,
      emails: next.emails,
    },
    secret,
  );
  for (const { field, reason } of rejected) {
    const name = /^names\[(\d+)\]$/.exec(field);
    if (!name) {
      invalid.add(field, reason);
      continue;
    }
    const index = Number(name[1]);
    const given = names[index];
    // An empty name was named above already ("needs a given or a family name").
    if (!given?.givenName && !given?.familyName) continue;
    invalid.add(index === 0 ? 'givenName' : `aliases[${index - 1}]`, reason);
  }
  if (next.dateOfBirth !== null && !rejected.some((problem) => problem.field === 'dateOfBirth')) {
    next.dateOfBirth = normaliseDate(next.dateOfBirth) ?? next.dateOfBirth;
  }
}
